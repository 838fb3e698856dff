#pragma once
// Pandoc-style attributes at the end of a heading: "Bijeenkomst {#terugblik .meeting}". Shared by
// every input format: a Word heading may end in the same block.
#include <optional>
#include <string>

#include "core/model/attributes.h"
#include "core/model/inline.h"

namespace persklaar {

// When `text` ends in a well-formed attribute block, removes it (and the space before it) from
// `text` and returns the attributes. A brace group that is not valid attribute syntax is left alone
// as ordinary text, as pandoc does.
std::optional<Attributes> take_trailing_attributes(std::string& text);

// The same for a heading's inlines: the block is taken off the last text run (which is dropped when
// nothing else is left in it). Empty attributes when the heading has none.
Attributes take_heading_attributes(Inlines& title);

}  // namespace persklaar
