#pragma once
// Setting a chapter's notes for the foot of the column, or for the chapter's end: each note in the
// caption role, ragged and unhyphenated, its number before its first paragraph, tagged as a Note
// element with the note's id.
#include <map>
#include <string>
#include <vector>

#include "core/layout/block_setter.h"
#include "core/layout/note_area.h"
#include "core/model/publication.h"

namespace persklaar {

std::map<std::string, NoteLines> set_notes(const Chapter& chapter, BlockSetter& setter, const LayoutSpec& spec,
                                           int parent_tag);

// The same notes after the chapter's last section, for a layout that sets them there
// (NotePlace::chapter_end): `heading` ("Noten", "Notes") as a section heading, then each note as a
// block of its own that a link to its id leads to, under a section element of the chapter. Nothing
// when the chapter has no notes.
std::vector<FlowBlock> chapter_end_notes(const Chapter& chapter, BlockSetter& setter, const LayoutSpec& spec,
                                         int chapter_tag, const std::string& heading);

}  // namespace persklaar
