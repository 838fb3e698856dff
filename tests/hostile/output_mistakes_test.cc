// Mistakes in naming the output: each is a usage error (exit 2) saying what to name instead, never
// an internal error, and nothing is written.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/hostile/reproducer.h"
#include "tests/support/cli_run.h"

namespace persklaar {
namespace {

using ::testing::HasSubstr;

const std::string kManuscript = "---\ntitle: T\n---\n\n# H\n\nTekst.\n";

TEST(OutputMistakes, AnEmptyOutputNameIsAUsageError) {
  testing::Reproducer reproducer;
  const auto manuscript = reproducer.folder().write("boek.md", kManuscript);
  const auto run = testing::run_cli({"build", manuscript.string(), "-o", ""}, reproducer.folder());
  EXPECT_EQ(run.exit_code, 2) << run.output;
  EXPECT_THAT(run.output, HasSubstr("-o '': an empty name is neither a folder nor a file"));
  EXPECT_THAT(run.output, HasSubstr("hint: name a folder such as out"));
}

TEST(OutputMistakes, AnExistingFileWithoutExtensionIsNotTakenForAFolder) {
  testing::Reproducer reproducer;
  const auto manuscript = reproducer.folder().write("boek.md", kManuscript);
  const auto file = reproducer.folder().write("bestand", "");
  const auto run = testing::run_cli({"build", manuscript.string(), "-o", file.string()}, reproducer.folder());
  EXPECT_EQ(run.exit_code, 2) << run.output;
  EXPECT_THAT(run.output, HasSubstr("is a file without an extension, so it is not a folder for the editions"));
  EXPECT_EQ(testing::read_file(file), "");
}

}  // namespace
}  // namespace persklaar
