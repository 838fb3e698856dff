// Preflight on real files: the print edition passes; the screen edition, a plain Cairo PDF and
// print files broken in one way each fail on exactly the rules expected, in the report and in the
// command's JSON alike; bad input gets a message, never a crash or a hang.
#include "core/preflight/preflight.h"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>

#include "core/diagnostics/diagnostic.h"
#include "tests/preflight/broken_pdfs.h"
#include "tests/print/print_editions.h"
#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar::testing {
namespace {

using Rules = std::vector<std::string>;

const std::filesystem::path& print_file() {
  return sample_editions("magazine-a4.xml").print;
}

bool contains_all(const Rules& failed, const Rules& expected) {
  for (const auto& rule : expected) {
    if (std::find(failed.begin(), failed.end(), rule) == failed.end()) return false;
  }
  return true;
}

// The failed rules as `persklaar preflight --json` lists them, and its exit status.
Rules json_failed_rules(const std::filesystem::path& file, int& status) {
  std::string output;
  status = run_command("'" + cli_path().string() + "' preflight --json '" + file.string() + "'", output);
  const std::size_t start = output.find("\"failed_rules\": [");
  if (start == std::string::npos) return {"(no JSON: " + output + ")"};
  const std::size_t end = output.find(']', start);
  Rules rules;
  for (std::size_t q = output.find('"', start + 17); q < end; q = output.find('"', q + 1)) {
    const std::size_t close = output.find('"', q + 1);
    rules.push_back(output.substr(q + 1, close - q - 1));
    q = close;
  }
  return rules;
}

TEST(Preflight, ThePrintEditionPassesAndTheCommandSaysSo) {
  const PreflightReport report = preflight(print_file());
  EXPECT_TRUE(report.passed()) << preflight_report_text(report);
  int status = -1;
  EXPECT_EQ(json_failed_rules(print_file(), status), Rules{});
  EXPECT_EQ(status, 0);
}

TEST(Preflight, TheScreenEditionFailsOnWhatPrintNeeds) {
  const PreflightReport report = preflight(sample_editions("magazine-a4.xml").screen);
  EXPECT_TRUE(
      contains_all(report.failed_rules(), {"trim-box", "output-intent", "pdfx-metadata", "rgb-colour", "annotations"}))
      << preflight_report_text(report);
  int status = -1;
  EXPECT_EQ(json_failed_rules(sample_editions("magazine-a4.xml").screen, status), report.failed_rules());
  EXPECT_EQ(status, 1);
}

TEST(Preflight, APlainCairoPdfFails) {
  TemporaryFolder folder;
  const auto file = folder.path() / "cairo.pdf";
  write_plain_cairo_pdf(file, 1);
  const PreflightReport report = preflight(file);
  EXPECT_TRUE(contains_all(report.failed_rules(), {"trim-box", "output-intent", "pdfx-metadata", "rgb-colour"}))
      << preflight_report_text(report);
}

TEST(Preflight, EachBrokenPrintFileFailsOnExactlyItsRule) {
  TemporaryFolder folder;
  for (const Breakage& breakage : breakages()) {
    SCOPED_TRACE(breakage.rule);
    const auto file = folder.path() / (breakage.rule + ".pdf");
    write_broken(print_file(), breakage, file);
    const PreflightReport report = preflight(file);
    EXPECT_EQ(report.failed_rules(), Rules{breakage.rule}) << preflight_report_text(report);
    ASSERT_FALSE(report.findings.empty());
    EXPECT_FALSE(report.findings.front().fix.empty());
    int status = -1;
    EXPECT_EQ(json_failed_rules(file, status), Rules{breakage.rule});
    EXPECT_EQ(status, 1);
  }
}

TEST(Preflight, TheReportNamesRulePageObjectAndWhatToDo) {
  TemporaryFolder folder;
  const auto file = folder.path() / "link.pdf";
  write_broken(print_file(), breakages()[3], file);  // a link on page 5
  const std::string text = preflight_report_text(preflight(file));
  EXPECT_NE(text.find("fails preflight profile 'pdfx'"), std::string::npos) << text;
  EXPECT_NE(text.find("[annotations] page 5, Link annotation (object"), std::string::npos) << text;
  EXPECT_NE(text.find("what to do: remove links"), std::string::npos) << text;
}

// What the command says about a file preflight cannot read: a message naming the file, exit 1.
void expect_clear_refusal(const std::filesystem::path& file, const std::string& words) {
  EXPECT_THROW(preflight(file), InputError);
  std::string output;
  const int status = run_command("'" + cli_path().string() + "' preflight '" + file.string() + "'", output);
  EXPECT_EQ(status, 1) << output;
  EXPECT_NE(output.find(file.string() + ": error: "), std::string::npos) << output;
  EXPECT_NE(output.find(words), std::string::npos) << output;
  EXPECT_NE(output.find("hint:"), std::string::npos) << output;
}

TEST(PreflightBadInput, NotAPdfEmptyOrPasswordProtectedIsAClearMessage) {
  TemporaryFolder folder;
  std::ofstream(folder.path() / "notes.pdf") << "These are notes, not a PDF.\n";
  std::ofstream(folder.path() / "empty.pdf");
  write_password_protected(print_file(), folder.path() / "locked.pdf");
  expect_clear_refusal(folder.path() / "notes.pdf", "not a PDF");
  expect_clear_refusal(folder.path() / "empty.pdf", "empty");
  expect_clear_refusal(folder.path() / "locked.pdf", "password");
  expect_clear_refusal(folder.path() / "missing.pdf", "no such file");
}

TEST(PreflightBadInput, ATruncatedPdfGetsAMessageOrAFailingReport) {
  TemporaryFolder folder;
  const auto file = folder.path() / "half.pdf";
  {
    std::ifstream in(print_file(), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::ofstream(file, std::ios::binary) << bytes.substr(0, bytes.size() / 2);
  }
  try {
    const PreflightReport report = preflight(file);
    EXPECT_FALSE(report.passed());
    const auto failed = report.failed_rules();
    EXPECT_NE(std::find(failed.begin(), failed.end(), "file-structure"), failed.end()) << preflight_report_text(report);
  } catch (const InputError& error) {
    EXPECT_NE(error.diagnostic().message.find("PDF"), std::string::npos);
  }
  std::string output;
  EXPECT_EQ(run_command("'" + cli_path().string() + "' preflight '" + file.string() + "'", output), 1) << output;
}

TEST(PreflightBadInput, TwoThousandPagesInSeconds) {
  TemporaryFolder folder;
  const auto file = folder.path() / "long.pdf";
  write_plain_cairo_pdf(file, 2000);
  const auto started = std::chrono::steady_clock::now();
  const PreflightReport report = preflight(file);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  EXPECT_EQ(report.pages, 2000);
  EXPECT_LT(seconds, 10.0);
  EXPECT_FALSE(report.passed());
  // One problem on every page is counted, not listed 2,000 times.
  EXPECT_LT(report.findings.size(), 400u);
  EXPECT_GT(report.omitted, 0);
  std::cout << "preflight of 2,000 pages: " << seconds << " s\n";
}

}  // namespace
}  // namespace persklaar::testing
