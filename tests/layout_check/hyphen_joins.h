#pragma once
// Words hyphenated at a line end, joined again by where their lines stand rather than by reading
// order: the rest of "vergader‐" is the first word of the next line of the same paragraph or table
// cell, which in a table row read left to right is not the next line read.
#include "tests/pdf/pdf_reader.h"

namespace persklaar::testing {

// Joins on `page` each word ending its line or cell in a hyphen (an inserted U+2010, dropped, or
// the author's, kept) with the first word of the line
// below it that starts where its own line (or cell) starts, and removes that word. A word whose rest
// is not on the page (its paragraph goes on in the next column) keeps its hyphen.
void join_hyphenated_words(PdfPage& page);

}  // namespace persklaar::testing
