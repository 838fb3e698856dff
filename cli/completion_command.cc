// persklaar completion: writes the bash completion script to standard output (the build installs it).
#include <iostream>

#include "cli/bash_completion.h"
#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"

namespace persklaar::cli {

CommandSpec completion_command() {
  return {"completion",
          "",
          Completion::none,
          0,
          "write the bash completion script to standard output",
          "Writes the bash completion for persklaar: commands, options, and their values (files, folders, "
          "formats, layout names). 'cmake --install' installs it where bash-completion finds it.",
          {"help"},
          {{"source <(persklaar completion)", "complete persklaar in this shell"}},
          [](const ParsedArguments&) {
            std::cout << bash_completion();
            return static_cast<int>(kOk);
          }};
}

}  // namespace persklaar::cli
