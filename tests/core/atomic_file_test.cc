#include "core/output/atomic_file.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/support/temporary_folder.h"

namespace persklaar {
namespace {

TEST(AtomicFile, TheTargetAppearsOnlyOnCommit) {
  testing::TemporaryFolder folder;
  const auto target = folder.path() / "edition.txt";
  {
    AtomicFile file(target);
    file.stream() << "half";
    EXPECT_FALSE(std::filesystem::exists(target));
    file.commit();
  }
  EXPECT_EQ(testing::read_file(target), "half");
  EXPECT_THAT(folder.file_names(), ::testing::ElementsAre("edition.txt"));
}

TEST(AtomicFile, AnAbandonedFileLeavesNothingBehindAndKeepsTheOldEdition) {
  testing::TemporaryFolder folder;
  const auto target = folder.write("edition.txt", "old");
  {
    AtomicFile file(target);
    file.stream() << "new but unfinished";
  }
  EXPECT_EQ(testing::read_file(target), "old");
  EXPECT_THAT(folder.file_names(), ::testing::ElementsAre("edition.txt"));
}

TEST(AtomicFile, AFolderThatCannotBeWrittenIsAnError) {
  EXPECT_THROW(AtomicFile("/no/such/folder/edition.txt"), std::runtime_error);
}

}  // namespace
}  // namespace persklaar
