#pragma once
// The loop of `persklaar watch` and `persklaar preview`: build once, then build again in the same
// process whenever the manuscript, an image in its folder, the layout or the metadata file changes.
// Staying in one process is what makes a rebuild quick: the plugins stay loaded, and with them the
// fonts, the hyphenation patterns, the braille tables and what the editions keep between builds.
#include <filesystem>
#include <functional>
#include <vector>

#include "cli/build_plan.h"

namespace persklaar::cli {

struct WatchHooks {
  // Changes the plan of every build (preview adds the page images).
  std::function<void(BuildPlan&)> adjust;
  // Runs when the watching starts, after the first build's plan, before the first build.
  std::function<void(const BuildPlan&)> started;
  // Runs before each rebuild, with the files that changed.
  std::function<void(const std::vector<std::filesystem::path>&)> rebuilding;
  // Runs when an edition of a build has been written, before the others end, on the thread that wrote
  // it (preview shows the new page images while the PDFs are still being made).
  std::function<void(const BuildPlan&, const EditionResult&)> edition_written;
  // Runs after every build, failed or not, with its plan (whose request holds the print layout) and
  // what it found.
  std::function<void(const BuildPlan&, const BuildOutcome&, const Diagnostics&)> built;
};

// Never returns normally: Ctrl-C ends the process (exit status 130, interrupt.h). Throws UsageError
// for a wrong command line, before the first build.
int watch_and_rebuild(const ParsedArguments& arguments, const WatchHooks& hooks);

}  // namespace persklaar::cli
