#include "plugins/braille/braille_tables.h"

#include <liblouis/liblouis.h>

#include "core/text/language.h"

namespace persklaar::braille {

std::optional<std::string> table_list_for(const std::string& language) {
  const std::string primary = primary_language_subtag(language);
  // The hyphenation dictionary goes last in the list: liblouis takes its patterns for
  // lou_hyphenate and leaves translation to the tables before it.
  if (primary == "nl") return "nl-NL-g0.utb,hyph_nl_NL.dic";
  if (primary == "en") return "en-ueb-g2.ctb,hyph_en_US.dic";
  return std::nullopt;
}

bool table_available(const std::string& table_list) {
  return lou_getTable(table_list.c_str()) != nullptr;
}

}  // namespace persklaar::braille
