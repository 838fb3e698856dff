#pragma once
// The small intermediate model between OOXML and the core model: the body as a list of paragraphs
// (with the role their style gives them and their list membership) and tables. Reading OOXML fills
// it (body_reader); document_structure turns it into chapters, sections, lists and testimonials.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/model/publication.h"
#include "plugins/docx/styles.h"

namespace persklaar::docx {

struct WordParagraph {
  ParagraphStyle style;
  std::optional<NumberingReference> list;  // set when the paragraph is a list item
  Inlines content;
  std::string anchor;  // the first bookmark in it: the id internal links point to
  SourcePosition position;
};

struct WordTable {
  Table table;
  SourcePosition position;
};

using WordBlock = std::variant<WordParagraph, WordTable>;

// A footnote or endnote: the text refers to it by id ("footnote-2", "endnote-1").
struct WordNote {
  std::string id;
  std::vector<WordBlock> content;
  SourcePosition position;
};

struct WordDocument {
  std::vector<WordBlock> body;
  std::vector<WordNote> notes;
  Metadata properties;  // from docProps/core.xml or the 2003 document properties
};

// A paragraph's block: a figure when it holds nothing but an image, a paragraph otherwise.
Block paragraph_block(WordParagraph& paragraph);

}  // namespace persklaar::docx
