#pragma once
// The publication's chapters on braille pages, after the formatting rules in docs/braille.md: every
// chapter on a new page with its title centred, section titles and subheadings set apart by blank
// lines, a blank line between paragraphs, testimonials announced with person and role, list items
// with their markers, tables read row by row, and print page turns where the print edition's pages
// begin.
#include <map>
#include <string>
#include <vector>

#include "core/layout/layout_spec.h"
#include "core/model/publication.h"
#include "core/text/labels.h"
#include "plugins/braille/braille_pages.h"
#include "plugins/braille/braille_translator.h"

namespace persklaar::braille {

struct BodyLayout {
  std::vector<PageContent> pages;
  std::map<std::string, int> start_pages;     // chapter and section id → the braille page its title is on
  std::map<std::string, std::string> tables;  // chapter and section id → the table list of its language
};

// Lays out every chapter, numbering pages from `first_page`.
BodyLayout lay_out_body(const Publication& publication, const BraillePage& geometry, int first_page,
                        BrailleTranslator& translator);

// "Hoofdstuk 3: Title": the label in the publication's table, the title in `title_table` (a chapter
// in another language keeps the publication's label); front and back matter have the title alone.
BrailleText chapter_title_cells(const Labels& labels, int number, const std::string& title,
                                const std::string& title_table, BrailleTranslator& translator);

// The cells of a print page reference, "p7" or "p26-28".
std::u32string print_reference_cells(const std::string& reference, BrailleTranslator& translator);

}  // namespace persklaar::braille
