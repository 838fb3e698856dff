#include "core/passes/structure.h"

#include <map>
#include <set>

#include "core/model/plain_text.h"
#include "core/model/walk.h"
#include "core/passes/anchor_links.h"
#include "core/passes/notes.h"
#include "core/passes/safe_links.h"
#include "core/passes/typography.h"
#include "core/text/language.h"
#include "core/text/slug.h"

namespace persklaar {
namespace {

class IdRegistry {
 public:
  // Returns `wanted` if still free, else `wanted-2`, `wanted-3`, …
  std::string claim(std::string wanted) {
    if (wanted.empty()) wanted = "section";
    std::string id = wanted;
    for (int n = 2; used_.count(id); ++n) id = wanted + "-" + std::to_string(n);
    used_.insert(id);
    return id;
  }

 private:
  std::set<std::string> used_;
};

std::string join_slug(const std::string& prefix, const std::string& rest) {
  if (prefix.empty()) return rest;
  if (rest.empty()) return prefix;
  return prefix + "-" + rest;
}

void assign_heading_ids(Blocks& blocks, const std::string& prefix, IdRegistry& ids) {
  for (Block& block : blocks) {
    if (auto* heading = std::get_if<Heading>(&block.value)) {
      if (block.attributes.id.empty()) block.attributes.id = join_slug(prefix, slugify(plain_text(heading->content)));
      block.attributes.id = ids.claim(block.attributes.id);
    }
  }
}

// Notes become "<chapter>-note-<number>", and the chapter's references follow them.
void assign_note_ids(Chapter& chapter, const std::string& chapter_id, IdRegistry& ids) {
  std::map<std::string, std::string> renamed;
  for (Note& note : chapter.notes) {
    const std::string id = ids.claim(chapter_id + "-note-" + std::to_string(note.number));
    renamed[note.id] = id;
    note.id = id;
  }
  if (renamed.empty()) return;
  const auto rename = [&renamed](Inlines& inlines) {
    for_each_note_reference(inlines, [&renamed](NoteReference& reference) {
      if (auto found = renamed.find(reference.id); found != renamed.end()) reference.id = found->second;
    });
  };
  rename(chapter.title);
  for (Section& section : chapter.sections) {
    rename(section.title);
    for_each_inline_sequence(section.blocks, rename);
  }
}

void check_language_attribute(const Attributes& attributes, const SourcePosition& where) {
  for (const auto& [key, value] : attributes.pairs) {
    if (key != "lang" || is_language_tag(value)) continue;
    const std::string suggestion = suggest_language_tag(value);
    throw InputError(where, "lang=" + value + " is not a BCP 47 language tag",
                     suggestion.empty() ? "write a tag such as {lang=en}" : "write: {lang=" + suggestion + "}");
  }
}

// The blocks' own {lang=…} too, inside quotes, testimonials and list items.
void check_block_languages(const Blocks& blocks) {
  for (const Block& block : blocks) {
    check_language_attribute(block.attributes, block.position);
    if (const auto* list = std::get_if<List>(&block.value)) {
      for (const Blocks& item : list->items) check_block_languages(item);
    } else if (const auto* quote = std::get_if<BlockQuote>(&block.value)) {
      check_block_languages(quote->content);
    } else if (const auto* testimonial = std::get_if<Testimonial>(&block.value)) {
      check_block_languages(testimonial->content);
    }
  }
}

}  // namespace

Publication check_structure(Publication publication, Diagnostics& diagnostics) {
  Metadata& metadata = publication.metadata;
  if (metadata.title.empty()) {
    throw InputError(metadata.position, "the manuscript has no title",
                     "add 'title: …' to the metadata block (or to manuscript.yaml); in Word, write the title in the "
                     "Title style or under File, Properties");
  }
  if (metadata.language.empty()) {
    metadata.language = "nl";
    diagnostics.warn(metadata.position, "the manuscript names no language, so Dutch (nl) is assumed",
                     "add 'language: nl' (or en, de, …) to the metadata block");
  }
  for (const Chapter& chapter : publication.chapters) {
    check_language_attribute(chapter.attributes, chapter.position);
    for (const Section& section : chapter.sections) {
      check_language_attribute(section.attributes, section.position);
      check_block_languages(section.blocks);
    }
    for (const Note& note : chapter.notes) check_block_languages(note.content);
  }
  if (publication.chapters.empty()) {
    throw InputError(metadata.position, "the manuscript has no text", "write at least one chapter: # Title");
  }
  for (const Chapter& chapter : publication.chapters) {
    if (chapter.matter == Matter::body && plain_text(chapter.title).empty()) {
      diagnostics.warn(chapter.position, "a chapter without a title", "write the title after the '#'");
    }
  }
  return publication;
}

Publication number_chapters(Publication publication) {
  int next = 1;
  for (Chapter& chapter : publication.chapters) chapter.number = chapter.matter == Matter::body ? next++ : 0;
  return publication;
}

Publication assign_ids(Publication publication) {
  IdRegistry ids;
  for (Chapter& chapter : publication.chapters) {
    std::string chapter_id = chapter.attributes.id;
    if (chapter_id.empty()) chapter_id = slugify(plain_text(chapter.title));
    if (chapter_id.empty()) chapter_id = chapter.number > 0 ? "chapter-" + std::to_string(chapter.number) : "opening";
    chapter.attributes.id = chapter_id = ids.claim(chapter_id);
    for (Section& section : chapter.sections) {
      std::string section_id = section.attributes.id;
      if (section_id.empty()) {
        const std::string title = slugify(plain_text(section.title));
        section_id = join_slug(chapter_id, title.empty() ? "opening" : title);
      }
      section.attributes.id = section_id = ids.claim(section_id);
      assign_heading_ids(section.blocks, section_id, ids);
    }
    assign_note_ids(chapter, chapter_id, ids);
  }
  return publication;
}

Publication build_table_of_contents(Publication publication) {
  publication.toc.clear();
  for (const Chapter& chapter : publication.chapters) {
    TocEntry entry;
    entry.level = 1;
    entry.matter = chapter.matter;
    entry.chapter_number = chapter.number;
    entry.title = plain_text(chapter.title);
    entry.id = chapter.attributes.id;
    if (!entry.title.empty()) publication.toc.push_back(entry);
    for (const Section& section : chapter.sections) {
      const std::string title = plain_text(section.title);
      if (title.empty()) continue;
      publication.toc.push_back({2, chapter.matter, chapter.number, section.kind, title, section.attributes.id});
    }
  }
  return publication;
}

Publication prepare_publication(Publication publication, Diagnostics& diagnostics) {
  publication = check_structure(std::move(publication), diagnostics);
  publication = drop_unsafe_links(std::move(publication), diagnostics);
  publication = apply_typography(std::move(publication));
  publication = number_chapters(std::move(publication));
  publication = number_notes(std::move(publication), diagnostics);
  publication = assign_ids(std::move(publication));
  publication = resolve_anchor_links(std::move(publication));
  return build_table_of_contents(std::move(publication));
}

}  // namespace persklaar
