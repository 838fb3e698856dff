#pragma once
// What the tool's exit status means, for scripts that run it.
namespace persklaar::cli {

enum ExitCode : int {
  kOk = 0,
  kInputError = 1,     // the manuscript (or a file it names) cannot be made into an edition
  kUsageError = 2,     // the command line is wrong
  kInternalError = 3,  // a fault in persklaar itself; please report it
};

}  // namespace persklaar::cli
