#pragma once
// The document's own properties (File, Properties in Word): title, author and creation date, from
// docProps/core.xml or a Word 2003 document's o:DocumentProperties. They fill the publication's
// metadata only where the body has no Title or Subtitle paragraph.
#include "core/model/publication.h"
#include "plugins/docx/xml_part.h"

namespace persklaar::docx {

// Reads cp:coreProperties (OOXML) or o:DocumentProperties (Word 2003).
Metadata document_properties(const tinyxml2::XMLElement* properties, const SourcePosition& where);

}  // namespace persklaar::docx
