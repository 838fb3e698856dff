// The block level of the body reader: paragraphs with their style and list membership, tables, and
// the wrappers Word puts around them (content controls, custom XML, tracked insertions).
#include <algorithm>
#include <cstdlib>

#include "plugins/docx/body_reader.h"

namespace persklaar::docx {
namespace {

bool is_empty(const Inlines& content) {
  for (const Inline& node : content) {
    const auto* text = std::get_if<Text>(&node.value);
    if (!text) return false;
    if (text->text.find_first_not_of(" \t") != std::string::npos) return false;
  }
  return true;
}

// Word keeps the spaces an author leaves at a paragraph's ends; no edition shows them.
void trim_ends(Inlines& content) {
  while (!content.empty()) {
    auto* text = std::get_if<Text>(&content.front().value);
    if (!text) break;
    text->text.erase(0, std::min(text->text.find_first_not_of(" \t"), text->text.size()));
    if (!text->text.empty()) break;
    content.erase(content.begin());
  }
  while (!content.empty()) {
    auto* text = std::get_if<Text>(&content.back().value);
    if (!text) break;
    const auto last = text->text.find_last_not_of(" \t");
    text->text.erase(last == std::string::npos ? 0 : last + 1);
    if (!text->text.empty()) break;
    content.pop_back();
  }
}

const char* value_or_empty(const tinyxml2::XMLElement* element) {
  const char* value = attribute(element, Ns::word, "val");
  return value ? value : "";
}

NumberingReference numbering_reference(const tinyxml2::XMLElement* list, std::string_view number_name) {
  NumberingReference reference;
  if (const char* num = child_value(list, number_name)) reference.num_id = num;
  if (const char* level = child_value(list, "ilvl")) reference.level = std::atoi(level);
  return reference;
}

}  // namespace

// What the reader takes from a paragraph's properties (w:pPr), found in one pass over them; of each
// property the first counts.
struct ParagraphProperties {
  const char* style = nullptr;          // w:pStyle
  const char* outline_level = nullptr;  // w:outlineLvl
  std::optional<NumberingReference> list;
  bool drop_cap = false;  // a large first letter set apart (w:framePr w:dropCap)

  explicit ParagraphProperties(const tinyxml2::XMLElement* paragraph) {
    const tinyxml2::XMLElement* numbering = nullptr;       // w:numPr
    const tinyxml2::XMLElement* numbering_2003 = nullptr;  // w:listPr
    const tinyxml2::XMLElement* frame = nullptr;           // w:framePr
    for (const auto* element : elements(child(paragraph, Ns::word, "pPr"))) {
      if (namespace_of(element) != Ns::word) continue;
      const std::string_view name = local_name(element);
      if (name == "pStyle" && !style) style = value_or_empty(element);
      if (name == "outlineLvl" && !outline_level) outline_level = value_or_empty(element);
      if (name == "numPr" && !numbering) numbering = element;
      if (name == "listPr" && !numbering_2003) numbering_2003 = element;
      if (name == "framePr" && !frame) frame = element;
    }
    if (numbering) {
      list = numbering_reference(numbering, "numId");
    } else if (numbering_2003) {
      list = numbering_reference(numbering_2003, "ilfo");
    }
    const char* drop = attribute(frame, Ns::word, "dropCap");
    drop_cap = drop && std::string_view(drop) != "none";
  }
};

BodyReader::BodyReader(const DocumentParts& parts, const XmlPart& part, const Relationships& relationships)
    : parts_(parts), part_(part), relationships_(relationships) {}

std::vector<WordBlock> BodyReader::blocks(const tinyxml2::XMLElement* container) {
  std::vector<WordBlock> out;
  for (const auto* element : elements(container)) block_element(element, out);
  return out;
}

void BodyReader::block_element(const tinyxml2::XMLElement* element, std::vector<WordBlock>& out) {
  const Ns ns = namespace_of(element);
  const std::string_view name = local_name(element);
  if (ns == Ns::word) {
    if (name == "p") {
      const ParagraphProperties properties(element);
      WordParagraph read = paragraph(element, properties);
      if (properties.drop_cap) {  // a large first letter set apart: it belongs to the next paragraph
        for (Inline& node : read.content) drop_cap_.push_back(std::move(node));
        return;
      }
      if (!drop_cap_.empty()) {
        read.content.insert(read.content.begin(), drop_cap_.begin(), drop_cap_.end());
        drop_cap_.clear();
      }
      if (!is_empty(read.content)) out.push_back(std::move(read));
      return;
    }
    if (name == "tbl") {
      out.push_back(table(element));
      return;
    }
    // Properties, deleted or moved-away text, and marks without text.
    if (name == "sectPr" || name == "del" || name == "moveFrom" || name == "bookmarkEnd" || name == "proofErr" ||
        name == "commentRangeStart" || name == "commentRangeEnd" || name == "permStart" || name == "permEnd" ||
        name == "sdtPr" || name == "sdtEndPr" || name == "tblPr" || name == "docPartObj" || name == "footnotePr" ||
        name == "endnotePr") {
      return;
    }
    if (name == "bookmarkStart") {
      if (const char* bookmark = attribute(element, Ns::word, "name")) pending_anchor_ = bookmark;
      return;
    }
  }
  if (ns == Ns::annotations && name == "annotation") {
    const char* type = attribute(element, Ns::word, "type");
    const std::string kind = type ? type : "";
    if (kind != "Word.Insertion") return;  // deletions and comments are left out
    for (const auto* content : elements(element)) {
      if (is(content, Ns::annotations, "content")) {
        for (const auto* inner : elements(content)) block_element(inner, out);
      }
    }
    return;
  }
  // Content controls, custom XML, inserted text, 2003 sub-sections and elements this reader does not
  // know: their paragraphs count, so the text inside is never lost.
  for (const auto* inner : elements(element)) block_element(inner, out);
}

WordParagraph BodyReader::paragraph(const tinyxml2::XMLElement* element, const ParagraphProperties& properties) {
  WordParagraph result;
  result.position = part_.position(element);
  const std::string style_id = properties.style ? properties.style : parts_.styles.default_paragraph_style();
  result.style = parts_.styles.paragraph_style(style_id);
  if (properties.outline_level) {
    const int outline = std::atoi(properties.outline_level);
    if (outline >= 0 && outline < 9 && result.style.role == ParagraphRole::body) {
      result.style = ParagraphStyle{ParagraphRole::heading, outline + 1};
    }
  }
  std::optional<NumberingReference> list = properties.list;
  if (!list) list = parts_.styles.numbering(style_id);
  if (list && !list->num_id.empty() && list->num_id != "0") result.list = list;

  // A bookmark just before the paragraph (at body level) names it as well as one inside.
  std::string anchor = std::move(pending_anchor_);
  pending_anchor_.clear();
  FormattedRuns runs;
  inline_children(element, runs, RunStyle{});
  // A complex field still open at the paragraph's end continues in the next one: its result can no
  // longer become a link of this paragraph.
  forget_runs(runs);
  result.content = std::move(runs).finish();
  trim_ends(result.content);
  result.anchor = anchor.empty() ? std::move(pending_anchor_) : std::move(anchor);
  pending_anchor_.clear();
  return result;
}

}  // namespace persklaar::docx
