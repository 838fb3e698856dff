// The zip-bomb limits every packed manuscript goes through, checked where a real package would take
// hundreds of megabytes to make: the whole package's unpacked size, and headers that lie.
#include "core/input/archive_limits.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <functional>

#include "core/diagnostics/diagnostic.h"

namespace persklaar {
namespace {

using ::testing::HasSubstr;

std::string refusal(const std::function<void()>& step) {
  try {
    step();
  } catch (const InputError& error) {
    return error.diagnostic().to_string();
  }
  return "";
}

TEST(ArchiveLimits, EntriesEachBelowTheirLimitMayNotTogetherExceedThePackageLimit) {
  ArchiveBudget budget("boek.docx");
  const std::uintmax_t part = 60u << 20;
  for (int k = 0; k < 4; ++k) {
    const std::string name = "word/media/deel" + std::to_string(k) + ".bin";
    budget.check_declared(name, part, part / 2);
    budget.count(name, part, part);
  }
  EXPECT_THAT(refusal([&] { budget.check_declared("word/media/deel4.bin", part, part / 2); }),
              HasSubstr("'word/media/deel4.bin' would bring the package beyond 256 MB uncompressed"));
  EXPECT_THAT(refusal([&] { budget.count("word/media/deel4.bin", part, part); }),
              HasSubstr("'word/media/deel4.bin' brings the package beyond 256 MB uncompressed"));
}

TEST(ArchiveLimits, AnEntryLargerThanItsHeaderSaidIsStoppedWhileUnpacked) {
  ArchiveBudget budget("boek.docx");
  budget.check_declared("word/document.xml", 1000, 500);  // the header claims a small part
  std::uintmax_t unpacked = 0;
  const std::string message = refusal([&] {
    for (;;) {
      unpacked += 1u << 20;
      budget.count("word/document.xml", 1u << 20, unpacked);
    }
  });
  EXPECT_THAT(message, HasSubstr("'word/document.xml' is larger than 64 MB uncompressed"));
  EXPECT_EQ(unpacked, (64u << 20) + (1u << 20));
}

TEST(ArchiveLimits, DeclaredSizesAndRatiosAreCheckedBeforeUnpacking) {
  const ArchiveBudget budget("boek.docx");
  EXPECT_THAT(refusal([&] { budget.check_declared("groot.bin", 65u << 20, 64u << 20); }),
              HasSubstr("'groot.bin' is larger than 64 MB uncompressed"));
  EXPECT_THAT(refusal([&] { budget.check_declared("nullen.bin", 10u << 20, 10000); }),
              HasSubstr("'nullen.bin' grows more than 100 times when uncompressed"));
  EXPECT_THAT(refusal([&] { budget.check_entry_count(10001); }), HasSubstr("holds 10001 entries"));
  EXPECT_EQ(refusal([&] {
              budget.check_entry_count(10000);
              budget.check_declared("word/document.xml", 1u << 20, 1u << 16);
              budget.check_declared("word/document.xml", 2u << 20, 1000);  // a small entry: any ratio
            }),
            "");
}

}  // namespace
}  // namespace persklaar
