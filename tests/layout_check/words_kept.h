#pragma once
// No word lost: every word of the text edition's body (from its first print-page marker on, the
// labels the text edition adds for listeners and the header it repeats in each table row left out)
// is in the PDF's text, read in reading order with hyphenated and broken words rejoined, as often as
// in the text edition; and its paragraphs stand in the same order (each found by its opening words
// after the one before it).
#include <string>
#include <vector>

#include "tests/layout_check/checked_edition.h"

namespace persklaar::testing {

struct WordComparison {
  std::size_t words = 0;                  // words of the text edition compared
  std::vector<std::string> lost;          // more often in the text edition than in the PDF
  std::size_t paragraphs = 0;             // paragraphs placed by their opening words
  std::size_t in_order = 0;               // found after the paragraph before them
  std::vector<std::string> out_of_order;  // found only before the paragraph before them
};

// Compares the edition's text edition with its PDF. A figure's description may be printed (in place
// of a picture) or carried as the /Alt of its Figure element; its caption must be printed. A section's
// notes count for their words but not for the order, for the PDF sets them at the foot of a column.
WordComparison compare_words(const CheckedEdition& edition);

}  // namespace persklaar::testing
