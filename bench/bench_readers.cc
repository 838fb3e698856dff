// Measures how long reading a manuscript takes with each input plugin, in process: the Markdown
// sample and the same magazine written in Word (samples/kenniscafes-word), read alone (the plugin's
// read of every file) and with the core passes (load_publication). Reading Word should cost no more
// than twice reading Markdown.
//
// Each figure is the median of repeated runs, and the four measures take turns run by run, so that
// whatever else the machine does at some moment weighs on all of them alike rather than on the one
// measured then.
//
//   build/bench/bench_readers [runs]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

#include "bench/median_time.h"
#include "core/input/manuscript.h"
#include "core/pipeline/load_publication.h"

using namespace persklaar;

namespace {

struct Measure {
  std::function<void()> work;
  std::vector<double> wall_ms;
};

// The plugin's read of every file of the manuscript.
std::function<void()> read_only(const Manuscript& manuscript, const PluginHost& plugins) {
  return [&manuscript, &plugins] {
    for (const ManuscriptPart& part : manuscript.parts) {
      std::string extension = part.file.extension().string().substr(1);
      Diagnostics diagnostics;
      PluginHost::create_input(*plugins.input_for_extension(extension))->read(part.file, diagnostics);
    }
  };
}

std::function<void()> read_and_passes(const Manuscript& manuscript, const PluginHost& plugins) {
  return [&manuscript, &plugins] {
    Diagnostics diagnostics;
    load_publication(manuscript, plugins, diagnostics);
  };
}

}  // namespace

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::atoi(argv[1]) : 101;
  PluginHost plugins;
  plugins.discover({PERSKLAAR_BENCH_PLUGIN_DIR});
  const std::filesystem::path samples = PERSKLAAR_BENCH_SAMPLES;
  Diagnostics quiet;
  const Manuscript markdown = locate_manuscript(samples / "kenniscafes", quiet);
  const Manuscript word = locate_manuscript(samples / "kenniscafes-word", quiet);
  std::vector<Measure> measures = {{read_only(markdown, plugins), {}},
                                   {read_only(word, plugins), {}},
                                   {read_and_passes(markdown, plugins), {}},
                                   {read_and_passes(word, plugins), {}}};
  for (int k = 0; k < runs; ++k) {
    for (Measure& measure : measures) {
      const auto start = std::chrono::steady_clock::now();
      measure.work();
      measure.wall_ms.push_back(
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
  }
  std::vector<double> ms;
  for (const Measure& measure : measures) ms.push_back(bench::median(measure.wall_ms));
  std::printf("median of %d runs         read only   read + passes\n", runs);
  std::printf("Markdown sample         %8.2f ms     %8.2f ms\n", ms[0], ms[2]);
  std::printf("Word sample (.docx)     %8.2f ms     %8.2f ms\n", ms[1], ms[3]);
  std::printf("Word / Markdown         %8.2f x      %8.2f x   (goal: at most 2 x)\n", ms[1] / ms[0], ms[3] / ms[2]);
  std::fflush(stdout);
  std::_Exit(0);  // skip static destructors of the loaded plugin modules
}
