#pragma once
// Where the tests find the project, the shared corpora and the built plugins.
#include <filesystem>

namespace persklaar::testing {

std::filesystem::path source_dir();         // the project's top folder
std::filesystem::path shared_dir();         // ../shared: seed, corpora, icc
std::filesystem::path build_plugin_dir();   // the real plugin modules of this build
std::filesystem::path test_module_dir();    // deliberately broken modules for the host tests
std::filesystem::path cli_path();           // the built persklaar executable
std::filesystem::path sample_manuscript();  // samples/kenniscafes

}  // namespace persklaar::testing
