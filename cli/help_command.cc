// persklaar help [COMMAND]: the overview, or one command's help (the same as COMMAND --help).
#include <iostream>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/help_text.h"

namespace persklaar::cli {
namespace {

int run_help(const ParsedArguments& arguments) {
  if (arguments.operands().empty()) {
    std::cout << overview_help();
  } else {
    std::cout << command_help(find_command(arguments.operands().front()));
  }
  return kOk;
}

}  // namespace

CommandSpec help_command() {
  return {"help",
          "[COMMAND]",
          Completion::choice,
          1,
          "show the help of persklaar or of one command",
          "Without a command: what persklaar does and its commands. With one: its options and examples, as "
          "'persklaar COMMAND --help' shows them. The same text is in the manual page, persklaar(1).",
          {"help"},
          {{"persklaar help build", "the options of build, with examples"}},
          run_help};
}

}  // namespace persklaar::cli
