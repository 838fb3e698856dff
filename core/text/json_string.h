#pragma once
// JSON string literals, for the machine-readable reports (diagnostics, preflight).
#include <string>

namespace persklaar {

// `text` (UTF-8) as a quoted JSON string: quotes, backslashes and control characters escaped.
std::string json_string(const std::string& text);

}  // namespace persklaar
