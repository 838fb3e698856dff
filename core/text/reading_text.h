#pragma once
// Model content as linear reading text, in the publication's language: what the editions that are
// read in one line at a time (the plain-text and the braille edition) say for links, images, table
// rows, list items and testimonials, so that they say it the same way.
#include <string>

#include "core/model/publication.h"
#include "core/text/labels.h"

namespace persklaar {

// A note's marker in reading text: "[3]".
std::string note_marker(int number);

// The inline content as plain text: emphasis dropped, links as "text (address)", images as
// "(Afbeelding: alt)", note references as their marker, a hard line break as '\n', raw markup left out.
// A link shows only its text when the text already is the address or the target is inside the
// publication ("#anchor"); "mailto:" is left off; and the address follows the word the link ends
// in: "[Buffer](buffer.md)s" reads "Buffers (buffer.md)".
std::string reading_text(const Inlines& inlines, const Labels& labels);

// One table row as "Header: value; Header: value" (a column without a header gives its value only).
std::string table_row_text(const Table& table, const std::vector<TableCell>& row, const Labels& labels);

// "Erna de Vos (bewoner) vertelt:", which announces a testimonial before its text.
std::string testimonial_announcement(const Testimonial& testimonial, const Labels& labels);

// "Afbeelding: alt. Caption", or "Afbeelding: alt" when the caption says the same.
std::string figure_text(const Figure& figure, const Labels& labels);

// The marker of item `index` (0-based) of a list, with its space: "3. " or "- ".
std::string list_marker(const List& list, std::size_t index);

}  // namespace persklaar
