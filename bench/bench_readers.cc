// Measures how long reading a manuscript takes with each input plugin, in process: the Markdown
// sample and the same magazine written in Word (samples/kenniscafes-word), read alone (the plugin's
// read of every file) and with the core passes (load_publication), the fastest of repeated runs. Reading Word should
// cost no more than twice reading Markdown.
//
//   build/bench/bench_readers [runs]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>

#include "core/input/manuscript.h"
#include "core/pipeline/load_publication.h"

using namespace persklaar;
using Clock = std::chrono::steady_clock;

namespace {

// The fastest of `runs` runs: reading takes milliseconds, so on a busy machine most runs are
// interrupted by other work, and the fastest run is the one that measures the reading alone.
double fastest_ms(int runs, const std::function<void()>& work) {
  double fastest = 1e300;
  for (int k = 0; k < runs; ++k) {
    const auto start = Clock::now();
    work();
    fastest = std::min(fastest, std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  return fastest;
}

struct Timing {
  double read = 0;  // the input plugins only
  double load = 0;  // reading and the core passes
};

Timing measure(const std::filesystem::path& sample, const PluginHost& plugins, int runs) {
  Diagnostics quiet;
  const Manuscript manuscript = locate_manuscript(sample, quiet);
  Timing timing;
  timing.read = fastest_ms(runs, [&] {
    for (const ManuscriptPart& part : manuscript.parts) {
      std::string extension = part.file.extension().string().substr(1);
      Diagnostics diagnostics;
      PluginHost::create_input(*plugins.input_for_extension(extension))->read(part.file, diagnostics);
    }
  });
  timing.load = fastest_ms(runs, [&] {
    Diagnostics diagnostics;
    load_publication(manuscript, plugins, diagnostics);
  });
  return timing;
}

}  // namespace

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::atoi(argv[1]) : 21;
  PluginHost plugins;
  plugins.discover({PERSKLAAR_BENCH_PLUGIN_DIR});
  const std::filesystem::path samples = PERSKLAAR_BENCH_SAMPLES;
  const Timing markdown = measure(samples / "kenniscafes", plugins, runs);
  const Timing word = measure(samples / "kenniscafes-word", plugins, runs);
  std::printf("                         read only   read + passes\n");
  std::printf("Markdown sample         %8.2f ms     %8.2f ms\n", markdown.read, markdown.load);
  std::printf("Word sample (.docx)     %8.2f ms     %8.2f ms\n", word.read, word.load);
  std::printf("Word / Markdown         %8.2f x      %8.2f x   (goal: at most 2 x)\n", word.read / markdown.read,
              word.load / markdown.load);
  std::fflush(stdout);
  std::_Exit(0);  // skip static destructors of the loaded plugin modules
}
