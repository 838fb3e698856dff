#pragma once
// Step two of reading Word: the intermediate paragraphs and tables become the core model. Headings
// open chapters and sections through the shared conventions (core/conventions), Title and Subtitle
// paragraphs fill the metadata, runs of quotation paragraphs become block quotes or testimonials,
// numbered paragraphs nested lists, and a paragraph holding only an image a figure.
#include "core/model/publication.h"
#include "plugins/docx/numbering.h"
#include "plugins/docx/word_document.h"

namespace persklaar::docx {

Publication build_publication(WordDocument document, const Numbering& numbering);

// The blocks of a part of a document with no chapters (a note, a table cell): the same grouping of
// quotations, code and lists, headings kept as headings.
Blocks build_blocks(std::vector<WordBlock> blocks, const Numbering& numbering);

}  // namespace persklaar::docx
