#pragma once
// Reading a whole Word document into a publication fragment: from an OOXML package (a .docx or a
// Flat OPC file) by following its relationships, or from a Word 2003 XML document.
#include "core/diagnostics/diagnostic.h"
#include "core/model/publication.h"
#include "plugins/docx/package.h"

namespace persklaar::docx {

// Throws InputError when the package holds no Word document or a part is malformed.
Publication read_ooxml(const Package& package, Diagnostics& diagnostics);

// `bytes` is the whole document; throws InputError for malformed XML.
Publication read_word_2003(const std::string& file, const std::string& bytes, Diagnostics& diagnostics);

}  // namespace persklaar::docx
