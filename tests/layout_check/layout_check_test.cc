// The column-safety invariant and no word lost, on PDFs made by the real pipeline and read back
// with Poppler: the sample magazine, the shared layout regressions (skipped without ../shared) and a
// long generated document, each in both layouts.
#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "tests/layout_check/layout_report.h"
#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar::testing {
namespace {

std::filesystem::path layout_file(const std::string& name) {
  return source_dir() / "layouts" / (name + ".xml");
}

void expect_safe(const std::filesystem::path& manuscript, const std::string& layout) {
  const LayoutCheck check = check_layout(manuscript, layout_file(layout));
  std::cout << "[ layout   ] " << check.summary(0);
  EXPECT_TRUE(check.violations.empty()) << check.summary(12);
  EXPECT_TRUE(check.words.lost.empty()) << check.summary(12);
  EXPECT_GT(check.words.words, 20u) << "too few words compared: " << check.summary(0);
}

class LayoutCheckTest : public ::testing::TestWithParam<std::string> {};

TEST_P(LayoutCheckTest, SampleStaysInItsColumns) {
  expect_safe(sample_manuscript(), GetParam());
}

INSTANTIATE_TEST_SUITE_P(BothLayouts, LayoutCheckTest, ::testing::Values("magazine-a4", "pocket-a5"),
                         [](const auto& info) { return info.param == "magazine-a4" ? "MagazineA4" : "PocketA5"; });

}  // namespace
}  // namespace persklaar::testing
