// House fonts: a layout names font files (or a folder of them) beside it, and its roles may then use
// their families; the PDF embeds them and the e-book carries them. A house font that is missing or
// is no font, and a family neither the bundled nor the house fonts have, are clear errors before
// anything is written.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <poppler-document.h>
#include <poppler-font.h>
#include <zip.h>

#include <memory>
#include <regex>

#include "tests/cli/cli_run.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

using testing::CliRun;
using ::testing::HasSubstr;
using ::testing::Not;

// An OFL face from Debian (fonts-dejavu-core) stands in for a house font: a family the bundled fonts
// do not have.
const std::filesystem::path kHouseFont = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";

constexpr const char* kBook =
    "---\ntitle: Huisstijl\nlanguage: nl\n---\n# Eerste hoofdstuk\n\n## Inleiding\n\nEen alinea in de letter van het "
    "huis.\n";

class HouseFonts : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(kHouseFont)) GTEST_SKIP() << "missing " << kHouseFont << " (fonts-dejavu-core)";
    folder_.write("boek.md", kBook);
  }
  // The A4 layout with `fonts` added before its roles and the body set in `body_family`.
  void write_layout(const std::string& fonts, const std::string& body_family) const {
    std::string layout = testing::read_file(testing::source_dir() / "layouts" / "magazine-a4.xml");
    const std::size_t roles = layout.find("  <role ");
    layout.insert(roles, fonts + "\n");
    const std::regex body(R"((<role name="body"\s+family=")[^"]*")");
    layout = std::regex_replace(layout, body, "$1" + body_family + "\"");
    folder_.write("huisstijl/layout.xml", layout);
  }
  void add_house_font(const std::string& name) const {
    std::filesystem::create_directories(folder_.path() / "huisstijl" / "fonts");
    std::filesystem::copy_file(kHouseFont, folder_.path() / "huisstijl" / "fonts" / name);
  }
  CliRun build(const std::string& formats) const {
    return testing::persklaar({"build", "boek.md", "--layout", "huisstijl/layout.xml", "-t", formats, "-o", "uit/"},
                              folder_);
  }
  bool nothing_written() const { return !std::filesystem::exists(folder_.path() / "uit"); }
  testing::TemporaryFolder folder_;
};

TEST_F(HouseFonts, AFolderOfFontsBesideTheLayoutSetsTheBodyInTheHouseFace) {
  add_house_font("DejaVuSerif.ttf");
  write_layout(R"(  <font folder="fonts"/>)", "DejaVu Serif");
  const CliRun made = build("pdf,epub");
  ASSERT_EQ(made.exit_code, 0) << made.output;

  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_file((folder_.path() / "uit" / "boek.pdf").string()));
  ASSERT_TRUE(pdf);
  std::vector<std::string> fonts;
  for (const poppler::font_info& font : pdf->fonts()) fonts.push_back(font.name());
  EXPECT_THAT(fonts, ::testing::Contains(HasSubstr("DejaVuSerif"))) << "the PDF embeds the house face";
  EXPECT_THAT(fonts, Not(::testing::Contains(HasSubstr("CharisSIL")))) << "no body text falls back to Charis";

  int error = 0;
  zip_t* epub = zip_open((folder_.path() / "uit" / "boek.epub").c_str(), ZIP_RDONLY, &error);
  ASSERT_NE(epub, nullptr);
  EXPECT_GE(zip_name_locate(epub, "EPUB/fonts/DejaVuSerif.ttf", 0), 0) << "the e-book carries the house face";
  zip_discard(epub);
}

TEST_F(HouseFonts, ANamedFontFileIsUsedAndItsFamilyListedWhenAnotherIsMisspelt) {
  add_house_font("Huis-Regular.ttf");
  write_layout(R"(  <font file="fonts/Huis-Regular.ttf"/>)", "DejaVu Serif");
  EXPECT_EQ(build("pdf").exit_code, 0);

  std::filesystem::remove_all(folder_.path() / "uit");
  write_layout(R"(  <font file="fonts/Huis-Regular.ttf"/>)", "DejaVu Sans");
  const CliRun refused = build("txt");
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_THAT(refused.output, HasSubstr("layout.xml:"));
  EXPECT_THAT(refused.output, HasSubstr("error: no bundled or house font has the family 'DejaVu Sans'"));
  EXPECT_THAT(refused.output, HasSubstr("'DejaVu Serif'"));
  EXPECT_THAT(refused.output, HasSubstr("'Charis SIL'"));
  EXPECT_TRUE(nothing_written());
}

TEST_F(HouseFonts, AMissingOrUnreadableHouseFontIsAnErrorNamingItAndNothingIsWritten) {
  folder_.write("huisstijl/fonts/lees-mij.ttf", "Dit is geen lettertype maar een notitie.\n");
  std::filesystem::create_directories(folder_.path() / "huisstijl" / "leeg");
  const struct {
    std::string font;
    std::string message;
  } cases[] = {
      {R"(  <font file="fonts/Weg.ttf"/>)", "cannot use the house font 'fonts/Weg.ttf': no such file or folder"},
      {R"(  <font file="fonts/lees-mij.ttf"/>)",
       "cannot use the house font 'fonts/lees-mij.ttf': it is not a font fontconfig can read"},
      {R"(  <font folder="leeg"/>)", "cannot use the house font 'leeg': the folder holds no font"},
      {R"(  <font folder="fonts/lees-mij.ttf"/>)", "the house font folder 'fonts/lees-mij.ttf' is a file"},
      {R"(  <font/>)", "<font> names either a file or a folder"},
  };
  for (const auto& bad : cases) {
    write_layout(bad.font, "Charis SIL");
    const CliRun refused = build("pdf,txt");
    EXPECT_EQ(refused.exit_code, 1) << bad.font << "\n" << refused.output;
    EXPECT_THAT(refused.output, ::testing::ContainsRegex("layout\\.xml:[0-9]+: error: "));
    EXPECT_THAT(refused.output, HasSubstr(bad.message));
    EXPECT_THAT(refused.output, HasSubstr("hint: "));
    EXPECT_THAT(refused.output, Not(HasSubstr("internal error")));
    EXPECT_TRUE(nothing_written()) << bad.font;
  }
}

}  // namespace
}  // namespace persklaar
