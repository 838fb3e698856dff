#include "plugins/braille/braille_translator.h"

#include <stdexcept>

#include "core/text/utf8.h"
#include "plugins/braille/braille_tables.h"

namespace persklaar::braille {

BrailleTranslator::BrailleTranslator(const Publication& publication, Diagnostics& diagnostics)
    : diagnostics_(diagnostics), main_language_(publication.metadata.language) {
  const std::string fallback = *table_list_for("nl");
  const auto own = table_list_for(main_language_);
  if (!own && !main_language_.empty()) {
    diagnostics_.warn(publication.metadata.position,
                      "no braille table for the publication's language '" + main_language_ + "'; using Dutch braille",
                      "braille tables are known for nl and en");
  }
  main_table_ = own.value_or(fallback);
  if (!table_available(main_table_)) {
    throw InputError(publication.metadata.position, "the braille table " + main_table_ + " cannot be loaded",
                     "install Debian's liblouis-data (scripts/debian-packages.txt lists it)");
  }
  tables_[main_language_] = main_table_;
}

const std::string& BrailleTranslator::table_for(const std::string& language, const SourcePosition& where) {
  if (language.empty()) return main_table_;
  if (const auto found = tables_.find(language); found != tables_.end()) return found->second;
  std::string chosen = main_table_;
  if (const auto own = table_list_for(language); own && table_available(*own)) {
    chosen = *own;
  } else {
    diagnostics_.warn(where, "no braille table for language '" + language + "'; this part uses the publication's table",
                      "braille tables are known for nl and en");
  }
  return tables_.emplace(language, chosen).first->second;
}

BrailleText BrailleTranslator::translate(const std::string& text, const std::string& table) {
  BrailleText result;
  try {
    result = braille::translate(text, table);
  } catch (const std::runtime_error& error) {
    throw InputError({}, error.what(), "check that Debian's liblouis-data is installed");
  }
  std::u32string& unknown = unknown_[table];
  for (char32_t c : result.unknown_characters) {
    if (unknown.find(c) == std::u32string::npos) unknown += c;
  }
  return result;
}

void BrailleTranslator::report_unknown_characters() {
  for (const auto& [table, characters] : unknown_) {
    if (characters.empty()) continue;
    std::string list;
    for (char32_t c : characters) {
      if (!list.empty()) list += ' ';
      append_utf8(list, c);
    }
    diagnostics_.warn({}, "the braille table " + table + " has no braille for " + list,
                      "letters are written as their base letter (ş as s), other characters as liblouis's escape");
  }
  unknown_.clear();
}

std::u32string BrailleTranslator::cells(const std::string& text) {
  return translate(text, main_table_).cells;
}

}  // namespace persklaar::braille
