// Measures how long each edition of the sample magazine takes, in process (no start-up), as the
// median of repeated runs; and whether the PDF's cost grows linearly with its length, by laying
// out the sample's chapters repeated 1, 2 and 4 times; and what the print edition adds to the screen
// PDF when both paint the same layout, as in a build.
//
//   build/bench/bench_editions [runs]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <vector>

#include "bench/median_time.h"
#include "core/input/manuscript.h"
#include "core/layout/magazine.h"
#include "core/pipeline/build_editions.h"
#include "core/pipeline/load_publication.h"
#include "core/pipeline/paginate.h"
#include "core/resources/resource_paths.h"

using namespace persklaar;
using bench::median_timing;
using bench::Timing;

namespace {

Publication repeated(const Publication& publication, int times) {
  Publication bigger = publication;
  bigger.chapters.clear();
  for (int k = 0; k < times; ++k) {
    for (const Chapter& chapter : publication.chapters) {
      if (chapter.matter == Matter::body || k == 0) bigger.chapters.push_back(chapter);
    }
  }
  Diagnostics quiet;
  return bigger;
}

}  // namespace

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::atoi(argv[1]) : 11;
  PluginHost plugins;
  plugins.discover({PERSKLAAR_BENCH_PLUGIN_DIR});
  const std::filesystem::path sample = PERSKLAAR_BENCH_SAMPLE;
  const std::filesystem::path out = std::filesystem::temp_directory_path() / "persklaar-bench";

  Diagnostics diagnostics;
  Publication publication;
  std::printf("medians of %d runs, wall and CPU time (all threads)\n", runs);
  const Timing load = median_timing(runs, [&] {
    Diagnostics quiet;
    publication = load_publication(locate_manuscript(sample, quiet), plugins, quiet);
  });
  std::printf("read + prepare the manuscript      %8.1f ms wall %8.1f ms CPU\n", load.wall_ms, load.cpu_ms);
  for (const std::string format : {"txt", "pdf", "pdfx", "epub", "brf"}) {
    if (!plugins.output_for_format(format)) continue;
    const Timing ms = median_timing(runs, [&] {
      Diagnostics quiet;
      EditionRequest request;
      request.formats = {format};
      request.output_directory = out;
      request.base_name = "bench";
      build_editions(publication, request, plugins, quiet);
    });
    std::printf("%-4s edition                        %8.1f ms wall %8.1f ms CPU\n", format.c_str(), ms.wall_ms,
                ms.cpu_ms);
  }

  // As `persklaar build` makes them: laid out once, then the screen PDF alone, or both PDFs.
  auto build_laid_out = [&](std::vector<std::string> formats) {
    return median_timing(runs, [&] {
      Diagnostics quiet;
      Publication copy = publication;
      EditionRequest request;
      request.formats = formats;
      request.output_directory = out;
      request.base_name = "bench";
      paginate_for_editions(copy, request, quiet);
      build_editions(copy, request, plugins, quiet);
    });
  };
  if (plugins.output_for_format("pdfx")) {
    const Timing screen = build_laid_out({"pdf"});
    const Timing both = build_laid_out({"pdf", "pdfx"});
    std::printf("\nlay out once + screen PDF          %8.1f ms wall %8.1f ms CPU\n", screen.wall_ms, screen.cpu_ms);
    std::printf("lay out once + screen + print PDF  %8.1f ms wall %8.1f ms CPU\n", both.wall_ms, both.cpu_ms);
    std::printf("the print edition adds %.0f %% CPU (%.0f %% wall) to the screen PDF\n",
                100 * (both.cpu_ms - screen.cpu_ms) / screen.cpu_ms,
                100 * (both.wall_ms - screen.wall_ms) / screen.wall_ms);
  }

  const LayoutSpec spec = load_layout(default_layout_file());
  std::printf("\nlayout only (no painting), by length:\n");
  for (int times : {1, 2, 4}) {
    const Publication bigger = repeated(publication, times);
    std::size_t pages = 0;
    const Timing ms = median_timing(std::max(3, runs / 2), [&] {
      Diagnostics quiet;
      pages = lay_out_publication(bigger, spec, quiet).pages.size();
    });
    std::printf("  chapters x%d: %3zu pages %8.1f ms CPU  %6.2f ms/page\n", times, pages, ms.cpu_ms,
                ms.cpu_ms / static_cast<double>(pages));
  }
  std::filesystem::remove_all(out);
  std::fflush(stdout);
  std::_Exit(0);  // skip static destructors of the loaded plugin modules
}
