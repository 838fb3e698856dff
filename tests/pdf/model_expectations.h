#pragma once
// What the document model says a rendering of it must contain: its paragraphs in reading order,
// its external addresses, and how many lists, items and quotations it holds.
#include <string>
#include <vector>

#include "core/model/publication.h"

namespace persklaar::testing {

struct ExpectedParagraph {
  std::string text;   // plain text, as the model holds it
  std::string where;  // "chapter › section", for messages
};

// Every paragraph in reading order: paragraph blocks, the paragraphs of testimonials and
// quotations, and list items, in every chapter (front, body and back matter).
std::vector<ExpectedParagraph> paragraphs_of(const Publication& publication);

// The targets of every link to outside the publication (http, https, mailto), distinct, in order.
std::vector<std::string> external_links_of(const Publication& publication);

struct BlockCounts {
  int paragraphs = 0;  // paragraph blocks outside lists (those in testimonials and quotations too)
  int lists = 0;
  int list_items = 0;
  int quotations = 0;  // testimonials and block quotes
  int titled_sections = 0;
};

BlockCounts count_blocks(const Publication& publication);

}  // namespace persklaar::testing
