// Unsafe content never reaches an edition: links that run code, files from outside the
// manuscript's folder, files whose bytes are not what their name says, and SVG that carries a
// DOCTYPE, entities, scripts, event handlers or external references.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/input/image_file.h"
#include "core/input/resource_access.h"
#include "core/input/svg_cleaner.h"
#include "core/passes/safe_links.h"
#include "tests/hostile/reproducer.h"
#include "tests/support/pipeline.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(SafeLinks, OnlyWebMailTelephoneAnchorsAndRelativeAddressesAreKept) {
  for (const char* safe : {"https://example.org", "HTTP://x", "mailto:a@b.nl", "tel:+31101234567", "#inleiding",
                           "hoofdstuk-2.md", "/pad/naar"}) {
    EXPECT_TRUE(is_safe_link(safe)) << safe;
  }
  for (const char* unsafe : {"javascript:alert(1)", "JavaScript:x", "java\tscript:x", " data:text/html,x",
                             "file:///etc/passwd", "vbscript:x", "c:\\windows"}) {
    EXPECT_FALSE(is_safe_link(unsafe)) << unsafe;
  }
}

TEST(SafeLinks, AnUnsafeLinkLeavesItsTextAndAWarningInEveryEdition) {
  testing::Reproducer reproducer;
  const auto run = reproducer.build_markdown(
      "---\ntitle: T\n---\n\n# H\n\nEen [klik hier](javascript:alert(1)) en [data](data:text/html,x) en "
      "[web](https://example.org).\n",
      {"-t", "txt"});
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_THAT(run.output, HasSubstr("boek.md:7:5: warning: the link to 'javascript:alert(1)' is left out"));
  EXPECT_THAT(run.output, HasSubstr("warning: the link to 'data:text/html,x' is left out"));
  const std::string text = testing::read_file(reproducer.out() / "boek.txt");
  EXPECT_THAT(text, HasSubstr("Een klik hier en data en web (https://example.org)."));
}

class ImageFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::create_directories(folder_.path() / "boek");
    set_manuscript_folder(folder_.path() / "boek");
  }
  void TearDown() override { reset_resource_access(); }
  std::optional<ImageFile> read(const std::string& source) {
    const SourcePosition where = position_in((folder_.path() / "boek" / "boek.md").string(), 3, 1);
    return read_image(source, where, diagnostics_);
  }
  std::string warnings() const {
    std::string all;
    for (const auto& d : diagnostics_.all()) all += d.to_string() + "\n";
    return all;
  }
  testing::TemporaryFolder folder_;
  Diagnostics diagnostics_;
};

TEST_F(ImageFiles, APngInsideTheFolderIsRead) {
  folder_.write("boek/foto.png", std::string("\x89PNG\r\n\x1a\n", 8) + "rest");
  const auto image = read("foto.png");
  ASSERT_TRUE(image) << warnings();
  EXPECT_EQ(image->media_type, "image/png");
}

TEST_F(ImageFiles, ATextFileNamedPngIsLeftOut) {
  folder_.write("boek/nep.png", "dit is tekst\n");
  EXPECT_FALSE(read("nep.png"));
  EXPECT_THAT(warnings(), HasSubstr("boek.md:3:1: warning: image 'nep.png' is named like png but its bytes are not"));
}

TEST_F(ImageFiles, FilesOutsideTheManuscriptFolderAreLeftOutUnlessAllowed) {
  folder_.write("elders/foto.gif", "GIF89a....");
  EXPECT_FALSE(read("../elders/foto.gif"));
  EXPECT_FALSE(read((folder_.path() / "elders" / "foto.gif").string()));
  std::filesystem::create_symlink(folder_.path() / "elders" / "foto.gif", folder_.path() / "boek" / "link.gif");
  EXPECT_FALSE(read("link.gif"));  // a link inside that leads outside
  EXPECT_THAT(warnings(), HasSubstr("image '../elders/foto.gif' lies outside the manuscript's folder"));
  EXPECT_THAT(warnings(), HasSubstr("--allow-outside PATH"));
  allow_folder_outside(folder_.path() / "elders");
  EXPECT_TRUE(read("../elders/foto.gif"));
  EXPECT_TRUE(read("link.gif"));
}

TEST(SvgCleaner, TakesOutDoctypeEntitiesScriptsEventsAndExternalReferences) {
  const std::string hostile =
      "<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"http://evil/s.css\"?>\n"
      "<!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
      "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" onload=\"alert(1)\">"
      "<script>alert(2)</script><foreignObject><p>html</p></foreignObject><text>&xxe;</text>"
      "<image xlink:href=\"http://evil/x.png\"/><image href=\"file:///etc/passwd\"/>"
      "<style>@import url(http://evil/y.css);</style><rect fill=\"url(#g)\" style=\"fill:url(http://evil/z)\"/>"
      "<use href=\"#g\"/><a href=\"javascript:alert(3)\"><circle r=\"1\"/></a></svg>";
  std::string why;
  const auto cleaned = clean_svg(hostile, why);
  ASSERT_TRUE(cleaned) << why;
  for (const char* gone : {"DOCTYPE", "ENTITY", "passwd", "script", "alert", "onload", "foreignObject", "evil",
                           "xml-stylesheet", "@import", "javascript"}) {
    EXPECT_THAT(cleaned->svg, Not(HasSubstr(gone))) << cleaned->svg;
  }
  for (const char* kept : {"fill=\"url(#g)\"", "<use href=\"#g\"/>", "<circle r=\"1\"/>", "&amp;xxe;"}) {
    EXPECT_THAT(cleaned->svg, HasSubstr(kept)) << cleaned->svg;
  }
  EXPECT_GE(cleaned->removed, 8);
}

TEST(SvgCleaner, RefusesWhatIsNotAnSvgDocument) {
  std::string why;
  EXPECT_FALSE(clean_svg("<html><body/></html>", why));
  EXPECT_THAT(why, HasSubstr("not <svg>"));
  EXPECT_FALSE(clean_svg("<svg", why));
  EXPECT_THAT(why, HasSubstr("not well-formed XML"));
}

TEST(ChapterFiles, AManifestNamingAFileOutsideTheFolderIsAnError) {
  testing::Reproducer reproducer;
  reproducer.folder().write("geheim.md", "# Geheim\n\nNiet voor het boek.\n");
  reproducer.folder().write("boek/manuscript.yaml", "title: Boek\nchapters:\n  - een.md\n  - ../geheim.md\n");
  reproducer.folder().write("boek/een.md", "# Een\n\nTekst.\n");
  const auto refused = reproducer.build(reproducer.folder().path() / "boek", {"-t", "txt"});
  EXPECT_EQ(refused.exit_code, 1) << refused.output;
  EXPECT_THAT(refused.output,
              HasSubstr("manuscript.yaml:4:5: error: the manifest names '../geheim.md', which lies outside"));
  const auto allowed = reproducer.build(reproducer.folder().path() / "boek",
                                        {"-t", "txt", "--allow-outside", reproducer.folder().path().string()});
  EXPECT_EQ(allowed.exit_code, 0) << allowed.output;
}

}  // namespace
}  // namespace persklaar
