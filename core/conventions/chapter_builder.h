#pragma once
// The shape every input format gives a publication: a level-1 heading opens a chapter, a level-2
// heading a section whose kind comes from its attributes or title, and every other block goes to the
// section it stands in. Text before the first chapter heading goes to an untitled front-matter
// chapter, text before a chapter's first section heading to an untitled opening section.
#include <vector>

#include "core/model/publication.h"

namespace persklaar {

class ChapterBuilder {
 public:
  // `title` may end in an attribute block ({.front}, {#id}, {.meeting}), taken off here. `anchor`,
  // when given, is the id unless the attribute block sets one (a Word bookmark on the heading).
  void open_chapter(Inlines title, const SourcePosition& where, const std::string& anchor = {});
  void open_section(Inlines title, const SourcePosition& where, const std::string& anchor = {});
  void add_block(Block block);
  // Notes the text added so far refers to: they belong to the current chapter.
  void add_notes(Notes notes);

  std::vector<Chapter> take() { return std::move(chapters_); }

 private:
  Chapter& current_chapter(const SourcePosition& where);
  Section& current_section(const SourcePosition& where);

  std::vector<Chapter> chapters_;
};

}  // namespace persklaar
