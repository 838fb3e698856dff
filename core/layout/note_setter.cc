#include "core/layout/note_setter.h"

#include "core/model/walk.h"

namespace persklaar {
namespace {

// A note's blocks as paragraphs of inline text: a list or quotation in a footnote is set as its
// paragraphs, one after another.
std::vector<Inlines> paragraphs_of(const Note& note) {
  std::vector<Inlines> paragraphs;
  for_each_inline_sequence(note.content, [&paragraphs](const Inlines& inlines) {
    if (!inlines.empty()) paragraphs.push_back(inlines);
  });
  return paragraphs;
}

}  // namespace

std::map<std::string, NoteLines> set_notes(const Chapter& chapter, BlockSetter& setter, const LayoutSpec& spec,
                                           int parent_tag) {
  std::map<std::string, NoteLines> notes;
  const FontRole& role = spec.roles.caption;
  for (const Note& note : chapter.notes) {
    const int tag = setter.element("Note", parent_tag);
    setter.structure_element(tag).id = note.id;
    NoteLines& lines = notes[note.id];
    bool first = true;
    for (Inlines paragraph : paragraphs_of(note)) {
      // The number, then an en space: "1 Sinds de Wet …".
      if (first) paragraph.insert(paragraph.begin(), Inline{Text{std::to_string(note.number) + "\u2002"}, {}});
      first = false;
      FlowBlock block = setter.set(styled_text(paragraph), role, spec.page.column_width(), false);
      for (std::size_t k = 0; k < block.lines.size(); ++k) {
        block.lines[k].block = tag;
        block.lines[k].role = LineRole::note;
        lines.lines.push_back(std::move(block.lines[k]));
        lines.units.push_back(block.units[k]);
      }
    }
  }
  return notes;
}

}  // namespace persklaar
