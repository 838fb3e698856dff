#include "core/pipeline/early_start.h"

#include <gtest/gtest.h>

#include "core/layout/hyphenate.h"
#include "tests/support/temporary_folder.h"

namespace persklaar {
namespace {

// Whatever the manuscript, starting early never fails the build: what cannot be loaded early is
// left to the layout, which reports it.
TEST(EarlyStart, NeverThrowsWhateverTheManuscript) {
  testing::TemporaryFolder folder;
  folder.write("klingon/manuscript.yaml", "title: K\nlanguage: tlh\nchapters:\n  - een.md\n");
  folder.write("kapot/manuscript.yaml", "title: [\n");
  folder.write("naam/manuscript.yaml", "title: N\nlanguage: ../../Nederlands\nchapters:\n  - een.md\n");
  folder.write("los.md", "# Los\n");
  for (const auto& manuscript :
       {folder.path() / "klingon", folder.path() / "kapot", folder.path() / "naam", folder.path() / "los.md",
        folder.path() / "nergens", std::filesystem::path("-"), std::filesystem::path()}) {
    EXPECT_NO_THROW({ const EarlyStart early(manuscript); }) << manuscript;
  }
  EXPECT_THROW(shared_hyphenator("tlh"), std::runtime_error);  // the layout's own attempt still reports
}

}  // namespace
}  // namespace persklaar
