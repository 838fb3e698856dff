#include "cli/commands.h"
#include "cli/suggest.h"

namespace persklaar::cli {

const std::vector<CommandSpec>& all_commands() {
  static const std::vector<CommandSpec> commands = {
#define PERSKLAAR_COMMAND(name) name##_command(),
#include "cli/command_list.h"
#undef PERSKLAAR_COMMAND
  };
  return commands;
}

const CommandSpec& find_command(const std::string& name) {
  std::vector<std::string> names;
  for (const CommandSpec& command : all_commands()) {
    if (command.name == name) return command;
    names.push_back(command.name);
  }
  throw UsageError("unknown command '" + name + "'" + did_you_mean(name, names));
}

}  // namespace persklaar::cli
