#include "core/passes/notes.h"

#include <algorithm>
#include <map>

#include "core/model/walk.h"

namespace persklaar {
namespace {

// Calls `visit` for every inline sequence of the chapter's text (not its notes), in reading order.
void for_each_text_sequence(Chapter& chapter, const std::function<void(Inlines&)>& visit) {
  visit(chapter.title);
  for (Section& section : chapter.sections) {
    visit(section.title);
    for_each_inline_sequence(section.blocks, visit);
  }
}

// Drops references to notes the chapter does not have, warning once per missing id.
void remove_dangling_references(Inlines& inlines, const std::map<std::string, int>& numbers, Diagnostics& diagnostics) {
  for (auto node = inlines.begin(); node != inlines.end();) {
    if (auto* reference = std::get_if<NoteReference>(&node->value); reference && !numbers.count(reference->id)) {
      diagnostics.warn(node->position, "a note reference '" + reference->id + "' without its note",
                       "write the note's text, or remove the reference");
      node = inlines.erase(node);
      continue;
    }
    std::visit(
        [&](auto& item) {
          using T = std::decay_t<decltype(item)>;
          if constexpr (kHoldsInlines<T>) {
            remove_dangling_references(item.content, numbers, diagnostics);
          }
        },
        node->value);
    ++node;
  }
}

void number_chapter_notes(Chapter& chapter, Diagnostics& diagnostics) {
  std::map<std::string, int> known;
  for (const Note& note : chapter.notes) known.emplace(note.id, 0);
  std::map<std::string, int> numbers;
  for_each_text_sequence(chapter, [&](Inlines& inlines) {
    remove_dangling_references(inlines, known, diagnostics);
    for_each_note_reference(inlines, [&](NoteReference& reference) {
      const auto [entry, added] = numbers.emplace(reference.id, static_cast<int>(numbers.size()) + 1);
      reference.number = entry->second;
    });
  });
  Notes numbered;
  for (Note& note : chapter.notes) {
    const auto number = numbers.find(note.id);
    if (number == numbers.end()) {
      diagnostics.warn(note.position, "a note that nothing in the text refers to is left out",
                       "refer to it where it belongs, or remove it");
      continue;
    }
    note.number = number->second;
    numbered.push_back(std::move(note));
  }
  std::sort(numbered.begin(), numbered.end(), [](const Note& a, const Note& b) { return a.number < b.number; });
  chapter.notes = std::move(numbered);
}

}  // namespace

Publication number_notes(Publication publication, Diagnostics& diagnostics) {
  for (Chapter& chapter : publication.chapters) number_chapter_notes(chapter, diagnostics);
  return publication;
}

}  // namespace persklaar
