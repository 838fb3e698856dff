#include "core/resources/resource_paths.h"

#include <cstdlib>
#include <stdexcept>
#include <vector>

namespace persklaar {

std::filesystem::path data_folder(const std::string& name) {
  std::vector<std::filesystem::path> candidates;
  if (const char* env = std::getenv("PERSKLAAR_DATA_DIR")) candidates.emplace_back(env);
  candidates.emplace_back(PERSKLAAR_INSTALL_DATA_DIR);
  candidates.emplace_back(PERSKLAAR_SOURCE_DATA_DIR);
  std::string searched;
  for (const auto& base : candidates) {
    std::error_code error;
    if (std::filesystem::is_directory(base / name, error)) return base / name;
    searched += " " + (base / name).string();
  }
  throw std::runtime_error("persklaar's " + name + " folder is missing; looked in" + searched);
}

std::filesystem::path default_layout_file() {
  return data_folder("layouts") / "magazine-a4.xml";
}

}  // namespace persklaar
