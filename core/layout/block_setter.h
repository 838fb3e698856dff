#pragma once
// Turning the model's blocks into flow blocks: each paragraph, heading, list, quotation, testimonial
// and table set in its font role, with its place in the document's logical structure.
#include <pango/pango.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics/diagnostic.h"
#include "core/layout/flow.h"
#include "core/layout/paragraph.h"
#include "core/layout/paragraph_cache.h"
#include "core/model/block.h"

namespace persklaar {

class Hyphenator;
struct ColumnNeeds;

// A warning that names the page it concerns, which is known only once the pages are built: the
// block it came from (a top-level Block, as LineItem::source) finds it.
struct PageNote {
  SourcePosition where;
  std::string message;
  std::string hint;
  const void* source = nullptr;
  // For a character no bundled face has, the character (UTF-8): these are reported together, each
  // character once, since a text in a script the fonts lack has thousands.
  std::string missing_character{};
};

class BlockSetter {
 public:
  BlockSetter(const LayoutSpec& spec, PangoContext* context, const Hyphenator* hyphenator,
              std::vector<StructureElement>& structure, Diagnostics& diagnostics);

  // The colour of chapter-coloured roles from now on (the chapter's, or the accent for front and
  // back matter).
  void set_chapter_color(const Color& color) { chapter_color_ = color; }
  // The language of the text set from now on (the chapter's or section's) and its hyphenation; null
  // for none.
  void set_language(const std::string& language, const Hyphenator* hyphenator) {
    language_ = language;
    hyphenator_ = hyphenator;
  }
  // Where a block written in another language ({lang=en} on a paragraph, quote or list item) finds
  // its patterns: loaded on first use, null (after a warning) for a language without them. Without a
  // lookup such a block keeps the hyphenation around it.
  using HyphenatorLookup = std::function<const Hyphenator*(const std::string& language, const SourcePosition& where)>;
  void set_hyphenator_lookup(HyphenatorLookup lookup) { hyphenator_for_ = std::move(lookup); }
  // Every role, links included, in one colour (text on a colour field), or back to the roles' own.
  void set_color_override(std::optional<Color> color) { override_ = color; }

  // A chapter or section title, or a heading block: never hyphenated, kept with what follows.
  // `role`, when given, sets the heading in another role than its level's (the tag stays H<level>).
  FlowBlock heading(const Inlines& title, int level, const std::string& id, int parent = -1,
                    const FontRole* role = nullptr);
  // The blocks of a section, in order; `first_after_heading` suppresses the first paragraph's indent.
  std::vector<FlowBlock> blocks(const Blocks& blocks, int parent, bool first_after_heading = true);

  // Like set(), ragged, in balanced lines: as many lines as the measure needs, each as long as the
  // others rather than a full first line and a short last one (titles and headings).
  FlowBlock set_balanced(const StyledText& text, const FontRole& role, double measure);
  // A structure element under `parent`; returns its index.
  int element(const std::string& tag, int parent);
  StructureElement& structure_element(int index) { return structure_[static_cast<std::size_t>(index)]; }
  // Sets `text` in `role` as a flow block of lines (no structure), for furniture.
  FlowBlock set(const StyledText& text, const FontRole& role, double measure, bool justify, double indent = 0,
                const Hyphenator* hyphenator = nullptr);
  // set(), ragged and unhyphenated, for the page furniture a magazine repeats (running heads,
  // contents lines, measured before they are placed): set once a build (Reuse::also_this_build).
  FlowBlock set_furniture(const StyledText& text, const FontRole& role, double measure);
  const Color& color_of(const FontRole& role) const {
    if (override_) return *override_;
    return role.chapter_color ? chapter_color_ : role.color;
  }
  const Color& link_color() const { return override_ ? *override_ : spec_.accent; }
  // Warnings waiting for their page (see PageNote), in the order they arose.
  const std::vector<PageNote>& page_notes() const { return page_notes_; }

 private:
  FlowBlock set_reusing(const StyledText& text, const FontRole& role, double measure, bool justify, double indent,
                        const Hyphenator* hyphenator, Reuse reuse);
  void add(const Block& block, int parent, bool& after_heading, std::vector<FlowBlock>& out, double indent);
  // Calls `set` in the language of `block` (its {lang=…}, else the one around it): hyphenated with
  // that language's patterns, and the elements `set` makes under `parent` marked with it when it
  // differs from the language around it.
  void in_language_of(const Block& block, int parent, const std::function<void()>& set);
  void add_in_own_language(const Block& block, int parent, bool& after_heading, std::vector<FlowBlock>& out,
                           double indent);
  // What every paragraph set in `role` shares: colours, measure, indent, justification, hyphenation.
  ParagraphStyle paragraph_style(const FontRole& role, double measure, double first_indent, bool justify,
                                 const Hyphenator* hyphenator) const;
  FlowBlock paragraph(const Inlines& content, const FontRole& role, int element, double measure, double indent,
                      double first_indent, const SourcePosition& where, bool hyphenate = true);
  void list(const List& list, int parent, std::vector<FlowBlock>& out, double indent);
  void testimonial(const Testimonial& item, int parent, std::vector<FlowBlock>& out, double indent);
  void quote(const BlockQuote& item, int parent, std::vector<FlowBlock>& out, double indent);
  void table(const Table& item, int parent, std::vector<FlowBlock>& out, double indent, const SourcePosition& where);
  std::vector<ColumnNeeds> column_needs(const Table& item, const FontRole& head, const FontRole& body,
                                        double room) const;
  // A figure: its picture on the grid and its caption (figure_setter.cc); its description when the
  // picture cannot be shown.
  void figure(const Figure& item, const Block& block, int parent, std::vector<FlowBlock>& out, double indent);
  void code(const CodeBlock& item, int parent, std::vector<FlowBlock>& out, double indent);
  // The width of a list's label column: its widest label and a gap, at least the usual indent.
  double label_column(const std::vector<std::string>& labels, const FontRole& role) const;
  static void keep_ends_together(std::vector<FlowBlock>& out, const std::vector<std::size_t>& item_ends);
  int units(double leading) const;
  void warn_missing_glyphs(const SetParagraph& set, const SourcePosition& where);
  void warn_emergency_breaks(const SetParagraph& set, const SourcePosition& where);

  const LayoutSpec& spec_;
  PangoContext* context_;
  const Hyphenator* hyphenator_;
  std::string language_;  // of the text being set; empty until set_language
  HyphenatorLookup hyphenator_for_;
  std::vector<StructureElement>& structure_;
  Diagnostics& diagnostics_;
  Color chapter_color_;
  std::optional<Color> override_;
  double column_;
  std::vector<PageNote> page_notes_;
};

}  // namespace persklaar
