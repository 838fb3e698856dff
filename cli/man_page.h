#pragma once
// The manual page persklaar(1), in roff, made from the registered commands and options.
#include <string>

namespace persklaar::cli {

std::string man_page(const std::string& version);

}  // namespace persklaar::cli
