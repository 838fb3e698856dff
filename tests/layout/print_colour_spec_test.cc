// A layout's print colours: `cmyk` beside each colour, checked when the layout is read.
#include <gtest/gtest.h>

#include "core/layout/layout_spec.h"
#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

std::string layout_with_colours(const std::string& chapter, const std::string& accent) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<layout name=\"test\" version=\"1\">\n"
         "  <page width=\"148mm\" height=\"210mm\"/>\n"
         "  <role name=\"body\" family=\"Charis SIL\" size=\"9pt\" leading=\"12.5pt\" color=\"#1c1c1c\" cmyk=\"0 0 0 "
         "100\"/>\n  <chapter " +
         chapter + "/>\n  <accent " + accent + "/>\n</layout>\n";
}

std::string error_of(const std::string& xml) {
  testing::TemporaryFolder folder;
  try {
    load_layout(folder.write("layout.xml", xml));
  } catch (const InputError& error) {
    return error.diagnostic().to_string();
  }
  return "";
}

TEST(PrintColours, CmykIsReadAsFractionsBesideTheScreenColour) {
  testing::TemporaryFolder folder;
  const LayoutSpec spec = load_layout(
      folder.write("layout.xml", layout_with_colours("color=\"#00747a\" cmyk=\"90 20 45 10\"", "color=\"#1f3b57\"")));
  ASSERT_TRUE(spec.chapter_colors.front().cmyk.has_value());
  EXPECT_EQ(*spec.chapter_colors.front().cmyk, (Cmyk{0.9, 0.2, 0.45, 0.1}));
  EXPECT_EQ(*spec.roles.body.color.cmyk, (Cmyk{0, 0, 0, 1}));
  EXPECT_FALSE(spec.accent.cmyk.has_value()) << "no cmyk: the print edition converts it through the profile";
  EXPECT_EQ(spec.print.identifier, "FOGRA39");
}

TEST(PrintColours, BadValuesAreRefusedWithTheirLine) {
  EXPECT_NE(
      error_of(layout_with_colours("color=\"#00747a\" cmyk=\"90 20 45\"", "color=\"#1f3b57\"")).find(":5: error:"),
      std::string::npos);
  EXPECT_NE(error_of(layout_with_colours("color=\"#00747a\" cmyk=\"90 20 45 120\"", "color=\"#1f3b57\"")).find("cmyk"),
            std::string::npos);
  EXPECT_NE(error_of(layout_with_colours("color=\"#00747a\" cmyk=\"90 90 90 50\"", "color=\"#1f3b57\"")).find("cmyk"),
            std::string::npos)
      << "320 % total coverage";
}

TEST(PrintColours, OneScreenColourCannotHaveTwoPrintColours) {
  const std::string error =
      error_of(layout_with_colours("color=\"#00747a\" cmyk=\"90 20 45 10\"", "color=\"#00747a\" cmyk=\"100 0 0 0\""));
  EXPECT_NE(error.find("#00747a is given two different cmyk values"), std::string::npos) << error;
}

TEST(PrintColours, EveryColourOfTheBundledLayoutsHasItsPrintValue) {
  for (const char* name : {"magazine-a4.xml", "pocket-a5.xml"}) {
    const LayoutSpec spec = load_layout(testing::source_dir() / "layouts" / name);
    for (const Color& color : spec.colors()) EXPECT_TRUE(color.cmyk.has_value()) << name << " " << color.hex();
    EXPECT_EQ(*spec.roles.body.color.cmyk, (Cmyk{0, 0, 0, 1})) << "black text is black ink alone";
    EXPECT_EQ(*spec.roles.folio.color.cmyk, (Cmyk{0, 0, 0, 1}));
  }
}

}  // namespace
}  // namespace persklaar
