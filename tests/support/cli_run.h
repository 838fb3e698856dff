#pragma once
// The persklaar command run as a user runs it, in a child process: its exit code (or the signal that
// ended it), everything it printed, how long it took, and a time limit so that a hang fails the test
// instead of stopping the suite.
#include <chrono>
#include <string>
#include <vector>

#include "tests/support/temporary_folder.h"

namespace persklaar::testing {

struct CliRun {
  int exit_code = -1;  // -1 when a signal ended it
  int signal = 0;      // the signal that ended it, 0 when it exited
  bool timed_out = false;
  std::string output;  // stdout and stderr together
  std::chrono::milliseconds elapsed{0};
};

// A started persklaar process whose output goes to a log file in `folder`.
class CliProcess {
 public:
  // `file_size_limit`, when not 0, makes every write past that many bytes fail as on a full disk
  // (RLIMIT_FSIZE, with SIGXFSZ ignored so that the write reports EFBIG instead of killing).
  CliProcess(const std::vector<std::string>& arguments, const TemporaryFolder& folder,
             unsigned long file_size_limit = 0);
  ~CliProcess();  // kills the process if it still runs
  CliProcess(const CliProcess&) = delete;
  CliProcess& operator=(const CliProcess&) = delete;

  void send(int signal) const;
  // Waits until it ends, killing it after `limit`.
  CliRun wait(std::chrono::seconds limit = std::chrono::seconds(60));

 private:
  int pid_ = -1;
  std::string log_;
  std::chrono::steady_clock::time_point started_;
};

// Runs persklaar to its end (at most `limit`).
CliRun run_cli(const std::vector<std::string>& arguments, const TemporaryFolder& folder,
               std::chrono::seconds limit = std::chrono::seconds(60));

}  // namespace persklaar::testing
