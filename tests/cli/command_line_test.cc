// The command line as pandoc and Typst users expect it: -o FILE|DIR|-, - for standard input, -M and
// --metadata-file, layouts by name, the listing commands, --fail-on-warnings, --diagnostics json,
// --quiet and --verbose, every value checked before anything is written, help and "did you mean".
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <sstream>

#include "tests/cli/cli_run.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

using testing::CliRun;
using ::testing::ContainsRegex;
using ::testing::HasSubstr;
using ::testing::Not;
using testing::persklaar;

constexpr const char* kSmallBook =
    "---\ntitle: Klein boek\nlanguage: nl\n---\n# Eerste hoofdstuk\n\n## Inleiding\n\nEen alinea tekst.\n";

int count_of(const std::string& text, const std::string& part) {
  int count = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++count;
  return count;
}

class CommandLine : public ::testing::Test {
 protected:
  std::string sample() const { return testing::sample_manuscript().string(); }
  CliRun run(const std::vector<std::string>& arguments, const std::string& input = "") const {
    return persklaar(arguments, folder_, input);
  }
  // The folder holds nothing but what the test wrote itself.
  std::vector<std::string> files() const { return folder_.file_names(); }
  testing::TemporaryFolder folder_;
};

TEST_F(CommandLine, OutputFileWritesThatOneEditionFormatFromTheExtension) {
  const CliRun made = run({"build", sample(), "-o", "magazine.txt"});
  EXPECT_EQ(made.exit_code, 0) << made.output;
  EXPECT_THAT(made.output, HasSubstr("wrote magazine.txt"));
  EXPECT_THAT(files(), ::testing::ElementsAre("magazine.txt"));
  EXPECT_THAT(testing::read_file(folder_.path() / "magazine.txt"), ::testing::StartsWith("Kenniscafés\n"));
}

TEST_F(CommandLine, OutputFolderWithSlashOrExistingKeepsEveryEditionInIt) {
  const CliRun made = run({"build", sample(), "-o", "editions/", "-t", "txt,epub"});
  EXPECT_EQ(made.exit_code, 0) << made.output;
  EXPECT_TRUE(std::filesystem::exists(folder_.path() / "editions" / "kenniscafes.epub"));
  EXPECT_TRUE(std::filesystem::exists(folder_.path() / "editions" / "kenniscafes.txt"));
}

TEST_F(CommandLine, OutputDashWritesOneEditionToStandardOutput) {
  const CliRun made = run({"build", sample(), "-t", "txt", "-o", "-"});
  EXPECT_EQ(made.exit_code, 0) << made.output;
  EXPECT_THAT(made.standard_output, ::testing::StartsWith("Kenniscafés\nTien kenniscafés uitgelicht\n"));
  EXPECT_TRUE(files().empty());
}

TEST_F(CommandLine, OutputThatCannotHoldTheEditionsIsAUsageErrorAndWritesNothing) {
  folder_.write("notities", "een bestand, geen map");
  const struct {
    std::vector<std::string> arguments;
    const char* message;
  } cases[] = {
      {{"-o", "notities"}, "'notities' is a file without an extension, so it is not a folder"},
      {{"-o", "-"}, "-o - writes one edition to standard output: name it with -t"},
      {{"-o", "boek.docx"}, "the extension '.docx' names no edition"},
      {{"-o", "boek.pdf", "-t", "txt"}, "-o boek.pdf names a pdf edition, but -t asks for txt"},
      {{"-o", "boek.txt", "-t", "txt,pdf"}, "holds one edition, but -t asks for txt, pdf"},
      {{"-o", "nergens/boek.txt"}, "the folder 'nergens' does not exist"},
      {{"-o", "pagina.png"}, "-o pagina.png: the png edition is a file for each page, which one file cannot hold"},
      {{"-o", "-", "-t", "png"}, "-o -: the png edition is a file for each page"},
  };
  for (const auto& bad : cases) {
    std::vector<std::string> arguments{"build", sample()};
    arguments.insert(arguments.end(), bad.arguments.begin(), bad.arguments.end());
    const CliRun refused = run(arguments);
    EXPECT_EQ(refused.exit_code, 2) << refused.output;
    EXPECT_THAT(refused.output, HasSubstr(bad.message));
    EXPECT_THAT(refused.output, Not(HasSubstr("internal error")));
    EXPECT_THAT(files(), ::testing::ElementsAre("notities")) << "written despite " << bad.message;
  }
}

TEST_F(CommandLine, DashReadsTheManuscriptFromStandardInput) {
  const CliRun made = run({"build", "-", "-t", "txt", "-o", "-"}, std::string(kSmallBook) + "\n<br>\n");
  EXPECT_EQ(made.exit_code, 0) << made.output;
  EXPECT_THAT(made.standard_output, ::testing::StartsWith("Klein boek\n"));
  EXPECT_THAT(made.output, HasSubstr("<stdin>:11:1: warning: raw HTML"));
}

TEST_F(CommandLine, MetadataOptionsWinOverTheManuscript) {
  folder_.write("extra.yaml", "subtitle: Uit een bestand\ntitle: Niet deze\n");
  const CliRun made = run({"build", sample(), "-t", "txt", "-o", "-", "--metadata-file", "extra.yaml", "-M",
                           "title=Kenniscafés 2027", "-M", "date=2027-11-30"});
  EXPECT_EQ(made.exit_code, 0) << made.output;
  EXPECT_THAT(made.standard_output, ::testing::StartsWith("Kenniscafés 2027\nUit een bestand\n"));
  EXPECT_THAT(made.standard_output, HasSubstr("30 november 2027"));
}

TEST_F(CommandLine, BadMetadataOptionsAreUsageErrors) {
  const struct {
    std::vector<std::string> arguments;
    const char* message;
  } cases[] = {
      {{"-M", "titel=X"}, "-M: unknown metadata key 'titel'"},
      {{"-M", "title"}, "-M takes KEY=VALUE, not 'title'"},
      {{"-M", "date=2027-11-31"}, "date '2027-11-31' does not exist: that month has 30 days"},
      {{"--metadata-file", "weg.yaml"}, "--metadata-file weg.yaml: no such file"},
  };
  for (const auto& bad : cases) {
    std::vector<std::string> arguments{"build", sample(), "-o", "out"};
    arguments.insert(arguments.end(), bad.arguments.begin(), bad.arguments.end());
    const CliRun refused = run(arguments);
    EXPECT_EQ(refused.exit_code, 2) << refused.output;
    EXPECT_THAT(refused.output, HasSubstr(bad.message));
    EXPECT_TRUE(files().empty());
  }
}

TEST_F(CommandLine, LayoutsAreFoundByNameAndListed) {
  const CliRun made = run({"build", sample(), "--layout", "pocket-a5", "-t", "pdf", "-o", "pocket.pdf"});
  EXPECT_EQ(made.exit_code, 0) << made.output;
  const CliRun misspelt = run({"build", sample(), "--layout", "pocket-a6", "-o", "out"});
  EXPECT_EQ(misspelt.exit_code, 2);
  EXPECT_THAT(misspelt.output, HasSubstr("no bundled layout has that name (did you mean 'pocket-a5'?)"));
  EXPECT_THAT(files(), ::testing::ElementsAre("pocket.pdf"));
  for (const std::string command : {"layouts", "--list-layouts"}) {
    const CliRun listed = run({command});
    EXPECT_EQ(listed.exit_code, 0);
    EXPECT_THAT(listed.standard_output, ContainsRegex("magazine-a4 +A4 \\(210x297 mm\\) +2 columns"));
    EXPECT_THAT(listed.standard_output, ContainsRegex("pocket-a5 +A5 \\(148x210 mm\\) +1 column"));
  }
}

TEST_F(CommandLine, FormatsListsEditionsAndManuscriptFormats) {
  const CliRun listed = run({"formats"});
  EXPECT_EQ(listed.exit_code, 0);
  for (const char* format : {"  epub ", "  pdf ", "  txt ", "  .md "})
    EXPECT_THAT(listed.standard_output, HasSubstr(format));
}

TEST_F(CommandLine, FailOnWarningsExitsWithOneButWritesTheEditions) {
  folder_.write("boek.md", std::string(kSmallBook) + "\n<div>los</div>\n");
  EXPECT_EQ(run({"build", "boek.md", "-t", "txt", "-o", "out"}).exit_code, 0);
  const CliRun strict = run({"build", "boek.md", "-t", "txt", "-o", "out", "--fail-on-warnings"});
  EXPECT_EQ(strict.exit_code, 1);
  EXPECT_THAT(strict.output, HasSubstr("1 warning (--fail-on-warnings: exit status 1)"));
  EXPECT_TRUE(std::filesystem::exists(folder_.path() / "out" / "boek.txt"));
}

TEST_F(CommandLine, DiagnosticsAsJsonLines) {
  folder_.write("boek.md", std::string(kSmallBook) + "\n<div>los</div>\n");
  const CliRun made = run({"build", "boek.md", "-t", "txt", "-o", "out", "--diagnostics", "json"});
  EXPECT_EQ(made.exit_code, 0);
  EXPECT_THAT(
      made.output,
      ::testing::MatchesRegex("\\{\"severity\":\"warning\",\"file\":\"boek.md\",\"line\":11,\"column\":1,\"page\":null,"
                              "\"edition\":null,\"message\":\"raw HTML is left out of every edition\","
                              "\"hint\":\"write it as Markdown; see docs/manuscript-format.md\"\\}\n"
                              "\\{\"result\":\"done\",\"exit_code\":0,\"made\":\\[\"txt\"\\],\"failed\":\\[\\],"
                              "\"warnings\":1,\"milliseconds\":[0-9]+\\}\n"));
  const CliRun failed = run({"build", "weg.md", "--diagnostics", "json"});
  EXPECT_EQ(failed.exit_code, 1);
  EXPECT_THAT(failed.output, HasSubstr("{\"severity\":\"error\",\"file\":\"weg.md\",\"line\":null"));
  EXPECT_THAT(failed.output, HasSubstr("{\"result\":\"failed\",\"exit_code\":1,"));
  EXPECT_EQ(run({"build", "boek.md", "--diagnostics", "xml"}).exit_code, 2);
}

// Every line on standard error is a JSON object: nothing else is mixed in.
void expect_only_json_lines(const std::string& output) {
  std::istringstream lines(output);
  std::string line;
  int count = 0;
  while (std::getline(lines, line)) {
    ++count;
    EXPECT_THAT(line, ::testing::MatchesRegex("\\{\".*\\}")) << "not a JSON line in:\n" << output;
  }
  EXPECT_GT(count, 0);
}

TEST_F(CommandLine, DiagnosticsAsJsonReportAFailedEditionWithItsFormatAndTheExitCode) {
  folder_.write("boek.md", kSmallBook);
  // A print profile that is not there: the print edition (pdfx) fails while the text edition is made.
  std::string layout = testing::read_file(testing::source_dir() / "layouts" / "magazine-a4.xml");
  const std::string profile = "profile=\"FOGRA39L_coated.icc\"";
  ASSERT_NE(layout.find(profile), std::string::npos);
  layout.replace(layout.find(profile), profile.size(), "profile=\"/nergens/weg.icc\"");
  folder_.write("kapot.xml", layout);
  const CliRun made =
      run({"build", "boek.md", "--layout", "kapot.xml", "-t", "txt,pdfx", "-o", "out/", "--diagnostics", "json"});
  EXPECT_EQ(made.exit_code, 1);
  expect_only_json_lines(made.output);
  EXPECT_THAT(made.output, ::testing::ContainsRegex("\\{\"severity\":\"error\",.*\"edition\":\"pdfx\","
                                                    "\"message\":\"the pdfx edition failed: [^\"]*weg.icc"));
  EXPECT_THAT(made.output, ::testing::ContainsRegex("\\{\"result\":\"failed\",\"exit_code\":1,"
                                                    "\"made\":\\[\"txt\"\\],\"failed\":\\[\"pdfx\"\\]"));
  EXPECT_TRUE(std::filesystem::exists(folder_.path() / "out" / "boek.txt"));
  EXPECT_FALSE(std::filesystem::exists(folder_.path() / "out" / "boek-print.pdf"));

  // The same failure as text names the edition's error just the same.
  const CliRun text = run({"build", "boek.md", "--layout", "kapot.xml", "-t", "pdfx", "-o", "tekst/"});
  EXPECT_EQ(text.exit_code, 1);
  EXPECT_THAT(text.output, HasSubstr("error: the pdfx edition failed: "));
}

TEST_F(CommandLine, DiagnosticsAsJsonAlsoForUsageErrorsAndVerboseTimings) {
  folder_.write("boek.md", kSmallBook);
  const CliRun usage = run({"build", "boek.md", "--wrap", "abc", "--diagnostics", "json"});
  EXPECT_EQ(usage.exit_code, 2);
  expect_only_json_lines(usage.output);
  EXPECT_THAT(usage.output, HasSubstr("{\"result\":\"failed\",\"exit_code\":2,"));
  const CliRun misspelt = run({"build", "boek.md", "--wrapp", "72", "--diagnostics", "json"});
  EXPECT_EQ(misspelt.exit_code, 2);
  expect_only_json_lines(misspelt.output);
  EXPECT_THAT(misspelt.output, HasSubstr("--wrap"));
  const CliRun missing = run({"build", "boek.md", "--layout", "weg.xml", "--diagnostics", "json"});
  EXPECT_EQ(missing.exit_code, 2);
  expect_only_json_lines(missing.output);
  folder_.write("kapot.xml", "<layout name=\"kapot\">\n  <page width=\"breed\"/>\n</layout>\n");
  const CliRun layout = run({"build", "boek.md", "--layout", "kapot.xml", "--diagnostics", "json"});
  EXPECT_EQ(layout.exit_code, 1);
  expect_only_json_lines(layout.output);
  EXPECT_THAT(layout.output, HasSubstr("{\"severity\":\"error\",\"file\":\"kapot.xml\",\"line\":2,"));
  const CliRun verbose = run({"build", "boek.md", "-t", "txt", "-o", "out", "--verbose", "--diagnostics", "json"});
  EXPECT_EQ(verbose.exit_code, 0);
  expect_only_json_lines(verbose.output);
  EXPECT_THAT(verbose.output, ::testing::ContainsRegex("\\{\"stage\":\"txt edition\",\"milliseconds\":[0-9]+\\}"));
  EXPECT_FALSE(std::filesystem::exists(folder_.path() / "boek.txt"));
}

TEST_F(CommandLine, QuietHidesWarningsVerboseTimesEachStage) {
  folder_.write("boek.md", std::string(kSmallBook) + "\n<div>los</div>\n");
  const CliRun quiet = run({"build", "boek.md", "-t", "txt", "-o", "out", "-q"});
  EXPECT_EQ(quiet.exit_code, 0);
  EXPECT_EQ(quiet.output, "");
  const CliRun verbose = run({"build", "boek.md", "-t", "txt", "-o", "out", "--verbose"});
  EXPECT_THAT(verbose.output, ContainsRegex("read the manuscript: [0-9]+ ms"));
  EXPECT_THAT(verbose.output, ContainsRegex("lay out the print edition: [0-9]+ ms"));
  EXPECT_THAT(verbose.output, ContainsRegex("txt edition: [0-9]+ ms"));
  EXPECT_THAT(verbose.output, HasSubstr("warning: raw HTML"));
}

TEST_F(CommandLine, LayoutWarningsNameFileLineAndPageOnlyForThePdf) {
  // U+1F99C (a parrot) has no glyph in the bundled fonts: a warning of the PDF's layout.
  folder_.write("boek.md", std::string(kSmallBook) + "\nEen papegaai: \xF0\x9F\xA6\x9C.\n");
  const CliRun pdf = run({"build", "boek.md", "-t", "pdf", "-o", "out"});
  EXPECT_EQ(pdf.exit_code, 0) << pdf.output;
  EXPECT_THAT(pdf.output,
              ContainsRegex("boek.md:11:1: warning: the character .* has no glyph .*\\(print page [0-9]+\\)"));
  const CliRun text = run({"build", "boek.md", "-t", "txt", "-o", "out"});
  EXPECT_EQ(text.exit_code, 0);
  EXPECT_THAT(text.output, Not(HasSubstr("warning")));
}

TEST_F(CommandLine, WhatAFileWithoutMetadataLacksIsReportedAtItsTop) {
  folder_.write("notities.md", "Een regel vooraf.\n\n# Hoofdstuk\n\n## Inleiding\n\nTekst.\n");
  const CliRun untitled = run({"build", "notities.md", "-t", "txt", "-o", "out"});
  EXPECT_EQ(untitled.exit_code, 1);
  EXPECT_THAT(untitled.output, HasSubstr("notities.md:1: error: the manuscript has no title"));
  const CliRun titled = run({"build", "notities.md", "-t", "txt", "-o", "out", "-M", "title=Notities"});
  EXPECT_EQ(titled.exit_code, 0) << titled.output;
  EXPECT_THAT(titled.output, HasSubstr("notities.md:1: warning: the manuscript names no language"));
}

TEST_F(CommandLine, ACharacterWithoutAGlyphIsReportedOnceWhereverItStands) {
  // The parrot in three paragraphs: one warning, at the first, counting the others.
  folder_.write("boek.md", std::string(kSmallBook) +
                               "\nEen papegaai: \xF0\x9F\xA6\x9C.\n\nNog een: \xF0\x9F\xA6\x9C.\n" +
                               "\nEn nog een: \xF0\x9F\xA6\x9C.\n");
  const CliRun made = run({"build", "boek.md", "-t", "pdf", "-o", "out"});
  EXPECT_EQ(made.exit_code, 0) << made.output;
  EXPECT_THAT(made.output, ContainsRegex("boek.md:11:1: warning: the character .* \\(U\\+1F99C\\) has no glyph in the "
                                         "bundled fonts, here and in 2 more places"));
  EXPECT_EQ(count_of(made.output, "has no glyph"), 1) << made.output;
}

TEST_F(CommandLine, ManyCharactersWithoutGlyphsAreReportedInOneWarning) {
  // A paragraph of Japanese kana, twice: 8 characters the bundled fonts lack, 16 places.
  const std::string kana =
      "\xE3\x81\x82\xE3\x81\x84\xE3\x81\x86\xE3\x81\x88\xE3\x81\x8A"
      "\xE3\x81\x8B\xE3\x81\x8D\xE3\x81\x8F";  // あいうえおかきく
  folder_.write("boek.md", std::string(kSmallBook) + "\n" + kana + "\n\n" + kana + "\n");
  const CliRun made = run({"build", "boek.md", "-t", "pdf", "-o", "out"});
  EXPECT_EQ(made.exit_code, 0) << made.output;
  EXPECT_THAT(made.output, ContainsRegex("boek.md:11:1: warning: 8 characters have no glyph in the bundled fonts \\(16 "
                                         "places, the first here\\): .* \\(U\\+3042\\), .*\\(print page [0-9]+\\)"));
  EXPECT_THAT(made.output, HasSubstr("<font file="));
  EXPECT_EQ(count_of(made.output, "no glyph"), 1) << made.output;
}

TEST_F(CommandLine, EveryWarningIsListedSortedByFileAndLine) {
  // Reading warns about the raw HTML first, the layout about the missing glyph later: the list the
  // user sees is nevertheless in order of file and line, and complete.
  folder_.write("boek/manuscript.yaml", "title: Op volgorde\nlanguage: nl\nchapters:\n  - een.md\n  - twee.md\n");
  folder_.write("boek/een.md",
                "# Een\n\n## Inleiding\n\nTekst.\n\nEen papegaai: \xF0\x9F\xA6\x9C.\n\n<div>los</div>\n");
  folder_.write("boek/twee.md", "# Twee\n\n## Inleiding\n\n<div>ook los</div>\n\n<p>en nog een</p>\n");
  const CliRun made = run({"build", "boek", "-t", "pdf", "-o", "out"});
  EXPECT_EQ(made.exit_code, 0) << made.output;
  const std::vector<std::string> expected{"een.md:7:1: warning: the character", "een.md:9:1: warning: raw HTML",
                                          "twee.md:5:1: warning: raw HTML", "twee.md:7:1: warning: raw HTML"};
  std::size_t at = 0;
  for (const std::string& warning : expected) {
    const std::size_t found = made.output.find(warning, at);
    ASSERT_NE(found, std::string::npos) << "missing or out of order: " << warning << "\n" << made.output;
    at = found + warning.size();
  }
  EXPECT_THAT(made.output, HasSubstr("4 warnings"));
}

TEST_F(CommandLine, EveryValueIsCheckedBeforeAnythingIsWritten) {
  for (const std::vector<std::string>& bad : std::vector<std::vector<std::string>>{
           {"--wrap", "abc"}, {"--wrap", "5"}, {"-t", "txt,docx"}, {"--diagnostics", "yaml"}, {"-q", "-v"}}) {
    std::vector<std::string> arguments{"build", sample(), "-o", "out"};
    arguments.insert(arguments.end(), bad.begin(), bad.end());
    const CliRun refused = run(arguments);
    EXPECT_EQ(refused.exit_code, 2) << bad.front() << ": " << refused.output;
    EXPECT_TRUE(files().empty()) << bad.front();
  }
}

TEST_F(CommandLine, HelpForACommandAndDidYouMean) {
  const CliRun help = run({"help", "build"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_EQ(help.standard_output, run({"build", "--help"}).standard_output);
  EXPECT_THAT(help.standard_output, HasSubstr("-o, --output FILE|DIR|-"));
  EXPECT_THAT(help.standard_output, HasSubstr("Examples:\n  persklaar build magazine\n"));
  const CliRun command = run({"biuld", sample()});
  EXPECT_EQ(command.exit_code, 2);
  EXPECT_THAT(command.output, HasSubstr("unknown command 'biuld' (did you mean 'build'?)"));
  const CliRun option = run({"build", sample(), "--layuot", "pocket-a5"});
  EXPECT_EQ(option.exit_code, 2);
  EXPECT_THAT(option.output, HasSubstr("'build' has no option '--layuot' (did you mean '--layout'?)"));
}

TEST_F(CommandLine, TheManifestFileStandsForItsFolder) {
  const CliRun made = run({"build", sample() + "/manuscript.yaml", "-t", "txt", "-o", "out"});
  EXPECT_EQ(made.exit_code, 0) << made.output;
  EXPECT_TRUE(std::filesystem::exists(folder_.path() / "out" / "kenniscafes.txt"));
}

// The manual page and the completion are made from the same definitions as the help: every option
// the help shows is in both, and bash accepts the completion script.
TEST(GeneratedDocumentation, ManPageAndCompletionCoverEveryOptionOfBuild) {
  testing::TemporaryFolder folder;
  const std::string man = persklaar({"man"}, folder).standard_output;
  const std::string completion = persklaar({"completion"}, folder).standard_output;
  EXPECT_THAT(man, ::testing::StartsWith(".\\\" Generated"));
  EXPECT_THAT(man, HasSubstr(".TH PERSKLAAR 1"));
  for (const char* option : {"output", "to", "layout", "metadata", "metadata-file", "wrap", "quiet", "verbose",
                             "fail-on-warnings", "diagnostics", "plugin-path", "prefer-plugin"}) {
    std::string in_roff = std::string("\\fB\\-\\-");  // roff writes every '-' as '\-'
    for (const char* c = option; *c; ++c) in_roff += *c == '-' ? std::string("\\-") : std::string(1, *c);
    EXPECT_THAT(man, HasSubstr(in_roff + "\\fR")) << option;
    EXPECT_THAT(completion, HasSubstr("--" + std::string(option))) << option;
  }
  folder.write("completion.bash", completion);
  const std::string check = "bash -c 'source " + (folder.path() / "completion.bash").string() +
                            " && complete -p persklaar' > " + (folder.path() / "complete.txt").string();
  ASSERT_EQ(std::system(check.c_str()), 0);
  EXPECT_EQ(testing::read_file(folder.path() / "complete.txt"), "complete -F _persklaar persklaar\n");
}

// The manual page as man(1) shows it: formatted without a warning from groff, with its sections.
TEST(GeneratedDocumentation, TheManualPageRendersWithMan) {
  if (std::system("command -v man > /dev/null 2>&1") != 0) GTEST_SKIP() << "man is not installed (man-db)";
  testing::TemporaryFolder folder;
  folder.write("persklaar.1", persklaar({"man"}, folder).standard_output);
  const std::string render = "MANWIDTH=100 man --warnings -l " + (folder.path() / "persklaar.1").string() + " > " +
                             (folder.path() / "shown.txt").string() + " 2> " +
                             (folder.path() / "warnings.txt").string();
  ASSERT_EQ(std::system(render.c_str()), 0);
  EXPECT_EQ(testing::read_file(folder.path() / "warnings.txt"), "");
  const std::string shown = testing::read_file(folder.path() / "shown.txt");
  for (const char* part : {"NAME", "SYNOPSIS", "persklaar build MANUSCRIPT", "diagnostics", "EXIT STATUS"}) {
    EXPECT_THAT(shown, HasSubstr(part)) << part;
  }
}

}  // namespace
}  // namespace persklaar
