// Every input the fuzzers ever found a problem with (tests/fuzz/findings/), built again by the
// persklaar command as a user would: it must end with an edition (exit 0) or a clear input error
// (exit 1) — never a crash, a hang, an internal error (exit 3) or a file left half-written.
// Markdown findings are built as manuscripts; layout findings lay out a small manuscript.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "tests/support/cli_run.h"
#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

using ::testing::AnyOf;
using ::testing::Eq;

std::filesystem::path findings_dir() {
  return testing::source_dir() / "tests" / "fuzz" / "findings";
}

std::vector<std::filesystem::path> findings(const std::string& kind) {
  std::vector<std::filesystem::path> files;
  std::error_code none_yet;  // a kind without findings has no folder
  for (const auto& entry : std::filesystem::directory_iterator(findings_dir() / kind, none_yet)) {
    files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Every file in `out` is an edition named after the manuscript; nothing else (a hidden temporary
// file) is left there.
void expect_only_editions(const std::filesystem::path& out) {
  if (!std::filesystem::exists(out)) return;
  for (const auto& entry : std::filesystem::directory_iterator(out)) {
    const std::string name = entry.path().filename().string();
    const bool edition = name.rfind("manuscript.", 0) == 0 || name == "manuscript-print.pdf";
    EXPECT_TRUE(edition) << "left behind: " << name;
  }
}

void expect_clear_ending(const testing::CliRun& run) {
  EXPECT_FALSE(run.timed_out) << run.output;
  EXPECT_EQ(run.signal, 0) << run.output;
  EXPECT_THAT(run.exit_code, AnyOf(Eq(0), Eq(1))) << run.output;
}

// One test per kind, looping over its files, so that a finding added to the folder is replayed
// without rebuilding anything.
TEST(FuzzFindings, MarkdownEndsWithAnEditionOrAClearError) {
  for (const auto& finding : findings("markdown")) {
    SCOPED_TRACE(finding.filename().string());
    testing::TemporaryFolder folder;
    const auto manuscript = folder.write("manuscript.md", testing::read_file(finding));
    const auto out = folder.path() / "out";
    const auto run = testing::run_cli({"build", manuscript.string(), "-o", out.string()}, folder);
    expect_clear_ending(run);
    expect_only_editions(out);
  }
}

TEST(FuzzFindings, LayoutsEndWithAnEditionOrAClearError) {
  for (const auto& finding : findings("layout")) {
    SCOPED_TRACE(finding.filename().string());
    testing::TemporaryFolder folder;
    const auto manuscript =
        folder.write("manuscript.md", "---\ntitle: Proef\n---\n\n# Hoofdstuk\n\n## Inleiding\n\nEen alinea.\n");
    const auto layout = folder.write("layout.xml", testing::read_file(finding));
    const auto out = folder.path() / "out";
    const auto run = testing::run_cli(
        {"build", manuscript.string(), "-o", out.string(), "-t", "pdf", "--layout", layout.string()}, folder);
    expect_clear_ending(run);
    expect_only_editions(out);
  }
}

}  // namespace
}  // namespace persklaar
