// Pieces of the EPUB plugin tested on their own: the build time and its zip form, and the colour
// adjustment that keeps text readable.
#include <gtest/gtest.h>

#include "plugins/epub/build_time.h"
#include "plugins/epub/stylesheet.h"

namespace persklaar::epub {
namespace {

Metadata dated(const std::string& date) {
  Metadata metadata;
  metadata.date = date;
  return metadata;
}

TEST(BuildTime, IsSourceDateEpochWhenSetAndOtherwiseThePublicationDate) {
  EXPECT_EQ(build_time(dated("2019-12"), "1700000000"), 1700000000);
  EXPECT_EQ(iso8601_utc(build_time(dated("2019-12"), nullptr)), "2019-12-01T00:00:00Z");
  EXPECT_EQ(iso8601_utc(build_time(dated("2019"), nullptr)), "2019-01-01T00:00:00Z");
  EXPECT_EQ(iso8601_utc(build_time(dated("2020-02-29"), nullptr)), "2020-02-29T00:00:00Z");
  EXPECT_EQ(iso8601_utc(build_time(dated(""), nullptr)), "1980-01-01T00:00:00Z");
  EXPECT_EQ(iso8601_utc(1700000000), "2023-11-14T22:13:20Z");
}

TEST(BuildTime, ABadSourceDateEpochIsAnError) {
  EXPECT_THROW(build_time(dated("2019"), "gisteren"), InputError);
  EXPECT_THROW(build_time(dated("2019"), "-5"), InputError);
  EXPECT_THROW(build_time(dated("2019"), ""), InputError);
}

TEST(BuildTime, ZipEntriesCarryItInUtcAndNeverBefore1980) {
  const DosTime time = dos_time(1700000000);  // 2023-11-14 22:13:20
  EXPECT_EQ(time.date, ((2023 - 1980) << 9) | (11 << 5) | 14);
  EXPECT_EQ(time.time, (22 << 11) | (13 << 5) | (20 / 2));
  const DosTime early = dos_time(0);
  EXPECT_EQ(early.date, (0 << 9) | (1 << 5) | 1);
  EXPECT_EQ(early.time, 0);
}

TEST(ReadableColour, KeepsAColourThatIsReadableAndDarkensOneThatIsNot) {
  const Color white{1, 1, 1};
  const Color teal = parse_color("#00747a");
  EXPECT_EQ(readable_on(teal, white).hex(), "#00747a");
  const Color yellow = parse_color("#f0c020");
  const Color darker = readable_on(yellow, white);
  EXPECT_NE(darker.hex(), yellow.hex());
  EXPECT_LT(darker.red, yellow.red);
  EXPECT_GT(darker.red / darker.green, yellow.red / yellow.green - 0.01);  // the same hue
}

}  // namespace
}  // namespace persklaar::epub
