#pragma once
// One hostile manuscript run through `persklaar build` as a user would: written into a fresh folder,
// built into out/, with its exit code, messages and whatever it left in out/.
#include <chrono>
#include <string>
#include <vector>

#include "tests/support/cli_run.h"
#include "tests/support/temporary_folder.h"

namespace persklaar::testing {

class Reproducer {
 public:
  // Builds `manuscript` (a path) with `extra` arguments; the run may take at most `limit`.
  CliRun build(const std::filesystem::path& manuscript, const std::vector<std::string>& extra = {},
               std::chrono::seconds limit = std::chrono::seconds(60)) const;
  // Writes `markdown` to `name` and builds it.
  CliRun build_markdown(const std::string& markdown, const std::vector<std::string>& extra = {},
                        const std::string& name = "boek.md") const;

  std::filesystem::path out() const { return folder_.path() / "out"; }
  // Files in out/, hidden ones (temporary files) included.
  std::vector<std::string> out_files() const;
  const TemporaryFolder& folder() const { return folder_; }

 private:
  TemporaryFolder folder_;
};

}  // namespace persklaar::testing
