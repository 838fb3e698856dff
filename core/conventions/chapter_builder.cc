#include "core/conventions/chapter_builder.h"

#include "core/conventions/heading_attributes.h"
#include "core/conventions/section_kind.h"
#include "core/model/plain_text.h"

namespace persklaar {

void ChapterBuilder::open_chapter(Inlines title, const SourcePosition& where, const std::string& anchor) {
  Chapter chapter;
  chapter.attributes = take_heading_attributes(title);
  if (chapter.attributes.id.empty()) chapter.attributes.id = anchor;
  chapter.matter = matter_of(chapter.attributes);
  chapter.title = std::move(title);
  chapter.has_heading = true;
  chapter.position = where;
  chapters_.push_back(std::move(chapter));
}

void ChapterBuilder::open_section(Inlines title, const SourcePosition& where, const std::string& anchor) {
  Section section;
  section.attributes = take_heading_attributes(title);
  if (section.attributes.id.empty()) section.attributes.id = anchor;
  section.kind = section_kind_of(section.attributes, plain_text(title));
  section.title = std::move(title);
  section.has_heading = true;
  section.position = where;
  current_chapter(where).sections.push_back(std::move(section));
}

void ChapterBuilder::add_block(Block block) {
  current_section(block.position).blocks.push_back(std::move(block));
}

void ChapterBuilder::add_notes(Notes notes) {
  if (notes.empty()) return;
  Chapter& chapter = current_chapter(notes.front().position);
  for (Note& note : notes) chapter.notes.push_back(std::move(note));
}

Chapter& ChapterBuilder::current_chapter(const SourcePosition& where) {
  if (chapters_.empty()) {
    Chapter untitled;
    untitled.matter = Matter::front;
    untitled.position = where;
    chapters_.push_back(std::move(untitled));
  }
  return chapters_.back();
}

Section& ChapterBuilder::current_section(const SourcePosition& where) {
  Chapter& chapter = current_chapter(where);
  if (chapter.sections.empty()) {
    Section opening;
    opening.position = where;
    chapter.sections.push_back(std::move(opening));
  }
  return chapter.sections.back();
}

}  // namespace persklaar
