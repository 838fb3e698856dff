#pragma once
// The bash completion script, made from the registered commands and options: commands, each
// command's options, and their values (files, folders, formats, layout names, choices).
#include <string>

namespace persklaar::cli {

std::string bash_completion();

}  // namespace persklaar::cli
