#pragma once
// What `-o` means, decided and checked before anything is written: a folder for every edition
// (today's meaning), one file whose extension names its edition, or standard output. Editions for a
// file or standard output are written into a private staging folder first and delivered from there
// when complete, so a failed build leaves nothing behind there either.
#include <filesystem>
#include <string>
#include <vector>

namespace persklaar::cli {

struct OutputTarget {
  enum class Kind { folder, file, standard_output };
  Kind kind = Kind::folder;
  std::filesystem::path path;  // the folder, or the file
  std::string format;          // for a file: the format its extension names, if any
};

// Throws UsageError for a file where a folder is needed, a file in a folder that does not exist,
// or an extension that names no format (when -t does not name one).
OutputTarget output_target(const std::string& value, const std::vector<std::string>& known_formats);

// The formats to make: `requested` (-t) checked against the target. A file or standard output holds
// exactly one edition. Throws UsageError naming the mismatch.
std::vector<std::string> formats_for_target(const OutputTarget& target, const std::vector<std::string>& requested);

// A fresh folder removed with its content when it goes out of scope.
class StagingFolder {
 public:
  explicit StagingFolder(const std::filesystem::path& inside);
  ~StagingFolder();
  StagingFolder(const StagingFolder&) = delete;
  StagingFolder& operator=(const StagingFolder&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// Moves the one file an edition wrote into staging onto the target file, or copies it to standard
// output. Throws UsageError when the edition made more than one file.
void deliver(const OutputTarget& target, const std::vector<std::filesystem::path>& written);

}  // namespace persklaar::cli
