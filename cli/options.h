#pragma once
// Every option of every command, defined once. Commands name the options they take; help, the man
// page and the completion script read the same definitions.
#include <string>
#include <vector>

#include "cli/command_spec.h"

namespace persklaar::cli {

const std::vector<OptionSpec>& all_options();

// The definition of `name` ("output"); throws std::logic_error for a name that is not defined,
// which is a mistake in a command's registration.
const OptionSpec& option(const std::string& name);

}  // namespace persklaar::cli
