#pragma once
// The magazine's furniture: the pages and lines around the text — colophon, contents, chapter
// openers, running heads, folios and the back cover.
#include <pango/pango.h>

#include "core/layout/block_setter.h"
#include "core/layout/flow.h"
#include "core/model/publication.h"
#include "core/text/labels.h"

namespace persklaar {

class Furniture {
 public:
  Furniture(const LayoutSpec& spec, const Publication& publication, BlockSetter& setter, LaidOutPublication& out);

  // The pages the contents list needs, so they can be reserved before the page numbers exist.
  int contents_pages() const;
  void colophon(Page& page);
  // Fills the reserved contents pages once every chapter has its page number.
  void contents(std::size_t first_page_index);
  // Grid lines at the top of a chapter's first page taken by its opener: more for a longer title.
  int opener_units(const Chapter& chapter) const;
  // The colour field, number and title at the top of a chapter's first page.
  void opener(Page& page, const Chapter& chapter, const Color& color);
  void running_head_and_folio(Page& page);
  // Whether the closing chapter (the last back matter) fits on the back cover.
  bool closing_fits(const Chapter& closing);
  // The back cover: the accent colour, the closing chapter's text in white when given, the imprint.
  void back_cover(Page& page, const Chapter* closing);

 private:
  // Where each contents entry goes (contents.cc): the page counted from the first contents page,
  // the baseline of its first line, its indent and its text.
  struct ContentsEntry {
    const TocEntry* entry = nullptr;
    int page = 0;
    double y = 0;
    double indent = 0;
    std::string label;
  };
  std::vector<ContentsEntry> plan_contents() const;
  // An entry's role: a chapter's in its colour, a section's in the body's.
  FontRole contents_role(const TocEntry& entry) const;
  static StyledText plain_text_of(const std::string& text);
  static FontRole recoloured_role(FontRole role, const Color& color);
  LineItem line_at(const StyledText& text, const FontRole& role, const Color& color, double x, double baseline,
                   LineRole kind, double measure);
  // The running head as one line of `measure`: whole when it fits; else without its section; else
  // its title cut at a word, with an ellipsis. (Set on two lines, only the first would be printed.)
  std::string fitted_running_head(const std::string& head, const FontRole& role, double measure);
  std::vector<FlowBlock> closing_blocks(const Chapter& closing);
  int units_of(const std::vector<FlowBlock>& blocks) const;
  double type_left(const Page& page) const;
  double type_right(const Page& page) const;

  const LayoutSpec& spec_;
  const Publication& publication_;
  BlockSetter& setter_;
  LaidOutPublication& out_;
  const Labels& labels_;
};

}  // namespace persklaar
