// Layouts as data: the bundled layouts load, and a broken layout file is reported with its file and
// line and what is wrong.
#include "core/layout/layout_spec.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

// A small valid layout; `extra` goes on line 10, before the closing tag.
std::string layout_with(const std::string& extra) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"                                     // 1
         "<layout name=\"test\" version=\"1\">\n"                                           // 2
         "  <page width=\"148mm\" height=\"210mm\" facing=\"true\"/>\n"                     // 3
         "  <margins top=\"18mm\" bottom=\"20mm\" inner=\"18mm\" outer=\"14mm\"/>\n"        // 4
         "  <columns count=\"1\" gutter=\"0pt\"/>\n"                                        // 5
         "  <grid baseline=\"12.5pt\"/>\n"                                                  // 6
         "  <role name=\"body\" family=\"Charis SIL\" size=\"9pt\" leading=\"12.5pt\"/>\n"  // 7
         "  <chapter color=\"#00747a\"/>\n"                                                 // 8
         "  <accent color=\"#1f3b57\"/>\n"                                                  // 9
         + extra +                                                                          // 10
         "\n</layout>\n";
}

// The diagnostic of loading `xml` from a file, which must fail.
Diagnostic load_error(const std::string& xml, const testing::TemporaryFolder& folder) {
  const std::filesystem::path file = folder.write("broken.xml", xml);
  try {
    load_layout(file);
  } catch (const InputError& error) {
    return error.diagnostic();
  }
  ADD_FAILURE() << "loaded without an error:\n" << xml;
  return {};
}

struct BrokenCase {
  const char* what;
  const char* line;     // the tenth line of the layout
  const char* message;  // part of the message
};

void PrintTo(const BrokenCase& c, std::ostream* out) {
  *out << c.what;
}

class BrokenLayout : public ::testing::TestWithParam<BrokenCase> {};

TEST_P(BrokenLayout, IsReportedWithFileAndLine) {
  const BrokenCase& c = GetParam();
  testing::TemporaryFolder folder;
  const Diagnostic error = load_error(layout_with(c.line), folder);
  EXPECT_EQ(error.severity, Severity::error);
  EXPECT_EQ(error.where.file_name(), (folder.path() / "broken.xml").string());
  EXPECT_EQ(error.where.line, 10) << error.to_string();
  EXPECT_NE(error.message.find(c.message), std::string::npos) << error.to_string();
}

INSTANTIATE_TEST_SUITE_P(
    Cases, BrokenLayout,
    ::testing::Values(
        BrokenCase{"unknown element", "  <sidebar width=\"40mm\"/>", "unknown element <sidebar>"},
        BrokenCase{"unknown attribute", "  <columns count=\"2\" gap=\"6mm\"/>", "unknown attribute 'gap' on <columns>"},
        BrokenCase{"bad length", "  <grid baseline=\"12px\"/>", "baseline=\"12px\""},
        BrokenCase{"length without unit", "  <margins top=\"18\"/>", "top=\"18\""},
        BrokenCase{"bad colour", "  <accent color=\"#12345\"/>", "color=\"#12345\""},
        BrokenCase{"colour name", "  <chapter color=\"teal\"/>", "color=\"teal\""},
        BrokenCase{"bad role colour",
                   "  <role name=\"caption\" family=\"Inter\" size=\"7pt\" leading=\"9pt\" color=\"red\"/>",
                   "color 'red'"},
        BrokenCase{"unknown role", "  <role name=\"sidebar\" family=\"Inter\" size=\"7pt\"/>",
                   "unknown font role 'sidebar'"},
        BrokenCase{"unknown role attribute",
                   "  <role name=\"caption\" family=\"Inter\" size=\"7pt\" tracking=\"0.1\"/>",
                   "unknown attribute 'tracking' on <role>"},
        BrokenCase{"bad weight", "  <role name=\"caption\" family=\"Inter\" weight=\"heavy\"/>", "weight 'heavy'"},
        BrokenCase{"bad boolean", "  <paragraph justify=\"maybe\"/>", "justify=\"maybe\""},
        BrokenCase{"unknown cover attribute", "  <cover logo-size=\"20mm\"/>",
                   "unknown attribute 'logo-size' on <cover>"},
        BrokenCase{"unknown logo corner", "  <cover logo=\"middle\"/>", "unknown logo corner 'middle'"},
        BrokenCase{"scrim opacity out of range", "  <cover scrim-opacity=\"1.5\"/>", "scrim-opacity"},
        BrokenCase{"unknown note place", "  <notes place=\"margin\"/>", "unknown note place 'margin' on <notes>"},
        BrokenCase{"unknown notes attribute", "  <notes at=\"chapter-end\"/>", "unknown attribute 'at' on <notes>"}),
    [](const ::testing::TestParamInfo<BrokenCase>& info) {
      std::string name = info.param.what;
      for (char& c : name) {
        if (c == ' ') c = '_';
      }
      return name;
    });

TEST(LayoutFile, TheValidTestLayoutLoads) {
  testing::TemporaryFolder folder;
  const LayoutSpec spec = load_layout(folder.write("fine.xml", layout_with("")));
  EXPECT_EQ(spec.name, "test");
  EXPECT_DOUBLE_EQ(spec.page.baseline, 12.5);
  EXPECT_EQ(spec.roles.body.family, "Charis SIL");
}

TEST(LayoutFile, BrokenXmlIsReportedWithItsLine) {
  testing::TemporaryFolder folder;
  const Diagnostic error = load_error(layout_with("  <grid baseline=\"13pt\">"), folder);
  EXPECT_NE(error.message.find("broken XML"), std::string::npos) << error.to_string();
  EXPECT_GE(error.where.line, 10) << error.to_string();
}

TEST(LayoutFile, AMissingFileIsReported) {
  testing::TemporaryFolder folder;
  try {
    load_layout(folder.path() / "absent.xml");
    FAIL() << "no error";
  } catch (const InputError& error) {
    EXPECT_EQ(error.diagnostic().where.file_name(), (folder.path() / "absent.xml").string());
  }
}

TEST(LayoutFile, AGeometryWithoutRoomForTextIsRefused) {
  testing::TemporaryFolder folder;
  const Diagnostic error = load_error(layout_with("  <columns count=\"6\" gutter=\"10mm\"/>"), folder);
  EXPECT_NE(error.message.find("columns"), std::string::npos) << error.to_string();
}

TEST(LayoutFile, BothBundledLayoutsLoad) {
  const LayoutSpec magazine = load_layout(testing::source_dir() / "layouts" / "magazine-a4.xml");
  EXPECT_EQ(magazine.name, "magazine-a4");
  EXPECT_NEAR(magazine.page.width, 595.28, 0.01);
  EXPECT_NEAR(magazine.page.height, 841.89, 0.01);
  EXPECT_EQ(magazine.page.columns, 2);
  EXPECT_DOUBLE_EQ(magazine.page.baseline, 13);
  EXPECT_TRUE(magazine.page.facing);
  EXPECT_EQ(magazine.chapter_colors.size(), 7u);
  EXPECT_EQ(magazine.chapter_color(8).hex(), magazine.chapter_color(1).hex()) << "the colours repeat";
  EXPECT_EQ(magazine.roles.body.family, "Charis SIL");
  EXPECT_EQ(magazine.roles.heading1.weight, 700);
  EXPECT_TRUE(magazine.roles.heading1.chapter_color);
  EXPECT_TRUE(magazine.roles.testimonial.italic);
  EXPECT_TRUE(magazine.roles.running_head.uppercase);
  EXPECT_EQ(magazine.paragraph.max_hyphenated_lines, 2);
  EXPECT_EQ(magazine.accent.hex(), "#1f3b57");
  EXPECT_EQ(magazine.note_place, NotePlace::column_foot);

  const LayoutSpec pocket = load_layout(testing::source_dir() / "layouts" / "pocket-a5.xml");
  EXPECT_EQ(pocket.name, "pocket-a5");
  EXPECT_NEAR(pocket.page.width, 419.53, 0.01);
  EXPECT_EQ(pocket.page.columns, 1);
  EXPECT_DOUBLE_EQ(pocket.page.baseline, 12.5);
  EXPECT_DOUBLE_EQ(pocket.paragraph.first_line_indent, 0);
  EXPECT_DOUBLE_EQ(pocket.paragraph.paragraph_spacing, 6.25);
}

// Body leading is the grid in both layouts, so body lines follow each other on the grid.
TEST(LayoutFile, BundledLayoutsSetBodyTextOnTheirGrid) {
  for (const char* name : {"magazine-a4.xml", "pocket-a5.xml"}) {
    const LayoutSpec spec = load_layout(testing::source_dir() / "layouts" / name);
    EXPECT_DOUBLE_EQ(spec.roles.body.leading, spec.page.baseline) << name;
    EXPECT_DOUBLE_EQ(spec.roles.testimonial.leading, spec.page.baseline) << name;
  }
}

TEST(ParseLength, ReadsPointsMillimetresCentimetresAndInches) {
  EXPECT_DOUBLE_EQ(parse_length("12pt"), 12);
  EXPECT_DOUBLE_EQ(parse_length("9.5pt"), 9.5);
  EXPECT_DOUBLE_EQ(parse_length("25.4mm"), 72);
  EXPECT_NEAR(parse_length("210mm"), 595.2756, 1e-4);
  EXPECT_DOUBLE_EQ(parse_length("2.54cm"), 72);
  EXPECT_DOUBLE_EQ(parse_length("1in"), 72);
  EXPECT_DOUBLE_EQ(parse_length("0.5in"), 36);
  EXPECT_DOUBLE_EQ(parse_length("0pt"), 0);
}

TEST(ParseLength, RefusesOtherUnitsAndNumbersAlone) {
  for (const char* text : {"12px", "12", "12em", "pt", "", "12 pt", "12ptx", "twelve"}) {
    EXPECT_THROW(parse_length(text), std::invalid_argument) << "'" << text << "'";
  }
}

TEST(ParseColor, ReadsShortAndLongHex) {
  EXPECT_EQ(parse_color("#1a2b3c").hex(), "#1a2b3c");
  EXPECT_EQ(parse_color("#1A2B3C").hex(), "#1a2b3c");
  EXPECT_EQ(parse_color("#fff").hex(), "#ffffff");
  EXPECT_DOUBLE_EQ(parse_color("#000").red, 0);
  EXPECT_DOUBLE_EQ(parse_color("#ff0000").red, 1);
}

TEST(ParseColor, RefusesWhatIsNotHex) {
  for (const char* text : {"red", "#12345", "#1234567", "#ggg", "123456", ""}) {
    EXPECT_THROW(parse_color(text), std::invalid_argument) << "'" << text << "'";
  }
}

}  // namespace
}  // namespace persklaar
