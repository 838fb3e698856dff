#pragma once
// Running the built persklaar command as a user does, from a shell, with its exit code and what it
// printed.
#include <string>
#include <vector>

#include "tests/support/temporary_folder.h"

namespace persklaar::testing {

struct CliRun {
  int exit_code = -1;
  std::string output;           // standard error, then standard output
  std::string standard_output;  // standard output alone
};

// Runs persklaar with `arguments` in `folder` (its working folder), feeding it `input` on standard
// input.
CliRun persklaar(const std::vector<std::string>& arguments, const TemporaryFolder& folder,
                 const std::string& input = "");

// `word` quoted for the shell.
std::string shell_quote(const std::string& word);

}  // namespace persklaar::testing
