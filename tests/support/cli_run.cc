#include "tests/support/cli_run.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <stdexcept>
#include <thread>

#include "tests/support/test_paths.h"

namespace persklaar::testing {

CliProcess::CliProcess(const std::vector<std::string>& arguments, const TemporaryFolder& folder,
                       unsigned long file_size_limit)
    : log_((folder.path() / ".log").string()), started_(std::chrono::steady_clock::now()) {
  const std::string program = cli_path().string();
  std::vector<std::string> words{program};
  words.insert(words.end(), arguments.begin(), arguments.end());
  std::vector<char*> argv;
  for (std::string& word : words) argv.push_back(word.data());
  argv.push_back(nullptr);
  pid_ = ::fork();
  if (pid_ < 0) throw std::runtime_error("cannot start persklaar");
  if (pid_ == 0) {  // the child: output into the log, no input
    const int log = ::open(log_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int none = ::open("/dev/null", O_RDONLY);
    if (log < 0 || none < 0) ::_exit(127);
    ::dup2(log, 1);
    ::dup2(log, 2);
    ::dup2(none, 0);
    if (file_size_limit != 0) {
      ::signal(SIGXFSZ, SIG_IGN);
      const rlimit limit{file_size_limit, file_size_limit};
      ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ::execv(program.c_str(), argv.data());
    ::_exit(127);
  }
}

CliProcess::~CliProcess() {
  if (pid_ > 0) {
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
  }
}

void CliProcess::send(int signal) const {
  if (pid_ > 0) ::kill(pid_, signal);
}

CliRun CliProcess::wait(std::chrono::seconds limit) {
  CliRun run;
  int status = 0;
  const auto deadline = started_ + limit;
  while (::waitpid(pid_, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      run.timed_out = true;
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, &status, 0);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  pid_ = -1;
  run.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started_);
  if (WIFEXITED(status)) run.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) run.signal = WTERMSIG(status);
  run.output = read_file(log_);
  std::filesystem::remove(log_);
  return run;
}

CliRun run_cli(const std::vector<std::string>& arguments, const TemporaryFolder& folder, std::chrono::seconds limit) {
  return CliProcess(arguments, folder).wait(limit);
}

}  // namespace persklaar::testing
