// Page images of the sample magazine, two ways, as the median of repeated runs:
// - painted: the png format, which paints each laid-out page with the PDF's own painter on a Cairo
//   image surface and encodes it as PNG;
// - rendered: Poppler rendering each page of the already painted screen PDF, then the same encoding.
// Both start from the same laid-out pages; the second leaves out the cost of painting the PDF first.
//
//   build/bench/bench_page_images [runs] [ppi]
#include <poppler-document.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <vector>

#include "bench/median_time.h"
#include "core/input/manuscript.h"
#include "core/pipeline/build_editions.h"
#include "core/pipeline/load_publication.h"
#include "core/pipeline/paginate.h"

using namespace persklaar;
using bench::median_ms;

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::atoi(argv[1]) : 5;
  const int ppi = argc > 2 ? std::atoi(argv[2]) : 144;
  PluginHost plugins;
  plugins.discover({PERSKLAAR_BENCH_PLUGIN_DIR});
  const std::filesystem::path out = std::filesystem::temp_directory_path() / "persklaar-bench-pages";
  Diagnostics diagnostics;
  Publication publication =
      load_publication(locate_manuscript(PERSKLAAR_BENCH_SAMPLE, diagnostics), plugins, diagnostics);
  EditionRequest request;
  request.formats = {"pdf"};
  request.output_directory = out;
  request.base_name = "bench";
  request.options["ppi"] = std::to_string(ppi);
  paginate_for_editions(publication, request, diagnostics);
  build_editions(publication, request, plugins, diagnostics);
  const auto pages = request.print_layout->pages.size();

  int run = 0;
  const double painted = median_ms(runs, [&] {
    EditionRequest images = request;
    images.formats = {"png"};
    images.base_name = "painted-" + std::to_string(run++);  // a new folder: nothing is reused
    build_editions(publication, images, plugins, diagnostics);
  });
  const std::unique_ptr<poppler::document> pdf(poppler::document::load_from_file((out / "bench.pdf").string()));
  const double rendered = median_ms(runs, [&] {
    poppler::page_renderer renderer;
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    for (int page = 0; page < pdf->pages(); ++page) {
      const std::unique_ptr<poppler::page> one(pdf->create_page(page));
      renderer.render_page(one.get(), ppi, ppi)
          .save((out / ("rendered-" + std::to_string(page) + ".png")).string(), "png");
    }
  });
  std::printf("%zu pages at %d ppi\n", pages, ppi);
  std::printf("painted with Cairo (png format)    %8.1f ms  %6.1f ms/page\n", painted, painted / pages);
  std::printf("rendered from the PDF by Poppler   %8.1f ms  %6.1f ms/page\n", rendered, rendered / pages);
  std::filesystem::remove_all(out);
  std::fflush(stdout);
  std::_Exit(0);  // skip static destructors of the loaded plugin modules
}
