#pragma once
// `persklaar build -`: a Markdown manuscript read from standard input.
#include <filesystem>

namespace persklaar::cli {

// The name messages give the manuscript read from standard input.
inline constexpr const char* kStdinName = "<stdin>";

// Copies standard input into `folder`/manuscript.md, so the input plugins read it like any file,
// and returns that path.
std::filesystem::path save_stdin_manuscript(const std::filesystem::path& folder);

}  // namespace persklaar::cli
