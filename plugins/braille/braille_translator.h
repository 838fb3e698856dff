#pragma once
// The publication's translation into braille: the table of each language it uses, chosen once,
// with a warning for a language liblouis has no table for.
#include <map>
#include <string>

#include "core/diagnostics/diagnostic.h"
#include "core/model/publication.h"
#include "plugins/braille/braille_text.h"

namespace persklaar::braille {

class BrailleTranslator {
 public:
  // Throws InputError when the publication's own table is not installed.
  BrailleTranslator(const Publication& publication, Diagnostics& diagnostics);

  // The table list of the publication's language (Dutch when it has none of its own).
  const std::string& main_table() const { return main_table_; }

  // The table list for a part written in `language` (empty: the publication's). A language without
  // a table is warned about once, at `where`, and gets the publication's table.
  const std::string& table_for(const std::string& language, const SourcePosition& where);

  // The contents and the body are laid out more than once (until the contents' length settles) and
  // each round asks for the same paragraphs again: braille::translate remembers them (braille_text.h).
  BrailleText translate(const std::string& text, const std::string& table);
  // Cells of short furniture (page numbers, references) in the publication's table.
  std::u32string cells(const std::string& text);

  // One warning per table naming the characters it had no braille for, if any.
  void report_unknown_characters();

 private:
  Diagnostics& diagnostics_;
  std::string main_language_;
  std::string main_table_;
  std::map<std::string, std::string> tables_;      // language → table list
  std::map<std::string, std::u32string> unknown_;  // table → characters it has no braille for
};

}  // namespace persklaar::braille
