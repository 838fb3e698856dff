#pragma once
// Pandoc-style attributes at the end of a heading: "Bijeenkomst {#terugblik .meeting}".
#include <optional>
#include <string>

#include "core/model/attributes.h"

namespace persklaar::markdown {

// When `text` ends in a well-formed attribute block, removes it (and the space before it) from
// `text` and returns the attributes. A brace group that is not valid attribute syntax is left alone
// as ordinary text, as pandoc does.
std::optional<Attributes> take_trailing_attributes(std::string& text);

}  // namespace persklaar::markdown
