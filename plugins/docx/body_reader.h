#pragma once
// Step one of reading Word: the body of the main document part (or a note's content) becomes the
// intermediate WordBlocks. One class, its steps in three files by concept: paragraphs.cc (the block
// level), runs.cc (text, formatting, links, fields, images), tables.cc.
#include <map>
#include <vector>

#include "core/diagnostics/diagnostic.h"
#include "plugins/docx/formatted_runs.h"
#include "plugins/docx/numbering.h"
#include "plugins/docx/package.h"
#include "plugins/docx/relationships.h"
#include "plugins/docx/styles.h"
#include "plugins/docx/word_document.h"
#include "plugins/docx/xml_part.h"

namespace persklaar::docx {

// What the body reader needs besides the part it reads.
struct DocumentParts {
  const Package& package;
  const StyleSheet& styles;
  const Numbering& numbering;
  Diagnostics& diagnostics;
  // Word 2003 keeps images in the document (w:binData), named by "wordml://…" addresses.
  const std::map<std::string, std::string>* inline_images = nullptr;
};

struct ParagraphProperties;  // paragraphs.cc

class BodyReader {
 public:
  // `relationships` are those of `part` (hyperlink addresses and images).
  BodyReader(const DocumentParts& parts, const XmlPart& part, const Relationships& relationships);

  // The blocks of a container of paragraphs and tables: w:body, a table cell, a note.
  std::vector<WordBlock> blocks(const tinyxml2::XMLElement* container);

  // Notes written inside the text (Word 2003's w:footnote in a run), in the order read; the text
  // refers to them by id.
  std::vector<WordNote> take_inline_notes() { return std::move(inline_notes_); }

 private:
  // paragraphs.cc
  void block_element(const tinyxml2::XMLElement* element, std::vector<WordBlock>& out);
  WordParagraph paragraph(const tinyxml2::XMLElement* element, const ParagraphProperties& properties);

  // runs.cc
  void inline_children(const tinyxml2::XMLElement* parent, FormattedRuns& out, RunStyle style);
  void inline_element(const tinyxml2::XMLElement* element, FormattedRuns& out, RunStyle style);
  void run(const tinyxml2::XMLElement* element, FormattedRuns& out, RunStyle style);
  void run_content(const tinyxml2::XMLElement* element, FormattedRuns& out, RunStyle style);
  void hyperlink(const tinyxml2::XMLElement* element, std::string target, FormattedRuns& out, RunStyle style);
  void simple_field(const tinyxml2::XMLElement* element, FormattedRuns& out, RunStyle style);
  void field_character(const tinyxml2::XMLElement* element, FormattedRuns& out);
  void drawing(const tinyxml2::XMLElement* element, FormattedRuns& out, RunStyle style);
  void vml_picture(const tinyxml2::XMLElement* element, FormattedRuns& out, RunStyle style);
  void image(const std::string& part_name, const std::string* bytes, const std::string& description,
             const std::string& title, const tinyxml2::XMLElement* where, FormattedRuns& out, RunStyle style);
  void annotation(const tinyxml2::XMLElement* element, FormattedRuns& out, RunStyle style);
  void inline_note(const tinyxml2::XMLElement* element, FormattedRuns& out);
  RunStyle style_of_run(const tinyxml2::XMLElement* run_properties, RunStyle inherited, bool& hidden) const;
  bool collecting_field_code() const;
  // Open fields no longer wrap their result into a link of `runs`, which is finished.
  void forget_runs(const FormattedRuns& runs);

  // tables.cc
  WordTable table(const tinyxml2::XMLElement* element);

  const DocumentParts& parts_;
  const XmlPart& part_;
  const Relationships& relationships_;
  std::string pending_anchor_;  // bookmarks seen in the current paragraph
  Inlines drop_cap_;            // a drop cap's letter, waiting for the paragraph it begins
  std::vector<WordNote> inline_notes_;

  // Complex fields (w:fldChar begin … separate … end) span runs: their code is left out, their
  // result kept; a HYPERLINK field's result becomes a link.
  struct OpenField {
    std::string code;
    bool in_result = false;
    std::size_t result_start = 0;   // where its result begins in the paragraph's runs
    FormattedRuns* runs = nullptr;  // the paragraph it began in
  };
  std::vector<OpenField> fields_;
};

// The target of a HYPERLINK field code (`HYPERLINK "https://…"` or `HYPERLINK \l "anchor"`), or "".
std::string hyperlink_field_target(const std::string& code);

}  // namespace persklaar::docx
