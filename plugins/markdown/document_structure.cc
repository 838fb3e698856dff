#include "plugins/markdown/document_structure.h"

#include "core/conventions/section_kind.h"
#include "core/model/plain_text.h"
#include "plugins/markdown/heading_attributes.h"

namespace persklaar::markdown {
namespace {

struct Title {
  Inlines text;
  Attributes attributes;
};

// The heading's inlines, with a trailing {…} attribute block taken off its last text run.
Title title_of(cmark_node* heading, CmarkConverter& converter) {
  Title title{converter.inlines(heading), {}};
  if (!title.text.empty()) {
    if (auto* last = std::get_if<Text>(&title.text.back().value)) {
      if (auto attributes = take_trailing_attributes(last->text)) {
        title.attributes = std::move(*attributes);
        if (last->text.empty()) title.text.pop_back();
      }
    }
  }
  return title;
}

class ChapterBuilder {
 public:
  explicit ChapterBuilder(CmarkConverter& converter) : converter_(converter) {}

  void open_chapter(cmark_node* heading) {
    converter_.start_chapter();  // notes referred to again in this chapter are set here too
    Title title = title_of(heading, converter_);
    Chapter chapter;
    chapter.matter = matter_of(title.attributes);
    chapter.title = std::move(title.text);
    chapter.has_heading = true;
    chapter.attributes = std::move(title.attributes);
    chapter.position = converter_.position(heading);
    chapters_.push_back(std::move(chapter));
    attach_notes();  // notes its title refers to
  }

  void open_section(cmark_node* heading) {
    Title title = title_of(heading, converter_);
    Section section;
    section.kind = section_kind_of(title.attributes, plain_text(title.text));
    section.title = std::move(title.text);
    section.has_heading = true;
    section.attributes = std::move(title.attributes);
    section.position = converter_.position(heading);
    current_chapter(heading).sections.push_back(std::move(section));
    attach_notes();
  }

  void add_block(cmark_node* node) {
    current_section(node).blocks.push_back(converter_.block(node));
    attach_notes();
  }

  std::vector<Chapter> take() {
    attach_notes();
    return std::move(chapters_);
  }

 private:
  Chapter& current_chapter(cmark_node* node) {
    if (chapters_.empty()) {
      Chapter untitled;
      untitled.matter = Matter::front;
      untitled.position = converter_.position(node);
      chapters_.push_back(std::move(untitled));
    }
    return chapters_.back();
  }

  Section& current_section(cmark_node* node) {
    Chapter& chapter = current_chapter(node);
    if (chapter.sections.empty()) {
      Section opening;
      opening.position = converter_.position(node);
      chapter.sections.push_back(std::move(opening));
    }
    return chapter.sections.back();
  }

  // The notes the text converted so far referred to belong to the chapter being built.
  void attach_notes() {
    if (chapters_.empty()) return;
    for (Note& note : converter_.take_referenced_notes()) chapters_.back().notes.push_back(std::move(note));
  }

  CmarkConverter& converter_;
  std::vector<Chapter> chapters_;
};

}  // namespace

std::vector<Chapter> build_chapters(cmark_node* document, CmarkConverter& converter) {
  ChapterBuilder builder(converter);
  converter.learn_footnote_definitions(document);
  for (cmark_node* node = cmark_node_first_child(document); node; node = cmark_node_next(node)) {
    if (CmarkConverter::is_footnote_definition(node)) continue;  // notes go where they are referred to
    const int level = cmark_node_get_type(node) == CMARK_NODE_HEADING ? cmark_node_get_heading_level(node) : 0;
    if (level == 1) {
      builder.open_chapter(node);
    } else if (level == 2) {
      builder.open_section(node);
    } else {
      builder.add_block(node);
    }
  }
  return builder.take();
}

}  // namespace persklaar::markdown
