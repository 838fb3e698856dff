#include "tests/cli/cli_run.h"

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>

#include "tests/support/test_paths.h"

namespace persklaar::testing {

std::string shell_quote(const std::string& word) {
  std::string out = "'";
  for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

CliRun persklaar(const std::vector<std::string>& arguments, const TemporaryFolder& folder, const std::string& input) {
  const auto in = folder.path() / ".in", out = folder.path() / ".out", err = folder.path() / ".err";
  folder.write(".in", input);
  std::string command = "cd " + shell_quote(folder.path().string()) + " && " + shell_quote(cli_path().string());
  for (const auto& argument : arguments) command += " " + shell_quote(argument);
  command += " < " + shell_quote(in.string()) + " > " + shell_quote(out.string()) + " 2> " + shell_quote(err.string());
  const int status = std::system(command.c_str());
  CliRun run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.standard_output = read_file(out);
  run.output = read_file(err) + run.standard_output;
  for (const auto& file : {in, out, err}) std::filesystem::remove(file);
  return run;
}

}  // namespace persklaar::testing
