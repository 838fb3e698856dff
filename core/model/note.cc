#include "core/model/note.h"

#include <set>

#include "core/model/publication.h"
#include "core/model/walk.h"

namespace persklaar {

const Note* find_note(const Chapter& chapter, const std::string& id) {
  for (const Note& note : chapter.notes) {
    if (note.id == id) return &note;
  }
  return nullptr;
}

std::vector<std::string> note_references_in(const Section& section) {
  std::vector<std::string> ids;
  std::set<std::string> seen;
  const auto collect = [&](const Inlines& inlines) {
    for_each_note_reference(inlines, [&](const NoteReference& reference) {
      if (seen.insert(reference.id).second) ids.push_back(reference.id);
    });
  };
  collect(section.title);
  for_each_inline_sequence(section.blocks, collect);
  return ids;
}

std::vector<std::vector<const Note*>> notes_after_sections(const Chapter& chapter) {
  std::vector<std::vector<const Note*>> result;
  std::set<std::string> placed;
  for (const Section& section : chapter.sections) {
    std::vector<const Note*> notes;
    for (const std::string& id : note_references_in(section)) {
      const Note* note = find_note(chapter, id);
      if (note && placed.insert(id).second) notes.push_back(note);
    }
    result.push_back(std::move(notes));
  }
  return result;
}

}  // namespace persklaar
