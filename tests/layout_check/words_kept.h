#pragma once
// No word lost: every word of the text edition's body (from its first print-page marker on, the
// labels the text edition adds for listeners left out) is in the PDF's text, read in reading order
// with hyphenated and broken addresses rejoined, as often as in the text edition; and its paragraphs
// stand in the same order (each found by its opening words after the one before it).
#include <string>
#include <vector>

#include "core/layout/frame.h"
#include "core/model/publication.h"
#include "tests/pdf/pdf_reader.h"

namespace persklaar::testing {

struct WordComparison {
  std::size_t words = 0;                  // words of the text edition compared
  std::vector<std::string> lost;          // more often in the text edition than in the PDF
  std::size_t paragraphs = 0;             // paragraphs placed by their opening words
  std::size_t in_order = 0;               // found after the paragraph before them
  std::vector<std::string> out_of_order;  // found only before the paragraph before them
};

// Compares the text edition `text_edition` with the PDF `pdf` painted from `laid_out`.
WordComparison compare_words(const std::string& text_edition, const PdfText& pdf, const LaidOutPublication& laid_out,
                             const std::string& language);

}  // namespace persklaar::testing
