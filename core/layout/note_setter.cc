#include "core/layout/note_setter.h"

#include <sstream>

#include "core/model/walk.h"

namespace persklaar {
namespace {

void add_paragraphs(const Blocks& blocks, std::vector<Inlines>& paragraphs) {
  for (const Block& block : blocks) {
    if (const auto* code = std::get_if<CodeBlock>(&block.value)) {
      std::istringstream lines(code->text);  // each line of code a line of its own, in the code face
      for (std::string line; std::getline(lines, line);) {
        if (!line.empty()) paragraphs.push_back(Inlines{Inline{Code{line}, block.position}});
      }
      continue;
    }
    if (const auto* list = std::get_if<List>(&block.value)) {
      for (const Blocks& item : list->items) add_paragraphs(item, paragraphs);
      continue;
    }
    if (const auto* quote = std::get_if<BlockQuote>(&block.value)) {
      add_paragraphs(quote->content, paragraphs);
      continue;
    }
    for_each_inline_sequence(Blocks{block}, [&paragraphs](const Inlines& inlines) {
      if (!inlines.empty()) paragraphs.push_back(inlines);
    });
  }
}

// A note's blocks as paragraphs of inline text: a list, quotation or code in a footnote is set as
// its paragraphs (its lines of code), one after another.
std::vector<Inlines> paragraphs_of(const Note& note) {
  std::vector<Inlines> paragraphs;
  add_paragraphs(note.content, paragraphs);
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

std::vector<FlowBlock> chapter_end_notes(const Chapter& chapter, BlockSetter& setter, const LayoutSpec& spec,
                                         int chapter_tag, const std::string& heading) {
  if (chapter.notes.empty()) return {};
  const int section_tag = setter.element("Sect", chapter_tag);
  std::vector<FlowBlock> blocks;
  blocks.push_back(setter.heading(Inlines{Inline{Text{heading}, chapter.position}}, 2, "notes-" + chapter.attributes.id,
                                  section_tag));
  std::map<std::string, NoteLines> set = set_notes(chapter, setter, spec, section_tag);
  for (const Note& note : chapter.notes) {
    NoteLines& lines = set.at(note.id);
    FlowBlock block;
    block.lines = std::move(lines.lines);
    block.units = std::move(lines.units);
    block.anchors.push_back(note.id);
    block.min_lines = spec.paragraph.min_lines_at_break;
    blocks.push_back(std::move(block));
  }
  for (FlowBlock& block : blocks) block.section = heading;
  return blocks;
}

}  // namespace persklaar
