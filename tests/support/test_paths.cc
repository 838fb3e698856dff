#include "tests/support/test_paths.h"

#include <cstdlib>

namespace persklaar::testing {

std::filesystem::path source_dir() {
  return PERSKLAAR_SOURCE_DIR;
}
std::filesystem::path shared_dir() {
  const char* chosen = std::getenv("PERSKLAAR_SHARED");
  return chosen && *chosen ? std::filesystem::path(chosen) : std::filesystem::path(PERSKLAAR_SHARED_DIR);
}
std::filesystem::path corpora_dir() {
  return shared_dir() / "corpora";
}
std::filesystem::path seed_dir() {
  return shared_dir() / "seed";
}

std::optional<std::string> missing_shared(const std::filesystem::path& path) {
  std::error_code error;
  if (std::filesystem::exists(path, error)) return std::nullopt;
  return "missing shared material: " + path.string() +
         " (a plain clone has no ../shared; put the shared folder beside the project or set "
         "PERSKLAAR_SHARED to it)";
}

std::filesystem::path build_plugin_dir() {
  return PERSKLAAR_TEST_BUILD_PLUGIN_DIR;
}
std::filesystem::path test_module_dir() {
  return PERSKLAAR_TEST_MODULE_DIR;
}
std::filesystem::path cli_path() {
  return PERSKLAAR_CLI_PATH;
}
std::filesystem::path sample_manuscript() {
  return source_dir() / "samples" / "kenniscafes";
}

std::string layout_test_name(std::string layout) {
  for (char& c : layout) {
    if (c == '-') c = '_';
  }
  return layout;
}

}  // namespace persklaar::testing
