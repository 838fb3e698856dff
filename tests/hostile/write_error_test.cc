// A disk that fills up while an edition is written: each library's writer (the text stream, Cairo,
// qpdf, libzip) reports it as what it is, naming the edition, and leaves no file behind. The full
// disk is played by a file-size limit, which makes writes fail the same way.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/hostile/reproducer.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

using ::testing::HasSubstr;

struct FullDisk {
  std::string format;
  unsigned long bytes;  // what fits before the disk is full
  std::string named;    // the file the message names
};

void PrintTo(const FullDisk& value, std::ostream* out) {
  *out << value.format << " after " << value.bytes << " bytes";
}

class WriteErrors : public ::testing::TestWithParam<FullDisk> {};

TEST_P(WriteErrors, AreReportedAsAFullDiskNamingTheEdition) {
  const FullDisk& c = GetParam();
  testing::Reproducer reproducer;
  std::filesystem::create_directories(reproducer.out());
  testing::CliProcess process(
      {"build", testing::sample_manuscript().string(), "-o", reproducer.out().string(), "-t", c.format},
      reproducer.folder(), c.bytes);
  const auto run = process.wait(std::chrono::seconds(120));
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_THAT(run.output,
              HasSubstr((reproducer.out() / c.named).string() + ": error: cannot write the file: File too large"));
  EXPECT_THAT(run.output, HasSubstr("hint: free some space on the disk"));
  EXPECT_THAT(run.output, ::testing::Not(HasSubstr("trailer")));
  EXPECT_THAT(reproducer.out_files(), ::testing::IsEmpty());
}

INSTANTIATE_TEST_SUITE_P(EveryWriter, WriteErrors,
                         ::testing::Values(FullDisk{"txt", 10000, "kenniscafes.txt"},
                                           FullDisk{"epub", 100000, "kenniscafes.epub"},
                                           FullDisk{"pdf", 100000, "kenniscafes.painted.pdf"}),
                         [](const auto& info) { return info.param.format; });

}  // namespace
}  // namespace persklaar
