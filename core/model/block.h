#pragma once
// Block content: the closed set of block kinds every output must render.
#include <string>
#include <variant>
#include <vector>

#include "core/model/attributes.h"
#include "core/model/inline.h"

namespace persklaar {

struct Block;
using Blocks = std::vector<Block>;

// A page of the print edition that begins here: at the start of this part of the publication, or
// inside its text (a paragraph continued from the page before). Filled by pagination, so that the
// e-book and the text edition can carry the print edition's page numbers.
struct PrintPageBreak {
  int page = 0;
  bool inside = false;
};

struct Paragraph {
  Inlines content;
};
// A heading inside a section (level 3 and deeper in a manuscript); chapter and section titles are not
// blocks but belong to Chapter and Section. Headings nested in lists or quotes keep their level.
struct Heading {
  int level = 3;
  Inlines content;
};
struct List {
  bool ordered = false;
  int start = 1;         // first number of an ordered list
  char delimiter = '.';  // '.' or ')' for ordered lists
  bool tight = true;     // items are single paragraphs without spacing between them
  std::vector<Blocks> items;
};
struct BlockQuote {
  Blocks content;
};
// A participant's statement with who said it: the heart of an "experiences" section.
struct Testimonial {
  Blocks content;
  Inlines person;
  Inlines role;  // empty when the manuscript names no role
};
struct CodeBlock {
  std::string info;  // the info string after the opening fence
  std::string text;  // ends with a newline unless empty
};
struct ThematicBreak {};
struct Figure {
  std::string source;
  Inlines alt;
  Inlines caption;
};
enum class Alignment { none, left, center, right };
struct TableCell {
  Inlines content;
};
struct Table {
  std::vector<Alignment> alignments;  // one per column
  std::vector<TableCell> header;
  std::vector<std::vector<TableCell>> rows;
};
struct RawBlock {
  std::string format;
  std::string text;
};

struct Block {
  using Value = std::variant<Paragraph, Heading, List, BlockQuote, Testimonial, CodeBlock, ThematicBreak, Figure, Table,
                             RawBlock>;
  Value value;
  SourcePosition position;
  Attributes attributes;
  std::vector<PrintPageBreak> print_pages{};  // print pages beginning in this block (top-level blocks only)
};

}  // namespace persklaar
