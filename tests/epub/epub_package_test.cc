// The container and the package document of real builds: the OCF layout, the metadata with its stable
// identifier and accessibility claims, the stylesheet made from the layout, and byte-identical
// rebuilds.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <regex>

#include "core/passes/identifier.h"
#include "tests/epub/epub_files.h"
#include "tests/epub/fixtures.h"
#include "tests/support/pipeline.h"
#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// Sets SOURCE_DATE_EPOCH for one scope, or removes it, and puts back what was there.
class SourceDateEpoch {
 public:
  explicit SourceDateEpoch(const char* value) {
    if (const char* old = std::getenv("SOURCE_DATE_EPOCH")) saved_ = old;
    value ? ::setenv("SOURCE_DATE_EPOCH", value, 1) : ::unsetenv("SOURCE_DATE_EPOCH");
  }
  ~SourceDateEpoch() {
    saved_.empty() ? ::unsetenv("SOURCE_DATE_EPOCH") : ::setenv("SOURCE_DATE_EPOCH", saved_.c_str(), 1);
  }

 private:
  std::string saved_;
};

std::string fresh_build(const char* epoch) {
  SourceDateEpoch variable(epoch);
  testing::TemporaryFolder out;
  return testing::build_epub(testing::sample_publication(), out.path()).bytes;
}

TEST(EpubContainer, MimetypeComesFirstUncompressedAndEverythingElseIsDeflatedInNameOrder) {
  const testing::EpubArchive archive(testing::sample_epub().bytes);
  const auto& members = archive.members();
  ASSERT_GT(members.size(), 10u);
  EXPECT_EQ(members[0].name, "mimetype");
  EXPECT_TRUE(members[0].stored);
  EXPECT_EQ(members[0].bytes, "application/epub+zip");
  // The local header of the first entry is 30 bytes and the name 8, so the type sits at offset 38.
  EXPECT_EQ(testing::sample_epub().bytes.substr(30, 28), "mimetypeapplication/epub+zip");
  for (std::size_t k = 1; k < members.size(); ++k) {
    EXPECT_FALSE(members[k].stored) << members[k].name;
    if (k > 1) {
      EXPECT_LT(members[k - 1].name, members[k].name);
    }
  }
  EXPECT_THAT(archive.entry("META-INF/container.xml"), HasSubstr("full-path=\"EPUB/package.opf\""));
}

TEST(EpubReproducibility, TwoBuildsOfTheSameManuscriptAreByteIdentical) {
  const std::string first = fresh_build(nullptr);
  const std::string second = fresh_build(nullptr);
  ASSERT_FALSE(first.empty());
  EXPECT_TRUE(first == second) << "the two builds differ";
}

TEST(EpubReproducibility, SourceDateEpochSetsTheModifiedDateAndIsAlsoReproducible) {
  const std::string first = fresh_build("1700000000");
  EXPECT_TRUE(first == fresh_build("1700000000"));
  EXPECT_FALSE(first == fresh_build(nullptr));
  EXPECT_THAT(testing::EpubArchive(first).entry("EPUB/package.opf"),
              HasSubstr("<meta property=\"dcterms:modified\">2023-11-14T22:13:20Z</meta>"));
}

TEST(EpubPackage, WithoutSourceDateEpochTheModifiedDateIsThePublicationDate) {
  EXPECT_THAT(testing::EpubArchive(fresh_build(nullptr)).entry("EPUB/package.opf"),
              HasSubstr("<meta property=\"dcterms:modified\">2019-12-01T00:00:00Z</meta>"));
}

TEST(EpubPackage, NamesThePublicationWithAStableUuid) {
  const std::string package = testing::EpubArchive(testing::sample_epub().bytes).entry("EPUB/package.opf");
  const std::string identifier = stable_identifier(testing::sample_publication().metadata);
  EXPECT_TRUE(std::regex_match(identifier, std::regex("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-"
                                                      "[0-9a-f]{12}")))
      << identifier;
  EXPECT_THAT(package, HasSubstr("unique-identifier=\"publication-id\""));
  EXPECT_THAT(package, HasSubstr("<dc:identifier id=\"publication-id\">" + identifier + "</dc:identifier>"));
  for (const char* expected :
       {"<dc:title id=\"title\">Kenniscafés</dc:title>",
        "<dc:title id=\"subtitle\">Tien kenniscafés uitgelicht</dc:title>", "<dc:language>nl</dc:language>",
        "<dc:publisher>Werkplaats Sociaal Domein Zuid-Holland Zuid</dc:publisher>", "<dc:date>2019-12</dc:date>",
        "xml:lang=\"nl\""}) {
    EXPECT_THAT(package, HasSubstr(expected));
  }
}

TEST(EpubPackage, NamesAuthorsAndContributorsWhenTheManuscriptHasThem) {
  testing::TemporaryFolder folder, out;
  const auto manuscript = testing::write_blocks_manuscript(folder.path());
  const std::string package =
      testing::EpubArchive(testing::build_epub(testing::load(manuscript), out.path()).bytes).entry("EPUB/package.opf");
  EXPECT_THAT(package, HasSubstr("<dc:creator id=\"creator-1\">Anna de Vries</dc:creator>"));
  EXPECT_THAT(package, HasSubstr("<dc:creator id=\"creator-2\">Bram 'B' Jansen</dc:creator>"));
  EXPECT_THAT(package, HasSubstr("<meta refines=\"#creator-1\" property=\"role\" scheme=\"marc:relators\">aut</meta>"));
  EXPECT_THAT(package, HasSubstr("<dc:contributor id=\"contributor-1\">Carla Smit</dc:contributor>"));
  EXPECT_THAT(package, HasSubstr("<dc:publisher>Uitgeverij &lt;Test&gt; &amp; Zonen</dc:publisher>"));
}

TEST(EpubPackage, DeclaresItsAccessibilityAndClaimsConformanceCertifiedByThePublisher) {
  const std::string package = testing::EpubArchive(testing::sample_epub().bytes).entry("EPUB/package.opf");
  for (const char* expected : {
           "<meta property=\"schema:accessMode\">textual</meta>",
           "<meta property=\"schema:accessMode\">visual</meta>",
           "<meta property=\"schema:accessModeSufficient\">textual</meta>",
           "<meta property=\"schema:accessibilityFeature\">structuralNavigation</meta>",
           "<meta property=\"schema:accessibilityFeature\">tableOfContents</meta>",
           "<meta property=\"schema:accessibilityFeature\">readingOrder</meta>",
           "<meta property=\"schema:accessibilityFeature\">alternativeText</meta>",
           "<meta property=\"schema:accessibilityHazard\">none</meta>",
           "<meta property=\"schema:accessibilitySummary\">Deze publicatie voldoet aan EPUB Accessibility 1.1",
           "<meta property=\"dcterms:conformsTo\">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>",
           "<meta property=\"a11y:certifiedBy\">Werkplaats Sociaal Domein Zuid-Holland Zuid</meta>",
       }) {
    EXPECT_THAT(package, HasSubstr(expected));
  }
  // Paginated as the tool does it, the book carries the print edition's page numbers and says so.
  EXPECT_THAT(package, HasSubstr("<meta property=\"schema:accessibilityFeature\">printPageNumbers</meta>"));
  EXPECT_THAT(package, HasSubstr("<meta property=\"schema:accessibilityFeature\">pageBreakMarkers</meta>"));
  EXPECT_THAT(package,
              HasSubstr("<dc:source id=\"print-source\">Kenniscafés, gedrukte editie (magazine-a4)</dc:source>"));
  EXPECT_THAT(package, HasSubstr("<meta refines=\"#print-source\" property=\"source-of\">pagination</meta>"));
}

TEST(EpubPackage, WithoutPaginationThereIsNoPageListAndNoClaimOfPageNumbers) {
  testing::TemporaryFolder out;
  const testing::EpubArchive archive(
      testing::build_epub(testing::load(testing::sample_manuscript()), out.path()).bytes);
  const std::string package = archive.entry("EPUB/package.opf");
  EXPECT_THAT(package, Not(HasSubstr("printPageNumbers")));
  EXPECT_THAT(package, Not(HasSubstr("dc:source")));
  EXPECT_THAT(archive.entry("EPUB/text/nav.xhtml"), Not(HasSubstr("page-list")));
  EXPECT_THAT(archive.entry("EPUB/text/chapter-01.xhtml"), Not(HasSubstr("pagebreak")));
  EXPECT_THAT(package,
              HasSubstr("<meta property=\"dcterms:conformsTo\">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>"));
}

TEST(EpubPackage, TheCoverIsARenderedSvgWithADescription) {
  const testing::EpubArchive archive(testing::sample_epub().bytes);
  const std::string cover = archive.entry("EPUB/images/cover.svg");
  EXPECT_THAT(cover, HasSubstr("<svg xmlns=\"http://www.w3.org/2000/svg\""));
  EXPECT_THAT(cover, HasSubstr("viewBox=\"0 0 595.275591 841.889764\""));  // the A4 page, in points
  EXPECT_THAT(cover, HasSubstr("<use xlink:href=\"#glyph"));               // the title, as outlines
  EXPECT_THAT(archive.entry("EPUB/package.opf"),
              HasSubstr("href=\"images/cover.svg\" media-type=\"image/svg+xml\" properties=\"cover-image\""));
  EXPECT_THAT(archive.entry("EPUB/text/cover.xhtml"),
              HasSubstr("alt=\"Omslag: Kenniscafés. Tien kenniscafés uitgelicht. Werkplaats Sociaal Domein "
                        "Zuid-Holland Zuid, 2019.\" role=\"doc-cover\""));
}

TEST(EpubStylesheet, SizesAreRelativeAndTheFontsItUsesAreEmbedded) {
  const testing::EpubArchive archive(testing::sample_epub().bytes);
  const std::string css = archive.entry("EPUB/styles/persklaar.css");
  EXPECT_FALSE(std::regex_search(css, std::regex("font-size: *[0-9.]+(pt|px)"))) << css;
  EXPECT_FALSE(std::regex_search(css, std::regex("(margin|padding|line-height|text-indent)[^;]*[0-9](pt|px)")));
  EXPECT_THAT(css, HasSubstr("hyphens: auto;"));
  EXPECT_THAT(css, HasSubstr(".chapter-color-3 h1 {\n  color: #7b3f8c;"));  // the layout's third colour
  const std::regex font_url("url\\(\"\\.\\./(fonts/[^\"]+)\"\\)");
  int fonts = 0;
  for (auto it = std::sregex_iterator(css.begin(), css.end(), font_url); it != std::sregex_iterator(); ++it, ++fonts) {
    EXPECT_TRUE(archive.has("EPUB/" + (*it)[1].str())) << (*it)[1];
  }
  EXPECT_GE(fonts, 4);
  // Only faces the stylesheet names are in the book.
  int embedded = 0;
  for (const auto& member : archive.members()) embedded += member.name.rfind("EPUB/fonts/", 0) == 0;
  EXPECT_EQ(embedded, fonts);
}

}  // namespace
}  // namespace persklaar
