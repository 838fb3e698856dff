#pragma once
// A note (a footnote or endnote): blocks of text outside the flow, referred to from the text by
// NoteReference inlines. Notes belong to the chapter whose text refers to them; input plugins fill
// them (Markdown footnotes, Word footnotes) and the notes pass numbers them.
#include <string>

#include "core/model/block.h"

namespace persklaar {

struct Note {
  // Set by the input plugin, unique among the notes of its chapter; the ids pass turns it into an
  // anchor unique in the publication ("ontmoeting-in-de-wijk-note-1") and updates the references.
  std::string id;
  int number = 0;  // 1, 2, 3 … in the order of first reference in the chapter; filled by the notes pass
  Blocks content;
  SourcePosition position;  // where the manuscript defines the note
};
using Notes = std::vector<Note>;

}  // namespace persklaar

namespace persklaar {

struct Chapter;
struct Section;

// The chapter's note with this id, or null.
const Note* find_note(const Chapter& chapter, const std::string& id);

// The ids of the notes referred to in a section (its title and blocks), each once, in order.
std::vector<std::string> note_references_in(const Section& section);

// For each section of the chapter, the notes first referred to there, in order: the notes an edition
// sets after that section. A note referred to again later is not repeated.
std::vector<std::vector<const Note*>> notes_after_sections(const Chapter& chapter);

}  // namespace persklaar
