#pragma once
// The registry of subcommands (cli/command_list.h). A command's run function takes its parsed
// arguments and returns an exit code; usage errors are thrown as UsageError, input errors as
// InputError, and main() turns them into exit codes.
#include <stdexcept>
#include <string>
#include <vector>

#include "cli/command_spec.h"

namespace persklaar::cli {

class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

#define PERSKLAAR_COMMAND(name) CommandSpec name##_command();
#include "cli/command_list.h"
#undef PERSKLAAR_COMMAND

const std::vector<CommandSpec>& all_commands();
// The command called `name`, or a UsageError that suggests the nearest name.
const CommandSpec& find_command(const std::string& name);

}  // namespace persklaar::cli
