// Hostile Word documents: the Word reader goes through the same checks as the Markdown reader (only
// regular files, the file-size limit, nesting depth, paragraph size, runs of combining marks) and
// through the zip-bomb limits every packed manuscript has (core/input/archive_limits.h). Each ends in
// a clear message or a correct edition, and leaves nothing in the output folder when refused.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <random>

#include "tests/docx/word_package.h"
#include "tests/hostile/reproducer.h"

namespace persklaar {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;

const std::string kTitle = "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>Titel</w:t></w:r></w:p>";

std::string paragraph(const std::string& text) {
  return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

// A Word document of `body` (after the title) written into the reproducer's folder.
std::filesystem::path word_document(const testing::Reproducer& reproducer, const std::string& body,
                                    testing::PackageEntries extra = {}) {
  auto entries = testing::minimal_docx(kTitle + body);
  entries.insert(entries.end(), extra.begin(), extra.end());
  const auto file = reproducer.folder().path() / "boek.docx";
  testing::write_zip(file, entries);
  return file;
}

void expect_refused(const testing::CliRun& run, const testing::Reproducer& reproducer, const std::string& message) {
  EXPECT_FALSE(run.timed_out);
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_THAT(run.output, HasSubstr(message));
  EXPECT_THAT(run.output, HasSubstr("hint: "));
  EXPECT_THAT(reproducer.out_files(), IsEmpty());
}

TEST(HostileWord, AFifoIsRefusedInsteadOfWaitedOn) {
  testing::Reproducer reproducer;
  const auto fifo = reproducer.folder().path() / "pijp.docx";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  expect_refused(reproducer.build(fifo, {}, std::chrono::seconds(20)), reproducer,
                 "pijp.docx: error: is not a regular file (a pipe, device or socket)");
}

TEST(HostileWord, AFileBeyondTheSizeLimitIsRefusedBeforeItIsRead) {
  testing::Reproducer reproducer;
  std::mt19937 random(8);  // noise does not compress, so the file stays as large as its content
  std::string noise;
  while (noise.size() < 100000) noise += static_cast<char>(random());
  const auto file = word_document(reproducer, paragraph("Tekst."), {{"word/media/ruis.bin", noise}});
  expect_refused(reproducer.build(file, {"--limit", "file-size=64K"}), reproducer,
                 "boek.docx: error: the file is 99 KB, more than the limit of 64 KB");
}

TEST(HostileWord, APackageOfTooManyEntriesIsAZipBomb) {
  testing::Reproducer reproducer;
  testing::PackageEntries many;
  for (int k = 0; k <= 10000; ++k) many.emplace_back("word/media/leeg" + std::to_string(k) + ".bin", "x");
  const auto file = word_document(reproducer, paragraph("Tekst."), many);
  expect_refused(reproducer.build(file, {"-t", "txt"}), reproducer,
                 "boek.docx: error: refused: the package holds 10004 entries, more than the limit of 10000");
}

TEST(HostileWord, ElementsNestedBeyondTheDepthLimitAreRefused) {
  testing::Reproducer reproducer;
  std::string deep;
  for (int k = 0; k < 150; ++k) deep += "<w:sdt><w:sdtContent>";
  deep += paragraph("Diep.");
  for (int k = 0; k < 150; ++k) deep += "</w:sdtContent></w:sdt>";
  expect_refused(reproducer.build(word_document(reproducer, deep), {"-t", "txt"}), reproducer,
                 "error: elements in part 'word/document.xml' are nested more than 100 levels deep");
}

TEST(HostileWord, AParagraphBeyondTheLimitIsRefusedNamingItsPartAndLine) {
  testing::Reproducer reproducer;
  std::string words;
  while (words.size() <= 64 * 1024) words += "woord ";
  const auto file = word_document(reproducer, "\n" + paragraph("Kort.") + "\n" + paragraph(words));
  expect_refused(reproducer.build(file, {"-t", "txt", "--limit", "paragraph=64K"}), reproducer,
                 "boek.docx (word/document.xml):6: error: the paragraph is 64 KB, more than the limit of 64 KB");
}

TEST(HostileWord, CombiningMarksBeyondThirtyOnOneLetterAreCutWithAWarning) {
  testing::Reproducer reproducer;
  std::string marks = "a";
  for (int k = 0; k < 100000; ++k) marks += "\xCC\x81";  // U+0301 COMBINING ACUTE ACCENT
  const auto file = word_document(reproducer, paragraph("Voor " + marks + " na."));
  const auto run = reproducer.build(file, {"-t", "txt,pdf"}, std::chrono::seconds(60));
  EXPECT_FALSE(run.timed_out);
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_THAT(run.output, HasSubstr("warning: more than 30 combining marks on one character; the rest are left out"));
  EXPECT_LT(run.elapsed, std::chrono::seconds(20));
  const std::string text = testing::read_file(reproducer.out() / "boek.txt");
  EXPECT_THAT(text, HasSubstr("Voor a" + std::string(marks, 1, 60) + " na."));
  EXPECT_THAT(reproducer.out_files(), ::testing::ElementsAre("boek.pdf", "boek.txt"));
}

TEST(HostileWord, OneParagraphOfAMegabyteIsReadAndSetInReasonableTime) {
  testing::Reproducer reproducer;
  const char* words[] = {"kennis", "café", "bewoners", "gemeente", "ervaring", "samen", "wijk", "de", "een"};
  std::string text;
  for (unsigned k = 0; text.size() < (1u << 20); ++k) text += std::string(words[(k * 7919) % 9]) + " ";
  const auto run =
      reproducer.build(word_document(reproducer, paragraph(text)), {"-t", "pdf"}, std::chrono::seconds(90));
  EXPECT_FALSE(run.timed_out) << "one paragraph of 1 MB took longer than 90 s";
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_THAT(reproducer.out_files(), ::testing::ElementsAre("boek.pdf"));
}

}  // namespace
}  // namespace persklaar
