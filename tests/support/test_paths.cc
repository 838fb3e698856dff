#include "tests/support/test_paths.h"

namespace persklaar::testing {

std::filesystem::path source_dir() {
  return PERSKLAAR_SOURCE_DIR;
}
std::filesystem::path shared_dir() {
  return PERSKLAAR_SHARED_DIR;
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

}  // namespace persklaar::testing
