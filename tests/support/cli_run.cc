#include "tests/support/cli_run.h"

#include <sys/wait.h>

#include <cstdlib>

#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar::testing {
namespace {

std::string shell_quoted(const std::string& word) {
  std::string out = "'";
  for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace

CliResult run_cli(const std::vector<std::string>& arguments, const std::filesystem::path& scratch, int seconds) {
  // coreutils' timeout exits with 124 when the time runs out; a signal in the command is 128 + n.
  std::string command = "timeout " + std::to_string(seconds) + " " + shell_quoted(cli_path().string());
  for (const auto& argument : arguments) command += " " + shell_quoted(argument);
  const auto log = scratch / ".cli-log";
  command += " > " + shell_quoted(log.string()) + " 2>&1 < /dev/null";
  const int status = std::system(command.c_str());
  CliResult result;
  if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  if (result.exit_code > 128 && result.exit_code != 124) result.exit_code = -1;
  result.output = read_file(log);
  std::filesystem::remove(log);
  return result;
}

}  // namespace persklaar::testing
