#include "core/output/private_folder.h"

#include <stdlib.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>

#include "core/input/resource_access.h"
#include "core/output/interrupt.h"

namespace persklaar {
namespace {

class PrivateFolder {
 public:
  PrivateFolder() {
    // Made and registered in one step: Ctrl-C between the two would leave the folder behind.
    path_ = make_registered_temporary([] {
      std::string pattern = (std::filesystem::temp_directory_path() / "persklaar-XXXXXX").string();
      if (!::mkdtemp(pattern.data())) {
        throw std::runtime_error("cannot make a temporary folder in " +
                                 std::filesystem::temp_directory_path().string() + ": " + std::strerror(errno));
      }
      return std::filesystem::path(pattern);
    });
    allow_folder_outside(path_);
  }
  ~PrivateFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
    unregister_temporary(path_);
  }
  PrivateFolder(const PrivateFolder&) = delete;
  PrivateFolder& operator=(const PrivateFolder&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace

const std::filesystem::path& private_temporary_folder() {
  static const PrivateFolder folder;  // thread-safe on first use; removed by the static destructors
  return folder.path();
}

}  // namespace persklaar
