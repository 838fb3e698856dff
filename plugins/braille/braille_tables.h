#pragma once
// Which liblouis tables translate a language: the table list (translation table plus hyphenation
// patterns) for a BCP 47 tag.
#include <optional>
#include <string>

namespace persklaar::braille {

// Dutch ("nl", "nl-BE", …): uncontracted Dutch braille, nl-NL-g0.utb, with Dutch hyphenation.
// English ("en", "en-GB", …): Unified English Braille grade 2, en-ueb-g2.ctb, with English hyphenation.
// Any other language: none (the caller warns and uses the publication's table).
std::optional<std::string> table_list_for(const std::string& language);

// Whether liblouis can compile the table list (its files are installed: Debian's liblouis-data).
bool table_available(const std::string& table_list);

}  // namespace persklaar::braille
