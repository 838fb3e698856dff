// Manuscripts that used to hang the tool or exhaust its memory, and input mistakes that used to be
// reported as internal errors: each ends in a clear message naming the file, or a correct edition in
// reasonable time.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include "tests/hostile/reproducer.h"

namespace persklaar {
namespace {

using ::testing::HasSubstr;

const std::string kHead = "---\ntitle: T\n---\n\n# H\n\n";

TEST(NonRegularFiles, AFifoIsRefusedInsteadOfWaitedOn) {
  testing::Reproducer reproducer;
  const auto fifo = reproducer.folder().path() / "pijp.md";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const auto run = reproducer.build(fifo, {}, std::chrono::seconds(20));
  EXPECT_FALSE(run.timed_out);
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_THAT(run.output, HasSubstr("pijp.md: error: is not a regular file (a pipe, device or socket)"));
}

TEST(NonRegularFiles, DevZeroBehindALinkIsRefusedInsteadOfReadForever) {
  testing::Reproducer reproducer;
  const auto link = reproducer.folder().path() / "nul.md";
  std::filesystem::create_symlink("/dev/zero", link);
  const auto run = reproducer.build(link, {}, std::chrono::seconds(20));
  EXPECT_FALSE(run.timed_out);
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_THAT(run.output, HasSubstr("nul.md: error: is not a regular file"));
}

TEST(Limits, AFileBeyondTheSizeLimitIsRefusedBeforeItIsRead) {
  testing::Reproducer reproducer;
  std::string big = kHead;
  while (big.size() <= (16u << 20)) big += std::string(999, 'a') + "\n\n";
  const auto run = reproducer.build_markdown(big, {"-t", "txt"});
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_THAT(run.output, HasSubstr("boek.md: error: the file is 16.0 MB, more than the limit of 16 MB"));
  EXPECT_THAT(run.output, HasSubstr("--limit file-size=SIZE"));
  EXPECT_THAT(reproducer.out_files(), ::testing::IsEmpty());
}

TEST(Limits, ALimitCanBeRaisedOrLoweredOnTheCommandLine) {
  testing::Reproducer reproducer;
  const std::string manuscript = kHead + "Een.\n\n# Twee\n\nTwee.\n\n# Drie\n\nDrie.\n";
  const auto refused = reproducer.build_markdown(manuscript, {"-t", "txt", "--limit", "chapters=2"});
  EXPECT_EQ(refused.exit_code, 1) << refused.output;
  EXPECT_THAT(refused.output, HasSubstr("boek.md:13:1: error: the manuscript has more than 2 chapters"));
  EXPECT_EQ(reproducer.build_markdown(manuscript, {"-t", "txt", "--limit", "chapters=3"}).exit_code, 0);
  const auto wrong = reproducer.build_markdown(manuscript, {"--limit", "kleur=rood"});
  EXPECT_EQ(wrong.exit_code, 2);
  EXPECT_THAT(wrong.output, HasSubstr("unknown limit 'kleur'"));
}

TEST(Limits, AFiftyMegabyteManuscriptIsRefusedAtOnce) {
  testing::Reproducer reproducer;
  const auto file = reproducer.folder().write("boek.md", kHead);
  std::filesystem::resize_file(file, 50u << 20);  // a sparse file: the size is what counts
  const auto run = reproducer.build(file, {}, std::chrono::seconds(20));
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_THAT(run.output, HasSubstr("boek.md: error: the file is 50 MB, more than the limit of 16 MB"));
  EXPECT_LT(run.elapsed, std::chrono::seconds(10));
  EXPECT_THAT(reproducer.out_files(), ::testing::IsEmpty());
}

TEST(Limits, AHundredThousandChaptersAreRefusedByTheChapterLimit) {
  testing::Reproducer reproducer;
  std::string manuscript = "---\ntitle: T\n---\n\n";
  for (int k = 0; k < 100000; ++k) manuscript += "# C" + std::to_string(k) + "\n\nT.\n\n";
  const auto run = reproducer.build_markdown(manuscript, {"-t", "txt"});
  EXPECT_FALSE(run.timed_out);
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_THAT(run.output, HasSubstr("boek.md:8005:1: error: the manuscript has more than 2000 chapters"));
  EXPECT_THAT(reproducer.out_files(), ::testing::IsEmpty());
}

TEST(Limits, AParagraphBeyondTheLimitIsRefusedNamingItsLine) {
  testing::Reproducer reproducer;
  std::string words;
  while (words.size() <= 64 * 1024) words += "woord ";
  const auto run = reproducer.build_markdown(kHead + "Kort.\n\n" + words + "\n", {"--limit", "paragraph=64K"});
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_THAT(run.output, HasSubstr("boek.md:9:1: error: the paragraph is 64 KB, more than the limit of 64 KB"));
}

TEST(Pathological, OneParagraphOfAMegabyteIsSetInReasonableTime) {
  testing::Reproducer reproducer;
  const char* words[] = {"kennis", "café", "bewoners", "gemeente", "ervaring", "samen", "wijk", "de", "een"};
  std::string paragraph;
  for (unsigned k = 0; paragraph.size() < (1u << 20); ++k) paragraph += std::string(words[(k * 7919) % 9]) + " ";
  const auto run = reproducer.build(reproducer.folder().write("boek.md", kHead + paragraph + "\n"), {"-t", "pdf"},
                                    std::chrono::seconds(90));
  EXPECT_FALSE(run.timed_out) << "one paragraph of 1 MB took longer than 90 s";
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_THAT(run.output, HasSubstr("boek.md:7:1: warning: the paragraph is too long to weigh its line breaks as a "
                                    "whole; it is set line by line"));
  EXPECT_THAT(reproducer.out_files(), ::testing::ElementsAre("boek.pdf"));
}

TEST(Pathological, AHundredThousandCombiningMarksAreCutToThirtyWithAWarning) {
  testing::Reproducer reproducer;
  std::string marks;
  for (int k = 0; k < 100000; ++k) marks += "\xCC\x81";  // U+0301 COMBINING ACUTE ACCENT
  const auto run = reproducer.build_markdown(kHead + "Tekst a" + marks + " b.\n", {"-t", "txt"});
  EXPECT_EQ(run.exit_code, 0) << run.output.substr(0, 2000);
  EXPECT_LT(run.elapsed, std::chrono::seconds(30));
  EXPECT_THAT(run.output, HasSubstr("boek.md:7:38: warning: more than 30 combining marks on one character"));
  std::string thirty;
  for (int k = 0; k < 30; ++k) thirty += "\xCC\x81";
  EXPECT_THAT(testing::read_file(reproducer.out() / "boek.txt"), HasSubstr("Tekst a" + thirty + " b."));
}

TEST(InputMistakes, ASymbolicLinkLoopInTheManifestIsAnInputError) {
  testing::Reproducer reproducer;
  const auto folder = reproducer.folder().path() / "boek";
  reproducer.folder().write("boek/manuscript.yaml", "title: Boek\nchapters:\n  - een.md\n");
  std::filesystem::create_symlink("twee.md", folder / "een.md");
  std::filesystem::create_symlink("een.md", folder / "twee.md");
  const auto run = reproducer.build(folder);
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_THAT(run.output, HasSubstr("manuscript.yaml:3:5: error: the manifest names 'een.md', a loop of symbolic"));
}

TEST(InputMistakes, ASymbolicLinkLoopAsTheManuscriptIsAnInputError) {
  testing::Reproducer reproducer;
  const auto link = reproducer.folder().path() / "rond.md";
  std::filesystem::create_symlink("rond.md", link);
  const auto run = reproducer.build(link);
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_THAT(run.output, HasSubstr("rond.md: error: is a loop of symbolic links"));
}

TEST(InputMistakes, ANonScalarMetadataKeyIsAnInputError) {
  testing::Reproducer reproducer;
  const auto run = reproducer.build_markdown("---\ntitle: T\n[a, b]: c\n---\n\n# H\n");
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_THAT(run.output, HasSubstr("boek.md:3:1: error: a metadata key must be a plain name"));
}

}  // namespace
}  // namespace persklaar
