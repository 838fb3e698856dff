#pragma once
// Word styles, matched on their built-in name (w:name: "heading 1", "Title", "Quote", …) through the
// w:basedOn chain, never on the style id, which Word localises ("Kop1" in Dutch Word) and LibreOffice
// spells its own way ("Heading1").
#include <map>
#include <optional>
#include <string>

#include "plugins/docx/xml_part.h"

namespace persklaar::docx {

// What a paragraph style makes of its paragraphs.
enum class ParagraphRole { body, title, subtitle, heading, quote, code, caption, list_paragraph };

struct ParagraphStyle {
  ParagraphRole role = ParagraphRole::body;
  int heading_level = 0;  // 1–9 for headings (from the name or w:outlineLvl), 0 otherwise
};

// Character formatting a style or a run sets; -1 where it says nothing.
struct CharacterFormat {
  int bold = -1;
  int italic = -1;
  int underline = -1;
  int hidden = -1;
  int code = -1;  // a monospace character style ("Verbatim Char", "Source Text")
  int superscript = -1;
  int subscript = -1;

  // Fills what this format leaves open from `base`.
  void inherit(const CharacterFormat& base);
};

// The numbering a style or a paragraph asks for.
struct NumberingReference {
  std::string num_id;  // "0" switches numbering off
  int level = 0;
};

class StyleSheet {
 public:
  // Reads the w:styles element of styles.xml (or of a Word 2003 document); an absent part gives an
  // empty sheet in which every paragraph is body text.
  void read(const tinyxml2::XMLElement* styles);

  ParagraphStyle paragraph_style(const std::string& id) const;
  CharacterFormat character_format(const std::string& id) const;
  std::optional<NumberingReference> numbering(const std::string& id) const;
  // The id of the paragraph style a paragraph without w:pStyle has.
  const std::string& default_paragraph_style() const { return default_paragraph_; }

 private:
  struct Style {
    std::string name;  // lowercase built-in name
    std::string based_on;
    int outline_level = -1;  // 0-based as in w:outlineLvl; -1 when not set
    CharacterFormat format;
    std::optional<NumberingReference> numbering;
  };
  // The style and its ancestors, nearest first, stopping at loops.
  template <typename Visit>
  void walk_chain(const std::string& id, Visit visit) const;

  ParagraphStyle resolve_paragraph_style(const std::string& id) const;
  std::optional<NumberingReference> resolve_numbering(const std::string& id) const;

  std::map<std::string, Style> styles_;
  std::string default_paragraph_;
  // Every paragraph asks for its style: each style's chain is walked once (the sheet is read whole
  // before any paragraph, so the answers never change).
  mutable std::map<std::string, ParagraphStyle> paragraph_styles_;
  mutable std::map<std::string, std::optional<NumberingReference>> numberings_;
};

// The character format of an rPr element (direct formatting).
CharacterFormat character_format_of(const tinyxml2::XMLElement* run_properties);

}  // namespace persklaar::docx
