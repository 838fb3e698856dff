#pragma once
// Help for people, made from the registered commands and options: `persklaar --help` and
// `persklaar help build` (= `persklaar build --help`).
#include <string>

#include "cli/command_spec.h"

namespace persklaar::cli {

// The overview: what persklaar does, its commands, and where to read on.
std::string overview_help();

// One command: usage, description, options with their values, examples.
std::string command_help(const CommandSpec& command);

// "persklaar build MANUSCRIPT [options]"
std::string usage_line(const CommandSpec& command);

// What the exit status means, shared by the help and the man page.
extern const char* const kExitStatusText;

}  // namespace persklaar::cli
