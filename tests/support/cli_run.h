#pragma once
// Running the built persklaar command as a user does, with a time limit, for tests that must see
// its exit status (a crash, a hang and an internal error each have their own).
#include <filesystem>
#include <string>
#include <vector>

namespace persklaar::testing {

struct CliResult {
  int exit_code = -1;  // the command's exit status; 124 when it ran out of time, -1 when killed by a signal
  std::string output;  // stdout and stderr together
};

// Runs persklaar with `arguments`, at most `seconds` long; `scratch` holds the log while it runs.
CliResult run_cli(const std::vector<std::string>& arguments, const std::filesystem::path& scratch, int seconds = 60);

}  // namespace persklaar::testing
