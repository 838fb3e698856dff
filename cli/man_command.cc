// persklaar man: writes the manual page persklaar(1) to standard output (the build installs it).
#include <iostream>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/man_page.h"

namespace persklaar::cli {

CommandSpec man_command() {
  return {"man",
          "",
          Completion::none,
          0,
          "write the manual page persklaar(1) in roff to standard output",
          "Writes the manual page, made from the same definitions as this help. 'cmake --install' installs it; "
          "to read it from a build tree, pipe it to 'man -l -'.",
          {"help"},
          {{"persklaar man | man -l -", "read the manual page"}},
          [](const ParsedArguments&) {
            std::cout << man_page(PERSKLAAR_VERSION);
            return static_cast<int>(kOk);
          }};
}

}  // namespace persklaar::cli
