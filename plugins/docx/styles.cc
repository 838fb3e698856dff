#include "plugins/docx/styles.h"

#include <cctype>
#include <set>

namespace persklaar::docx {
namespace {

// A style's name as Word shows it, lowercase. LibreOffice's Word 2003 export keeps OpenDocument's
// encoded names, where "_20_" stands for a space ("Heading_20_1").
std::string display_name(const std::string& name) {
  std::string out;
  for (std::size_t k = 0; k < name.size(); ++k) {
    if (name[k] == '_' && k + 3 < name.size() && name[k + 3] == '_' &&
        std::isxdigit(static_cast<unsigned char>(name[k + 1])) &&
        std::isxdigit(static_cast<unsigned char>(name[k + 2]))) {
      const char code = static_cast<char>(std::stoi(name.substr(k + 1, 2), nullptr, 16));
      if (code >= 0x20 && code < 0x7F) {
        out += code;
        k += 3;
        continue;
      }
    }
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(name[k])));
  }
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

int merged(int own, int base) {
  return own >= 0 ? own : base;
}

// A heading level from a built-in name: "heading 1" … "heading 9".
int heading_level_of(const std::string& name) {
  if (name.size() == 9 && name.rfind("heading ", 0) == 0 && name[8] >= '1' && name[8] <= '9') return name[8] - '0';
  return 0;
}

std::optional<ParagraphStyle> style_of_name(const std::string& name) {
  if (const int level = heading_level_of(name)) return ParagraphStyle{ParagraphRole::heading, level};
  if (name == "title") return ParagraphStyle{ParagraphRole::title, 0};
  if (name == "subtitle") return ParagraphStyle{ParagraphRole::subtitle, 0};
  // LibreOffice names its quotation style "Quotations"; pandoc writes "Block Text".
  if (name == "quote" || name == "intense quote" || name == "quotations" || name == "block text") {
    return ParagraphStyle{ParagraphRole::quote, 0};
  }
  if (name == "source code" || name == "html preformatted" || name == "preformatted text") {
    return ParagraphStyle{ParagraphRole::code, 0};
  }
  if (name == "caption" || name == "image caption" || name == "table caption") {
    return ParagraphStyle{ParagraphRole::caption, 0};
  }
  if (name == "list paragraph") return ParagraphStyle{ParagraphRole::list_paragraph, 0};
  return std::nullopt;
}

bool is_code_character_style(const std::string& name) {
  return name == "verbatim char" || name == "source text" || name == "html code" || name == "html keyboard";
}

}  // namespace

void CharacterFormat::inherit(const CharacterFormat& base) {
  bold = merged(bold, base.bold);
  italic = merged(italic, base.italic);
  underline = merged(underline, base.underline);
  hidden = merged(hidden, base.hidden);
  code = merged(code, base.code);
  superscript = merged(superscript, base.superscript);
  subscript = merged(subscript, base.subscript);
}

CharacterFormat character_format_of(const tinyxml2::XMLElement* properties) {
  CharacterFormat format;
  if (!properties) return format;
  format.bold = on_off(properties, "b");
  format.italic = on_off(properties, "i");
  format.underline = on_off(properties, "u");
  format.hidden = on_off(properties, "vanish");
  if (const char* align = child_value(properties, "vertAlign")) {
    const std::string value = align;
    format.superscript = value == "superscript";
    format.subscript = value == "subscript";
  }
  return format;
}

void StyleSheet::read(const tinyxml2::XMLElement* styles) {
  paragraph_styles_.clear();
  numberings_.clear();
  for (const auto* element : elements(styles)) {
    if (!is(element, Ns::word, "style")) continue;
    const char* id = attribute(element, Ns::word, "styleId");
    if (!id) continue;
    Style style;
    if (const char* name = child_value(element, "name")) style.name = display_name(name);
    if (const char* base = child_value(element, "basedOn")) style.based_on = base;
    const auto* paragraph = child(element, Ns::word, "pPr");
    if (const char* level = child_value(paragraph, "outlineLvl")) style.outline_level = std::atoi(level);
    if (const auto* list = child(paragraph, Ns::word, "numPr")) {
      NumberingReference reference;
      if (const char* num = child_value(list, "numId")) reference.num_id = num;
      if (const char* level = child_value(list, "ilvl")) reference.level = std::atoi(level);
      style.numbering = reference;
    }
    style.format = character_format_of(child(element, Ns::word, "rPr"));
    if (is_code_character_style(style.name)) style.format.code = 1;
    // A link's look (underlined, coloured) is the link itself, not emphasis.
    if (style.name == "hyperlink" || style.name == "internet link" || style.name == "followedhyperlink") {
      style.format = CharacterFormat{};
    }
    const char* type = attribute(element, Ns::word, "type");
    const char* is_default = attribute(element, Ns::word, "default");
    if (type && std::string(type) == "paragraph" && is_default &&
        (std::string(is_default) == "1" || std::string(is_default) == "on")) {
      default_paragraph_ = id;
    }
    styles_[id] = std::move(style);
  }
}

template <typename Visit>
void StyleSheet::walk_chain(const std::string& id, Visit visit) const {
  std::set<std::string> seen;
  for (std::string at = id; !at.empty() && seen.insert(at).second;) {
    const auto found = styles_.find(at);
    if (found == styles_.end()) return;
    if (!visit(found->second)) return;
    at = found->second.based_on;
  }
}

ParagraphStyle StyleSheet::paragraph_style(const std::string& id) const {
  auto known = paragraph_styles_.find(id);
  if (known == paragraph_styles_.end()) known = paragraph_styles_.emplace(id, resolve_paragraph_style(id)).first;
  return known->second;
}

std::optional<NumberingReference> StyleSheet::numbering(const std::string& id) const {
  auto known = numberings_.find(id);
  if (known == numberings_.end()) known = numberings_.emplace(id, resolve_numbering(id)).first;
  return known->second;
}

ParagraphStyle StyleSheet::resolve_paragraph_style(const std::string& id) const {
  // A style the document uses but does not define (a package without styles.xml) is known by its id.
  if (!styles_.count(id)) {
    std::string name = display_name(id);
    if (name.size() == 8 && name.rfind("heading", 0) == 0) name.insert(7, " ");  // "Heading1"
    return style_of_name(name).value_or(ParagraphStyle{});
  }
  ParagraphStyle result;
  int outline_level = -1;
  bool named = false;
  walk_chain(id, [&](const Style& style) {
    if (outline_level < 0) outline_level = style.outline_level;
    if (auto known = style_of_name(style.name)) {
      result = *known;
      named = true;
      return false;
    }
    return true;
  });
  // A custom style with an outline level is a heading of that level, unless its name says otherwise.
  if (!named && outline_level >= 0 && outline_level < 9)
    return ParagraphStyle{ParagraphRole::heading, outline_level + 1};
  return result;
}

CharacterFormat StyleSheet::character_format(const std::string& id) const {
  CharacterFormat result;
  walk_chain(id, [&](const Style& style) {
    result.inherit(style.format);
    return true;
  });
  return result;
}

std::optional<NumberingReference> StyleSheet::resolve_numbering(const std::string& id) const {
  std::optional<NumberingReference> result;
  walk_chain(id, [&](const Style& style) {
    if (style.numbering) result = style.numbering;
    return !result;
  });
  return result;
}

}  // namespace persklaar::docx
