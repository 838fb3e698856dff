// Laying out again in the same process (`persklaar watch`) takes the paragraphs an earlier layout set
// from it: the pages must be exactly those a fresh layout makes, for the same manuscript, for a
// changed one, and for another layout in between.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <tuple>

#include "core/layout/magazine.h"
#include "core/layout/paragraph_cache.h"
#include "core/memo/remembered.h"
#include "tests/support/pipeline.h"
#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

using PlacedLine = std::tuple<std::string, double, double, double, bool>;  // text, x, baseline, width, hyphenated
using Pages = std::vector<std::vector<PlacedLine>>;

// `layout`: a file in layouts/, or a path.
Pages lay_out(const Publication& publication, const std::filesystem::path& layout) {
  Diagnostics diagnostics;
  const LaidOutPublication laid_out =
      lay_out_publication(publication, load_layout(testing::source_dir() / "layouts" / layout), diagnostics);
  Pages pages;
  for (const Page& page : laid_out.pages) {
    pages.emplace_back();
    for (const LineItem& line : page.lines)
      pages.back().emplace_back(line.text, line.x, line.baseline, line.width, line.hyphenated);
  }
  return pages;
}

Pages lay_out_afresh(const Publication& publication, const std::filesystem::path& layout) {
  remember_across_builds();  // as persklaar watch does
  forget_set_paragraphs();
  return lay_out(publication, layout);
}

TEST(ParagraphReuse, EachLayoutAfterAnotherIsTheSameAsAFreshOne) {
  const Publication publication = testing::load(testing::sample_manuscript());
  const Pages a4 = lay_out_afresh(publication, "magazine-a4.xml");
  const Pages a5 = lay_out_afresh(publication, "pocket-a5.xml");
  ASSERT_NE(a4.size(), a5.size());
  // A5 after A4, A4 after A5, and A4 twice: each reusing what the one before set.
  EXPECT_EQ(lay_out(publication, "magazine-a4.xml"), a4);
  EXPECT_EQ(lay_out(publication, "pocket-a5.xml"), a5);
  EXPECT_EQ(lay_out(publication, "magazine-a4.xml"), a4);
  EXPECT_EQ(lay_out(publication, "magazine-a4.xml"), a4);
}

TEST(ParagraphReuse, ANarrowerColumnInTheSameTypeIsSetAnew) {
  testing::TemporaryFolder folder;
  std::stringstream layout;
  layout << std::ifstream(testing::source_dir() / "layouts" / "magazine-a4.xml").rdbuf();
  std::string narrower = layout.str();
  const std::string gutter = "gutter=\"6mm\"";
  ASSERT_NE(narrower.find(gutter), std::string::npos);
  narrower.replace(narrower.find(gutter), gutter.size(), "gutter=\"12mm\"");
  std::ofstream(folder.path() / "narrower.xml") << narrower;

  const Publication publication = testing::load(testing::sample_manuscript());
  const Pages narrow = lay_out_afresh(publication, folder.path() / "narrower.xml");
  lay_out_afresh(publication, "magazine-a4.xml");  // what is left to reuse: the wider column's lines
  EXPECT_EQ(lay_out(publication, folder.path() / "narrower.xml"), narrow);
}

TEST(ParagraphReuse, AChangedWordIsSetAnewAndTheRestAsBefore) {
  testing::TemporaryFolder folder;
  std::filesystem::copy(testing::sample_manuscript(), folder.path(), std::filesystem::copy_options::recursive);
  const Publication before = testing::load(folder.path());
  lay_out(before, "magazine-a4.xml");

  const std::filesystem::path chapter = folder.path() / "03-verbondenheid-en-veerkracht.md";
  std::stringstream text;
  text << std::ifstream(chapter).rdbuf();
  std::string changed = text.str();
  const std::size_t at = changed.find("kenniscafé", changed.find("\n\n", changed.find("# ")));
  ASSERT_NE(at, std::string::npos);
  changed.replace(at, std::string("kenniscafé").size(), "kenniscafee");
  std::ofstream(chapter) << changed;
  const Publication after = testing::load(folder.path());

  const Pages reused = lay_out(after, "magazine-a4.xml");
  EXPECT_EQ(reused, lay_out_afresh(after, "magazine-a4.xml"));
  bool found = false;
  for (const auto& page : reused)
    for (const PlacedLine& line : page) found = found || std::get<0>(line).find("kenniscafee") != std::string::npos;
  EXPECT_TRUE(found) << "the changed word is on no page";
}

}  // namespace
}  // namespace persklaar
