// A running head is one line inside the type area, however long the chapter's and section's titles:
// set on two lines, only the first would be printed.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>

#include "core/layout/magazine.h"
#include "tests/support/pipeline.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

std::string long_magazine() {
  std::string text = "---\ntitle: T\nlanguage: nl\n---\n";
  text += "# Over de samenwerking tussen gemeenten, welzijnsorganisaties en hogescholen in de regio\n\n";
  text += "## Bijeenkomst over de vraag hoe professionals en vrijwilligers elkaar beter kunnen vinden\n\n";
  for (int k = 0; k < 40; ++k)
    text += "Een alinea over de kenniscafés in de wijk, met genoeg woorden om te vullen.\n\n";
  return text;
}

class RunningHead : public ::testing::TestWithParam<const char*> {};

TEST_P(RunningHead, IsOneLineInsideTheTypeAreaAndEndsInAnEllipsisWhenCut) {
  const Publication publication = testing::load_markdown(long_magazine());
  Diagnostics diagnostics;
  const LayoutSpec spec = load_layout(testing::source_dir() / "layouts" / GetParam());
  const LaidOutPublication laid_out = lay_out_publication(publication, spec, diagnostics);
  int heads = 0;
  for (const Page& page : laid_out.pages) {
    std::vector<const LineItem*> lines;
    for (const LineItem& line : page.lines)
      if (line.role == LineRole::running_head) lines.push_back(&line);
    if (lines.empty()) continue;
    ++heads;
    ASSERT_EQ(lines.size(), 1u) << "page " << page.number;
    const LineItem& head = *lines.front();
    EXPECT_GE(head.x, spec.page.margin_inner - 0.5 - (spec.page.margin_inner - spec.page.margin_outer))
        << "page " << page.number;
    EXPECT_LE(head.width, spec.page.type_area_width() + 0.5) << head.text;
    EXPECT_FALSE(head.overfull) << head.text;
    std::string lower = head.text;  // a layout may set running heads in capitals
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    EXPECT_THAT(lower, ::testing::StartsWith("hoofdstuk 1")) << head.text;
    // Whole, or without the section, or with the title cut at a word and an ellipsis for the rest.
    if (lower.find("in de regio") == std::string::npos) {
      EXPECT_THAT(lower, ::testing::EndsWith("\xE2\x80\xA6"));
    }
  }
  EXPECT_GT(heads, 0);
}

INSTANTIATE_TEST_SUITE_P(BothLayouts, RunningHead, ::testing::Values("magazine-a4.xml", "pocket-a5.xml"));

}  // namespace
}  // namespace persklaar
