#pragma once
// The braille edition's files: BRF (North American ASCII braille, which embossers take), PEF 1.0
// (the DAISY Consortium's XML with Unicode braille), and a Unicode-braille preview for sighted
// staff. All three carry the same pages.
#include <string>

#include "core/model/publication.h"
#include "plugins/braille/braille_edition.h"

namespace persklaar::braille {

// One line per braille line, ended by CR LF; a form feed ends every page. Only the 64 characters
// of the braille ASCII set (space to underscore) appear besides those.
std::string brf_document(const BrailleEdition& edition);

// A PEF 1.0 document (version 2008-1): one volume and section, a page per braille page, a row per
// line; head metadata from the publication (dc:format and dc:identifier always).
std::string pef_document(const BrailleEdition& edition, const Metadata& metadata);

// UTF-8 Unicode braille, a line per braille line, a form feed line between pages.
std::string preview_document(const BrailleEdition& edition);

// The braille ASCII character of a six-dot cell (U+2800…U+283F).
char brf_character(char32_t cell);

}  // namespace persklaar::braille
