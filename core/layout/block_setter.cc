#include "core/layout/block_setter.h"

#include <cmath>
#include <iterator>
#include <sstream>
#include <type_traits>

#include "core/layout/hyphenate.h"
#include "core/layout/paragraph_cache.h"
#include "core/layout/text_style.h"
#include "core/model/plain_text.h"
#include "core/text/labels.h"

namespace persklaar {
namespace {

constexpr double kListIndent = 12;   // points from the column edge to a list item's text, at least
constexpr double kLabelGap = 0.4;    // em between the widest label of a list and the items' text
constexpr double kQuoteIndent = 11;  // points from the pull-quote bar to the quotation's text

StyledText plain(const std::string& text) {
  StyledText styled;
  styled.text = text;
  return styled;
}

LineRole role_of_level(int level) {
  return level <= 1 ? LineRole::heading1 : level == 2 ? LineRole::heading2 : LineRole::heading3;
}

}  // namespace

BlockSetter::BlockSetter(const LayoutSpec& spec, PangoContext* context, const Hyphenator* hyphenator,
                         std::vector<StructureElement>& structure, Diagnostics& diagnostics)
    : spec_(spec),
      context_(context),
      hyphenator_(hyphenator),
      structure_(structure),
      diagnostics_(diagnostics),
      chapter_color_(spec.accent),
      column_(spec.page.column_width()) {}

int BlockSetter::element(const std::string& tag, int parent) {
  StructureElement element;
  element.tag = tag;
  element.parent = parent;
  structure_.push_back(std::move(element));
  return static_cast<int>(structure_.size()) - 1;
}

int BlockSetter::units(double leading) const {
  return std::max(1, static_cast<int>(std::ceil(leading / spec_.page.baseline - 1e-6)));
}

void BlockSetter::warn_missing_glyphs(const SetParagraph& set, const SourcePosition& where) {
  for (const std::string& character : set.missing_glyphs) page_notes_.push_back({where, "", "", nullptr, character});
}

void BlockSetter::warn_emergency_breaks(const SetParagraph& set, const SourcePosition& where) {
  for (const std::string& line : set.emergency_breaks) {
    diagnostics_.warn(where, "a string too long for the column is broken where it has no natural break: '" + line + "'",
                      "shorten it, or put a space or a separator (/ . - _) where it may break");
  }
}

ParagraphStyle BlockSetter::paragraph_style(const FontRole& role, double measure, double first_indent, bool justify,
                                            const Hyphenator* hyphenator) const {
  ParagraphStyle style;
  style.role = &role;
  style.color = color_of(role);
  style.link_color = link_color();
  style.measure = measure;
  style.first_line_indent = first_indent;
  style.justify = justify;
  style.hyphenator = hyphenator;
  style.rules = &spec_.paragraph;
  return style;
}

FlowBlock BlockSetter::set(const StyledText& text, const FontRole& role, double measure, bool justify, double indent,
                           const Hyphenator* hyphenator) {
  return set_reusing(text, role, measure, justify, indent, hyphenator, Reuse::from_earlier_builds);
}

FlowBlock BlockSetter::set_furniture(const StyledText& text, const FontRole& role, double measure) {
  return set_reusing(text, role, measure, false, 0, nullptr, Reuse::also_this_build);
}

FlowBlock BlockSetter::set_reusing(const StyledText& text, const FontRole& role, double measure, bool justify,
                                   double indent, const Hyphenator* hyphenator, Reuse reuse) {
  ParagraphStyle style = paragraph_style(role, measure, indent, justify, hyphenator);
  style.uppercase = role.uppercase;
  SetParagraph set = set_paragraph_reusing(text, style, context_, reuse);
  FlowBlock block;
  for (LineItem& line : set.lines) {
    block.units.push_back(units(role.leading));
    block.lines.push_back(std::move(line));
  }
  block.space_before = role.space_before > 0 ? units(role.space_before) : 0;
  block.space_after = role.space_after > 0 ? units(role.space_after) : 0;
  block.min_lines = spec_.paragraph.min_lines_at_break;
  if (!set.missing_glyphs.empty()) warn_missing_glyphs(set, {});
  return block;
}

FlowBlock BlockSetter::set_balanced(const StyledText& text, const FontRole& role, double measure) {
  FlowBlock full = set(text, role, measure, false);
  if (full.lines.size() < 2) return full;
  // The narrowest measure that keeps the number of lines, and every word whole: found by halving.
  double widest_word = 0;
  std::istringstream words(text.text);
  for (std::string word; words >> word;) {
    LayoutHandle layout(plain_layout(context_, word, role), g_object_unref);
    PangoRectangle extent;
    pango_layout_get_extents(layout.get(), nullptr, &extent);
    widest_word = std::max(widest_word, from_pango(extent.width));
  }
  // A narrower measure must not break a word at a separator ("reveal. / js") the full one kept whole:
  // the lines together hold as many words as the text.
  auto word_count = [](const std::string& line) {
    std::istringstream in(line);
    return static_cast<std::size_t>(std::distance(std::istream_iterator<std::string>(in), {}));
  };
  auto words_in = [&](const FlowBlock& block) {
    std::size_t count = 0;
    for (const LineItem& line : block.lines) count += word_count(line.text);
    return count;
  };
  const std::size_t whole_words = words_in(full);
  double narrow = std::min(measure, std::max(measure / 2, widest_word + 1)), wide = measure;
  for (int step = 0; step < 10; ++step) {
    const double middle = (narrow + wide) / 2;
    const FlowBlock trial = set(text, role, middle, false);
    const bool overfull = std::any_of(trial.lines.begin(), trial.lines.end(), [&](const LineItem& line) {
      return line.overfull || line.width > middle + 0.01;
    });
    const bool fits = trial.lines.size() == full.lines.size() && !overfull && words_in(trial) <= whole_words;
    (fits ? wide : narrow) = middle;
  }
  FlowBlock balanced = set(text, role, wide, false);
  for (LineItem& line : balanced.lines) line.measure = measure;
  return balanced;
}

FlowBlock BlockSetter::heading(const Inlines& title, int level, const std::string& id, int parent,
                               const FontRole* role_override) {
  const FontRole& role = role_override ? *role_override
                         : level <= 1  ? spec_.roles.heading1
                         : level == 2  ? spec_.roles.heading2
                                       : spec_.roles.heading3;
  FlowBlock block = set_balanced(styled_text(title), role, column_);
  const int tag = element("H" + std::to_string(std::clamp(level, 1, 6)), parent);
  for (LineItem& line : block.lines) {
    line.role = role_of_level(level);
    line.block = tag;
  }
  block.keep_with_next = true;
  block.splittable = false;
  if (!id.empty()) block.anchors.push_back(id);
  return block;
}

FlowBlock BlockSetter::paragraph(const Inlines& content, const FontRole& role, int tag, double measure, double indent,
                                 double first_indent, const SourcePosition& where, bool hyphenate) {
  const ParagraphStyle style = paragraph_style(role, measure, first_indent, spec_.paragraph.justify,
                                               hyphenate && spec_.paragraph.hyphenate ? hyphenator_ : nullptr);
  SetParagraph set = set_paragraph_reusing(styled_text(content), style, context_);
  warn_missing_glyphs(set, where);
  if (set.first_fit) {
    diagnostics_.warn(where, "the paragraph is too long to weigh its line breaks as a whole; it is set line by line",
                      "break it into shorter paragraphs for the best spacing");
  }
  warn_emergency_breaks(set, where);
  FlowBlock block;
  for (LineItem& line : set.lines) {
    line.x += indent;
    line.block = tag;
    block.units.push_back(units(role.leading));
    block.lines.push_back(std::move(line));
  }
  block.min_lines = spec_.paragraph.min_lines_at_break;
  return block;
}

std::vector<FlowBlock> BlockSetter::blocks(const Blocks& blocks, int parent, bool first_after_heading) {
  std::vector<FlowBlock> out;
  bool after_heading = first_after_heading;
  for (const Block& block : blocks) {
    const std::size_t first = out.size();
    const std::size_t first_note = page_notes_.size();
    add(block, parent, after_heading, out, 0);
    for (std::size_t k = first; k < out.size(); ++k) {
      for (LineItem& line : out[k].lines) line.source = &block;
    }
    for (std::size_t k = first_note; k < page_notes_.size(); ++k) page_notes_[k].source = &block;
  }
  return out;
}

void BlockSetter::in_language_of(const Block& block, int parent, const std::function<void()>& set) {
  const std::string language = language_of(block.attributes, language_);
  if (language == language_ || language_.empty()) {
    set();
    return;
  }
  const std::string outer_language = language_;
  const Hyphenator* outer_hyphenator = hyphenator_;
  language_ = language;
  hyphenator_ = hyphenator_for_ ? hyphenator_for_(language, block.position) : outer_hyphenator;
  const std::size_t first_element = structure_.size();
  set();
  language_ = outer_language;
  hyphenator_ = outer_hyphenator;
  for (std::size_t k = first_element; k < structure_.size(); ++k) {
    if (structure_[k].parent == parent) structure_[k].language = language;
  }
}

void BlockSetter::add(const Block& block, int parent, bool& after_heading, std::vector<FlowBlock>& out, double indent) {
  in_language_of(block, parent, [&] { add_in_own_language(block, parent, after_heading, out, indent); });
}

void BlockSetter::add_in_own_language(const Block& block, int parent, bool& after_heading, std::vector<FlowBlock>& out,
                                      double indent) {
  const double measure = column_ - indent;
  const int paragraph_units = spec_.paragraph.paragraph_spacing > 0 ? units(spec_.paragraph.paragraph_spacing) : 0;
  std::visit(
      [&](const auto& item) {
        using T = std::decay_t<decltype(item)>;
        if constexpr (std::is_same_v<T, Paragraph>) {
          const double first = after_heading || paragraph_units > 0 ? 0 : spec_.paragraph.first_line_indent;
          FlowBlock set =
              paragraph(item.content, spec_.roles.body, element("P", parent), measure, indent, first, block.position);
          set.space_before = after_heading ? 0 : paragraph_units;
          out.push_back(std::move(set));
          after_heading = false;
        } else if constexpr (std::is_same_v<T, Heading>) {
          FlowBlock set = heading(item.content, std::max(3, item.level), block.attributes.id, parent);
          if (out.empty()) set.space_before = 0;
          out.push_back(std::move(set));
          after_heading = true;
        } else if constexpr (std::is_same_v<T, List>) {
          list(item, parent, out, indent);
          after_heading = false;
        } else if constexpr (std::is_same_v<T, Testimonial>) {
          testimonial(item, parent, out, indent);
          after_heading = true;
        } else if constexpr (std::is_same_v<T, BlockQuote>) {
          quote(item, parent, out, indent);
          after_heading = true;
        } else if constexpr (std::is_same_v<T, Table>) {
          table(item, parent, out, indent, block.position);
          after_heading = true;
        } else if constexpr (std::is_same_v<T, CodeBlock>) {
          code(item, parent, out, indent);
        } else if constexpr (std::is_same_v<T, Figure>) {
          figure(item, block, parent, out, indent);
        } else if constexpr (std::is_same_v<T, ThematicBreak>) {
          FlowBlock gap;  // a thematic break is a blank grid line
          gap.space_after = 1;
          out.push_back(std::move(gap));
        }
        // Raw HTML is left out of every edition.
      },
      block.value);
}

double BlockSetter::label_column(const std::vector<std::string>& labels, const FontRole& role) const {
  double widest = 0;
  for (const std::string& label : labels) {
    LayoutHandle layout(plain_layout(context_, label, role), g_object_unref);
    PangoRectangle extent;
    pango_layout_get_extents(layout.get(), nullptr, &extent);
    widest = std::max(widest, from_pango(extent.width));
  }
  return std::max(kListIndent, widest + kLabelGap * role.size);
}

void BlockSetter::list(const List& list, int parent, std::vector<FlowBlock>& out, double indent) {
  const int list_tag = element("L", parent);
  const FontRole& role = spec_.roles.body;
  std::vector<std::string> labels;
  for (std::size_t k = 0; k < list.items.size(); ++k) {
    labels.push_back(list.ordered ? std::to_string(list.start + static_cast<int>(k)) + "." : "\xE2\x80\xA2");  // •
  }
  // The items' text starts where the widest label of this list ends (10., 100.), nested lists from
  // their parent item's text.
  const double label_width = label_column(labels, role);
  std::vector<std::size_t> item_ends;  // index in `out` of each item's last block
  for (std::size_t k = 0; k < list.items.size(); ++k) {
    const Blocks& entry = list.items[k];
    const std::size_t item_begin = out.size();
    const int item_tag = element("LI", list_tag);
    const std::string& marker = labels[k];
    bool first = true;
    for (const Block& block : entry) {
      if (const auto* paragraph_block = std::get_if<Paragraph>(&block.value)) {
        in_language_of(block, item_tag, [&] {
          FlowBlock set = paragraph(paragraph_block->content, role, element("LBody", item_tag),
                                    column_ - indent - label_width, indent + label_width, 0, block.position);
          if (first && !set.lines.empty()) {
            FlowBlock label = this->set(plain(marker), role, label_width, false);
            if (!label.lines.empty()) {
              LineItem mark = std::move(label.lines.front());
              mark.x = indent;
              mark.block = element("Lbl", item_tag);
              mark.role = LineRole::list_item;
              // The marker takes the first line's grid slot and the first line shares it (0 units).
              set.lines.insert(set.lines.begin(), std::move(mark));
              set.units.insert(set.units.begin(), set.units.front());
              set.units[1] = 0;
            }
          }
          set.space_before = !first || !list.tight ? (list.tight ? 0 : 1) : 0;
          out.push_back(std::move(set));
        });
      } else {
        bool after = true;
        add(block, item_tag, after, out, indent + label_width);
      }
      first = false;
    }
    // An item that sets nothing (raw HTML only) has no end of its own to keep with the others.
    if (out.size() > item_begin) item_ends.push_back(out.size() - 1);
  }
  keep_ends_together(out, item_ends);
  if (!out.empty()) out.back().space_after = std::max(out.back().space_after, 1);
}

void BlockSetter::keep_ends_together(std::vector<FlowBlock>& out, const std::vector<std::size_t>& item_ends) {
  // No list or table starts with a single item at the foot of a column, or ends with one at the top.
  // `item_ends` holds only the ends of items that set blocks, so every index is inside `out`.
  if (item_ends.size() >= 2) out[item_ends.front()].keep_with_next = true;
  if (item_ends.size() >= 3) out[item_ends[item_ends.size() - 2]].keep_with_next = true;
}

void BlockSetter::testimonial(const Testimonial& item, int parent, std::vector<FlowBlock>& out, double indent) {
  const int quote_tag = element("BlockQuote", parent);
  const FontRole& role = spec_.roles.testimonial;
  const double measure = column_ - indent - kQuoteIndent;
  std::vector<FlowBlock> parts;
  for (const Block& block : item.content) {
    if (const auto* paragraph_block = std::get_if<Paragraph>(&block.value)) {
      in_language_of(block, quote_tag, [&] {
        parts.push_back(paragraph(paragraph_block->content, role, element("P", quote_tag), measure,
                                  indent + kQuoteIndent, 0, block.position));
      });
    } else {
      bool after = true;
      add(block, quote_tag, after, parts, indent + kQuoteIndent);
    }
  }
  // The attribution: the name in the chapter colour, the role after it; never hyphenated.
  StyledText attribution = styled_text(item.person);
  const std::size_t name_end = attribution.text.size();
  attribution.spans.push_back({0, name_end, false, true, false, ""});
  const std::string role_text = plain_text(item.role);
  if (!role_text.empty()) attribution.text += ", " + role_text;
  FlowBlock who = set(attribution, spec_.roles.attribution, measure, false);
  const int who_tag = element("Caption", quote_tag);
  for (LineItem& line : who.lines) {
    line.x += indent + kQuoteIndent;
    line.block = who_tag;
    line.role = LineRole::attribution;
  }
  for (std::size_t k = 0; k < parts.size(); ++k) {
    parts[k].space_before = k == 0 ? units(role.space_before) : 1;
    parts[k].bar = color_of(spec_.roles.attribution);
    parts[k].bar_offset = kQuoteIndent;
    for (LineItem& line : parts[k].lines) line.role = LineRole::testimonial;
  }
  // Keep the attribution with the quotation's last lines.
  if (!parts.empty()) {
    FlowBlock& last = parts.back();
    for (std::size_t k = 0; k < who.lines.size(); ++k) {
      last.lines.push_back(std::move(who.lines[k]));
      last.units.push_back(who.units[k]);
    }
    last.space_after = who.space_after;
    // The attribution does not count towards the lines kept together at a column break: the
    // quotation's own last lines must not be left alone with it.
    last.min_lines += static_cast<int>(who.lines.size());
  }
  for (FlowBlock& part : parts) out.push_back(std::move(part));
}

void BlockSetter::quote(const BlockQuote& item, int parent, std::vector<FlowBlock>& out, double indent) {
  const int quote_tag = element("BlockQuote", parent);
  std::vector<FlowBlock> parts;
  bool after = true;
  for (const Block& block : item.content) add(block, quote_tag, after, parts, indent + kQuoteIndent);
  for (std::size_t k = 0; k < parts.size(); ++k) {
    if (k == 0) parts[k].space_before = 1;
    parts[k].bar = color_of(spec_.roles.attribution);
    parts[k].bar_offset = kQuoteIndent;
  }
  if (!parts.empty()) parts.back().space_after = 1;
  for (FlowBlock& part : parts) out.push_back(std::move(part));
}

}  // namespace persklaar
