// The print edition's colophon names the authors and contributors, as the e-book's title page does.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/layout/magazine.h"
#include "tests/support/pipeline.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

TEST(Colophon, NamesAuthorsAndContributors) {
  const Publication publication = testing::load_markdown(
      "---\ntitle: T\nlanguage: en\nauthor: [Anna de Vries]\ncontributors: [Carla Smit, Dirk Bos]\n---\n"
      "# One\n\nText.\n");
  Diagnostics diagnostics;
  const LaidOutPublication laid_out =
      lay_out_publication(publication, load_layout(testing::source_dir() / "layouts" / "magazine-a4.xml"), diagnostics);
  std::vector<std::string> colophon;
  for (const Page& page : laid_out.pages) {
    if (page.kind != PageKind::colophon) continue;
    for (const LineItem& line : page.lines) colophon.push_back(line.text);
  }
  EXPECT_THAT(colophon, ::testing::Contains("Anna de Vries"));
  EXPECT_THAT(colophon, ::testing::Contains("With contributions by Carla Smit and Dirk Bos"));
}

}  // namespace
}  // namespace persklaar
