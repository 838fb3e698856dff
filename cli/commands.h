#pragma once
// The subcommands. Each takes the arguments after its name and returns an exit code; usage errors
// are thrown as UsageError, input errors as InputError, and main() turns them into codes.
#include <stdexcept>
#include <string>
#include <vector>

namespace persklaar::cli {

class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

int run_build(const std::vector<std::string>& arguments);
int run_plugins(const std::vector<std::string>& arguments);
int run_preflight(const std::vector<std::string>& arguments);

}  // namespace persklaar::cli
