#pragma once
// Visiting every run of inline content a publication holds, for passes that rewrite text.
#include <functional>

#include "core/model/publication.h"

namespace persklaar {

// Calls `visit` once for each top-level inline sequence: chapter and section titles, paragraph,
// heading and table-cell content, testimonial person and role, figure captions and alt texts, in
// document order. Inline sequences nested in emphasis or links are part of their parent's call.
void for_each_inline_sequence(Publication& publication, const std::function<void(Inlines&)>& visit);
void for_each_inline_sequence(Blocks& blocks, const std::function<void(Inlines&)>& visit);

}  // namespace persklaar
