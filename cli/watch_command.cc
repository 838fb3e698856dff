// persklaar watch MANUSCRIPT: builds, then builds again whenever the manuscript changes.
#include "cli/commands.h"
#include "cli/watch_loop.h"

namespace persklaar::cli {

CommandSpec watch_command() {
  CommandSpec build = build_command();
  return {"watch",
          "MANUSCRIPT",
          Completion::file,
          1,
          "build, then build again at every change",
          "Builds the editions of MANUSCRIPT as 'persklaar build' does, with the same options, then watches the "
          "manuscript's folder, the layout file and the metadata file, and builds every edition again when one of "
          "them changes; a burst of saves is one build. A build that fails shows its error and leaves the editions "
          "of the last good build in place. Rebuilds reuse what the first build set up (fonts, hyphenation, braille "
          "tables, unchanged page images). Ctrl-C stops watching (exit status 130).",
          build.options,
          {
              {"persklaar watch magazine", "every edition into out/, again at every save"},
              {"persklaar watch magazine -t pdf -o magazine.pdf", "only the screen PDF, kept up to date"},
          },
          [](const ParsedArguments& arguments) { return watch_and_rebuild(arguments, {}); }};
}

}  // namespace persklaar::cli
