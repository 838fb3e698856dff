#pragma once
// Setting a chapter's notes for the foot of the column: each note in the caption role, ragged and
// unhyphenated, its number before its first paragraph, tagged as a Note element of the chapter.
#include <map>
#include <string>

#include "core/layout/block_setter.h"
#include "core/layout/note_area.h"
#include "core/model/publication.h"

namespace persklaar {

std::map<std::string, NoteLines> set_notes(const Chapter& chapter, BlockSetter& setter, const LayoutSpec& spec,
                                           int parent_tag);

}  // namespace persklaar
