// Lists and tables whose items set nothing (raw HTML only): the blocks around them keep their own
// page-breaking rules, and nothing is written outside the list's blocks.
#include "core/layout/block_setter.h"

#include <gtest/gtest.h>

#include <memory>

#include "core/layout/layout_spec.h"
#include "core/render/font_library.h"
#include "tests/support/pipeline.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

class EmptyListItems : public ::testing::Test {
 protected:
  // The flow blocks of the first section of `markdown`'s first chapter.
  std::vector<FlowBlock> set(const std::string& markdown) {
    publication_ = testing::read_markdown(markdown, diagnostics_);
    BlockSetter setter(spec_, context_.get(), nullptr, structure_, diagnostics_);
    return setter.blocks(publication_.chapters.at(0).sections.at(0).blocks, -1);
  }

  LayoutSpec spec_ = load_layout(testing::source_dir() / "layouts" / "magazine-a4.xml");
  std::unique_ptr<PangoContext, decltype(&g_object_unref)> context_{FontLibrary::bundled().create_context(),
                                                                    g_object_unref};
  std::vector<StructureElement> structure_;
  Diagnostics diagnostics_;
  Publication publication_;
};

TEST_F(EmptyListItems, AListOpeningASectionWithAnEmptyFirstItem) {
  // The fuzzer's reproducer: the first item is raw HTML, so the list's first block is the second item.
  const auto blocks = set("---\ntitle: T\n---\n\n# H\n\n- <div>\n- foo\n");
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_FALSE(blocks[0].keep_with_next);
}

TEST_F(EmptyListItems, TheParagraphBeforeTheListIsNotTiedToIt) {
  const auto blocks = set("# H\n\nVooraf.\n\n- <div>\n- een\n- twee\n");
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_FALSE(blocks[0].keep_with_next) << "an empty item counted the paragraph before the list as its end";
  EXPECT_TRUE(blocks[1].keep_with_next);  // the first of two items stays with the second
  EXPECT_FALSE(blocks[2].keep_with_next);
}

TEST_F(EmptyListItems, AListOfOnlyEmptyItemsSetsNothing) {
  const auto blocks = set("# H\n\n- <div>\n- <span>\n");
  EXPECT_TRUE(blocks.empty());
}

}  // namespace
}  // namespace persklaar
