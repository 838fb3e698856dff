#pragma once
// A fresh folder under the system's temporary folder, removed with everything in it at the end of
// the test.
#include <filesystem>
#include <string>
#include <vector>

namespace persklaar::testing {

class TemporaryFolder {
 public:
  TemporaryFolder();
  ~TemporaryFolder();
  TemporaryFolder(const TemporaryFolder&) = delete;
  TemporaryFolder& operator=(const TemporaryFolder&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // Writes `bytes` to `name` inside the folder (creating sub-folders) and returns the full path.
  std::filesystem::path write(const std::string& name, const std::string& bytes) const;
  // The names of the files in the folder, sorted (hidden files too).
  std::vector<std::string> file_names() const;

 private:
  std::filesystem::path path_;
};

std::string read_file(const std::filesystem::path& path);

}  // namespace persklaar::testing
