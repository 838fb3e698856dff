#pragma once
// `{lang=…}` on a block written in another language than its section: shared by every reader, as
// a Word paragraph may end in the same block as a Markdown one.
//
// A paragraph that ends in `{lang=en}` (on its last line or a line of its own) is in that language.
// A paragraph holding nothing but `{lang=en}`, as the last block of a block quote or a list item,
// puts the whole quote (a testimonial too) or item in that language. Only a block made of `lang=…`
// alone counts: other braces at the end of a paragraph stay text.
#include <optional>

#include "core/model/attributes.h"
#include "core/model/block.h"
#include "core/model/inline.h"

namespace persklaar {

// Takes a trailing `{lang=…}` (and the spaces or line end before it) off `content`; empty
// attributes when there is none.
Attributes take_block_language(Inlines& content);

// A paragraph `take_block_language` emptied: a language mark for the block around it.
bool is_language_mark(const Block& block);

// When the last of `blocks` is a language mark, removes it and returns its attributes.
std::optional<Attributes> take_closing_language(Blocks& blocks);

// Adds `language` (attributes holding lang=…) to `attributes`, over any lang they had.
void add_language(Attributes& attributes, const Attributes& language);

}  // namespace persklaar
