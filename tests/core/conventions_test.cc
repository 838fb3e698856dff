#include <gtest/gtest.h>

#include "core/conventions/section_kind.h"
#include "core/conventions/testimonial.h"
#include "core/model/dump.h"

namespace persklaar {
namespace {

TEST(SectionKind, ComesFromDutchOrEnglishTitles) {
  EXPECT_EQ(section_kind_from_title("Inleiding"), SectionKind::introduction);
  EXPECT_EQ(section_kind_from_title("introduction"), SectionKind::introduction);
  EXPECT_EQ(section_kind_from_title("Bijeenkomst"), SectionKind::meeting_report);
  EXPECT_EQ(section_kind_from_title("Bijeenkomst II"), SectionKind::meeting_report);
  EXPECT_EQ(section_kind_from_title("Meeting report"), SectionKind::meeting_report);
  EXPECT_EQ(section_kind_from_title("Ervaringen"), SectionKind::experiences);
  EXPECT_EQ(section_kind_from_title("Experiences:"), SectionKind::experiences);
  EXPECT_EQ(section_kind_from_title("Ervaringen van bewoners"), SectionKind::generic);
  EXPECT_EQ(section_kind_from_title("Bijeenkomsten in de wijk"), SectionKind::generic);
}

TEST(SectionKind, AnExplicitClassWinsOverTheTitle) {
  Attributes attributes;
  attributes.classes = {"meeting"};
  EXPECT_EQ(section_kind_of(attributes, "Terugblik"), SectionKind::meeting_report);
  attributes.classes = {"generic"};
  EXPECT_EQ(section_kind_of(attributes, "Inleiding"), SectionKind::generic);
}

TEST(Matter, FrontAndBackClasses) {
  Attributes attributes;
  EXPECT_EQ(matter_of(attributes), Matter::body);
  attributes.classes = {"front"};
  EXPECT_EQ(matter_of(attributes), Matter::front);
  attributes.classes = {"x", "back"};
  EXPECT_EQ(matter_of(attributes), Matter::back);
}

Block paragraph(Inlines content) {
  return Block{Paragraph{std::move(content)}, {}, {}};
}
Inline text(std::string value) {
  return Inline{Text{std::move(value)}, {}};
}
Inline soft() {
  return Inline{SoftBreak{}, {}};
}

TEST(Testimonial, TheLastParagraphNamesPersonAndRole) {
  const Blocks quote = {paragraph({text("“Mooi.”")}), paragraph({text("— Erna de Vos - bewoner en vrijwilliger")})};
  const auto testimonial = testimonial_from_quote(quote);
  ASSERT_TRUE(testimonial);
  EXPECT_EQ(dump(testimonial->person), "\"Erna de Vos\"");
  EXPECT_EQ(dump(testimonial->role), "\"bewoner en vrijwilliger\"");
  EXPECT_EQ(dump(testimonial->content), "Para [\"“Mooi.”\"]\n");
}

TEST(Testimonial, TheAttributionMayBeTheLastLineOfTheLastParagraph) {
  const Blocks quote = {paragraph({text("“Mooi.”"), soft(), text("— Berthy Prins – bewoner")})};
  const auto testimonial = testimonial_from_quote(quote);
  ASSERT_TRUE(testimonial);
  EXPECT_EQ(dump(testimonial->person), "\"Berthy Prins\"");
  EXPECT_EQ(dump(testimonial->role), "\"bewoner\"");
  EXPECT_EQ(dump(testimonial->content), "Para [\"“Mooi.”\"]\n");
}

TEST(Testimonial, HyphenatedNamesAreNotSplitAndARoleIsOptional) {
  const Blocks quote = {paragraph({text("Tekst")}), paragraph({text("— Conny van Leeuwen-Wentinck")})};
  const auto testimonial = testimonial_from_quote(quote);
  ASSERT_TRUE(testimonial);
  EXPECT_EQ(dump(testimonial->person), "\"Conny van Leeuwen-Wentinck\"");
  EXPECT_TRUE(testimonial->role.empty());
}

TEST(Testimonial, AQuoteWithoutAttributionStaysAQuote) {
  EXPECT_FALSE(testimonial_from_quote({paragraph({text("Gewoon een citaat.")})}));
  EXPECT_FALSE(testimonial_from_quote({paragraph({text("Een — streepje midden in de tekst.")})}));
  EXPECT_FALSE(testimonial_from_quote({paragraph({text("— alleen een naam")})}));
  EXPECT_FALSE(testimonial_from_quote({}));
}

}  // namespace
}  // namespace persklaar
