#pragma once
// A part's text made ready for tinyxml2, every line kept where it was so that positions stay right:
// - tinyxml2 drops text made only of white space, whatever its whitespace mode, yet Word writes the
//   spaces between words as runs of their own (<w:t xml:space="preserve"> </w:t>). Spaces and tabs
//   standing alone between a tag and an end tag are written as character references, which
//   tinyxml2 keeps.
// - Properties the reader never reads, which word processors write for every paragraph, run and
//   table cell, are left out when `leave_out_unread` (the caller knows "w:" is WordProcessingML
//   throughout the part): tinyxml2's parse is the largest part of reading a Word file, and it costs
//   by the element. A reader that starts to use one of them must take it off the lists in
//   part_text.cc.
#include <string>

namespace persklaar::docx {

std::string prepare_for_parsing(const std::string& bytes, bool leave_out_unread);

}  // namespace persklaar::docx
