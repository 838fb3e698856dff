#pragma once
// Visiting every run of inline content a publication holds, for passes that rewrite text.
#include <functional>

#include "core/model/publication.h"

namespace persklaar {

// Calls `visit` once for each top-level inline sequence: chapter and section titles, paragraph,
// heading and table-cell content, testimonial person and role, figure captions and alt texts, in
// document order, and then each chapter's notes. Inline sequences nested in emphasis or links are part
// of their parent's call.
void for_each_inline_sequence(Publication& publication, const std::function<void(Inlines&)>& visit);
void for_each_inline_sequence(Blocks& blocks, const std::function<void(Inlines&)>& visit);
void for_each_inline_sequence(const Blocks& blocks, const std::function<void(const Inlines&)>& visit);

// Calls `visit` for every link in `inlines`, those nested in emphasis (or in another link) included.
void for_each_link(Inlines& inlines, const std::function<void(Link&)>& visit);
void for_each_link(const Inlines& inlines, const std::function<void(const Link&)>& visit);

// Calls `visit` for every note reference in `inlines`, nested ones (in emphasis, links) included.
void for_each_note_reference(Inlines& inlines, const std::function<void(NoteReference&)>& visit);
void for_each_note_reference(const Inlines& inlines, const std::function<void(const NoteReference&)>& visit);

}  // namespace persklaar
