#pragma once
// Where the tests find the project, the shared corpora and the built plugins.
#include <filesystem>
#include <optional>
#include <string>

namespace persklaar::testing {

std::filesystem::path source_dir();  // the project's top folder

// Material from outside the project: the seed text, the corpora (CommonMark spec, pandoc's Word files),
// the ICC profiles. One setting finds it all: $PERSKLAAR_SHARED when set, otherwise ../shared beside
// the project. A plain clone has none of it; tests that need it skip (see missing_shared below).
std::filesystem::path shared_dir();
std::filesystem::path corpora_dir();  // shared_dir()/corpora
std::filesystem::path seed_dir();     // shared_dir()/seed

// Empty when `path` exists; otherwise the reason a test skips, naming what is missing and how to
// provide it. Use through PERSKLAAR_SKIP_WITHOUT.
std::optional<std::string> missing_shared(const std::filesystem::path& path);

std::filesystem::path build_plugin_dir();   // the real plugin modules of this build
std::filesystem::path test_module_dir();    // deliberately broken modules for the host tests
std::filesystem::path cli_path();           // the built persklaar executable
std::filesystem::path sample_manuscript();  // samples/kenniscafes

// A bundled layout's name as a parameterised test's name: "magazine-a4" → "magazine_a4".
std::string layout_test_name(std::string layout);

}  // namespace persklaar::testing

// Skips the current test (or, in SetUpTestSuite, the suite) when shared material is absent.
#define PERSKLAAR_SKIP_WITHOUT(path) \
  if (const auto persklaar_missing = ::persklaar::testing::missing_shared(path)) GTEST_SKIP() << *persklaar_missing
