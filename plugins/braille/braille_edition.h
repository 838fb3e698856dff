#pragma once
// The braille edition of a publication: a title page, a contents page with braille page numbers,
// then the chapters, on pages of the layout's <braille> size. Every page's first line carries the
// print page reference and the braille page number at its right.
#include <string>
#include <vector>

#include "core/diagnostics/diagnostic.h"
#include "core/layout/layout_spec.h"
#include "core/model/publication.h"

namespace persklaar::braille {

struct BrailleEdition {
  BraillePage geometry;
  std::vector<std::vector<std::u32string>> pages;  // each at most geometry.lines lines of at most geometry.cells cells
  std::string table;                               // the publication's table list
  int contents_pages = 1;                          // how many pages the contents took
};

// How the pages are found. The contents' length decides where the chapters start, and the chapters'
// pages what the contents say, so the body is laid out until the contents' length stays the same:
// starting from the length an earlier making found saves a round. One round translates every text
// the edition holds, which is all a preparation needs.
struct BrailleEditionSteps {
  int contents_pages = 1;  // the first guess of the contents' length
  bool settle = true;      // false: one round only, the pages perhaps not final
};

// Throws InputError when the publication's braille table cannot be loaded; warns about parts in a
// language without a table.
BrailleEdition make_braille_edition(const Publication& publication, const BraillePage& geometry,
                                    Diagnostics& diagnostics, const BrailleEditionSteps& steps = {});

}  // namespace persklaar::braille
