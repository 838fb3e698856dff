#include "core/layout/magazine.h"

#include <map>
#include <memory>
#include <unordered_map>
#include <unordered_set>

#include "core/layout/furniture.h"
#include "core/layout/hyphenate.h"
#include "core/layout/missing_characters.h"
#include "core/layout/note_setter.h"
#include "core/layout/paragraph_cache.h"
#include "core/model/plain_text.h"
#include "core/render/font_library.h"
#include "core/text/labels.h"

namespace persklaar {
namespace {

using ContextHandle = std::unique_ptr<PangoContext, decltype(&g_object_unref)>;

// Hyphenation patterns per language, loaded when a chapter, section or block in that language comes up;
// a language without patterns is warned about once and set without hyphenation.
class Hyphenators {
 public:
  explicit Hyphenators(Diagnostics& diagnostics) : diagnostics_(diagnostics) {}

  const Hyphenator* for_language(const std::string& language, const SourcePosition& where) {
    auto found = loaded_.find(language);
    if (found != loaded_.end()) return found->second;
    const Hyphenator* hyphenator = nullptr;
    try {
      hyphenator = &shared_hyphenator(language);
    } catch (const std::exception& error) {
      diagnostics_.warn(where, std::string("text in language '") + language + "' is not hyphenated: " + error.what(),
                        "install the Debian package with its patterns (hyphen-" + language.substr(0, 2) +
                            "), or accept a more ragged text");
    }
    return loaded_.emplace(language, hyphenator).first->second;
  }

 private:
  Diagnostics& diagnostics_;
  std::map<std::string, const Hyphenator*> loaded_;  // null where a language has no patterns
};

std::string section_label(const Section& section) {
  return plain_text(section.title);
}

// The closing page of the magazine: the last chapter, when it is back matter.
const Chapter* closing_chapter(const Publication& publication) {
  if (publication.chapters.size() < 2) return nullptr;
  const Chapter& last = publication.chapters.back();
  return last.matter == Matter::back ? &last : nullptr;
}

class MagazineBuilder {
 public:
  MagazineBuilder(const Publication& publication, const LayoutSpec& spec, Diagnostics& diagnostics)
      : publication_(publication),
        spec_(spec),
        diagnostics_(diagnostics),
        context_(FontLibrary::with_house_fonts(spec.house_fonts).create_context(), g_object_unref),
        hyphenators_(diagnostics) {
    out_.spec = spec;
    pango_context_set_language(context_.get(), pango_language_from_string(publication.metadata.language.c_str()));
  }

  LaidOutPublication build() {
    BlockSetter setter(spec_, context_.get(), language_hyphenator(publication_.metadata.language, {}), out_.structure,
                       diagnostics_);
    setter.set_hyphenator_lookup([this](const std::string& language, const SourcePosition& where) {
      return language_hyphenator(language, where);
    });
    Furniture furniture(spec_, publication_, setter, out_);
    PageBuilder pages(spec_, out_);

    pages.new_page({PageKind::cover, 0, "", 0});
    pages.new_page({PageKind::colophon, 0, "", 0});
    furniture.colophon(pages.current_page());
    const std::size_t contents_index = out_.pages.size();
    for (int k = 0; k < furniture.contents_pages(); ++k) pages.new_page({PageKind::contents, 0, "", 0});

    const Chapter* closing = closing_chapter(publication_);
    if (closing && !furniture.closing_fits(*closing)) closing = nullptr;  // then it is ordinary back matter
    for (const Chapter& chapter : publication_.chapters) {
      if (&chapter == closing) continue;
      chapter_pages(chapter, setter, furniture, pages);
      pages.balance();
    }

    // A printed magazine has a multiple of four pages: blank pages before the back cover fill it up.
    while ((out_.pages.size() + 1) % 4 != 0) pages.new_page({PageKind::blank, 0, "", 0});
    pages.new_page({PageKind::back_cover, 0, "", 0});
    if (closing) {
      out_.page_of[closing->attributes.id] = pages.current_page().number;
      pages.current_page().anchors.push_back({closing->attributes.id, 0});
      for (const Section& section : closing->sections)
        out_.page_of[section.attributes.id] = pages.current_page().number;
    }
    furniture.back_cover(pages.current_page(), closing);

    for (Page& page : out_.pages) {
      if (page.kind != PageKind::cover && page.kind != PageKind::back_cover && page.kind != PageKind::blank) {
        furniture.running_head_and_folio(page);
      }
    }
    furniture.contents(contents_index);
    outline();
    report();
    report_page_notes(setter);
    return std::move(out_);
  }

 private:
  void chapter_pages(const Chapter& chapter, BlockSetter& setter, Furniture& furniture, PageBuilder& pages) {
    const bool body = chapter.matter == Matter::body;
    const Color color = body ? spec_.chapter_color(chapter.number) : spec_.accent;
    setter.set_chapter_color(color);
    const std::string title = plain_text(chapter.title);
    const std::string& language = language_of(chapter.attributes, publication_.metadata.language);
    const Labels& labels = labels_for(language);
    setter.set_language(language, language_hyphenator(language, chapter.position));
    const std::string head =
        body ? std::string(labels.chapter) + " " + std::to_string(chapter.number) + "  \xC2\xB7  " + title : title;
    const int chapter_tag = setter.element("Sect", -1);
    if (language != publication_.metadata.language)
      out_.structure[static_cast<std::size_t>(chapter_tag)].language = language;
    const bool notes_at_end = spec_.note_place == NotePlace::chapter_end;
    if (!notes_at_end) pages.notes().set_notes(set_notes(chapter, setter, spec_, chapter_tag));
    if (body) {
      // The text starts on the opener page, below the colour field.
      pages.new_page({PageKind::opener, chapter.number, head, furniture.opener_units(chapter)});
      furniture.opener(pages.current_page(), chapter, color);
    } else {
      pages.new_page({PageKind::body, 0, head, 0});
      if (chapter.has_heading) {
        FlowBlock title = setter.heading(chapter.title, 1, chapter.attributes.id, chapter_tag);
        for (LineItem& line : title.lines) line.source = &chapter;
        pages.add(std::move(title));
      }
    }
    for (const Section& section : chapter.sections) {
      const int section_tag = setter.element("Sect", chapter_tag);
      const std::string& section_language = language_of(section.attributes, language);
      if (section_language != language)
        out_.structure[static_cast<std::size_t>(section_tag)].language = section_language;
      setter.set_language(section_language, language_hyphenator(section_language, section.position));
      const std::string label = section_label(section);
      std::vector<FlowBlock> blocks;
      if (section.has_heading && !label.empty()) {
        blocks.push_back(setter.heading(section.title, 2, section.attributes.id, section_tag));
        for (LineItem& line : blocks.back().lines) line.source = &section;
      } else if (!section.attributes.id.empty()) {
        out_.page_of[section.attributes.id] = pages.current_page().number;
      }
      for (FlowBlock& block : setter.blocks(section.blocks, section_tag)) blocks.push_back(std::move(block));
      for (FlowBlock& block : blocks) {
        block.section = label;
        pages.add(std::move(block));
      }
    }
    if (notes_at_end) {
      setter.set_language(language, language_hyphenator(language, chapter.position));
      for (FlowBlock& block : chapter_end_notes(chapter, setter, spec_, chapter_tag, labels.notes))
        pages.add(std::move(block));
    }
  }

  void outline() {
    for (const TocEntry& entry : publication_.toc) {
      const auto found = out_.page_of.find(entry.id);
      if (found == out_.page_of.end()) continue;
      out_.outline.push_back({entry.level,
                              entry.level == 1 ? chapter_heading(labels_for(publication_.metadata.language),
                                                                 entry.chapter_number, entry.title)
                                               : entry.title,
                              entry.id, found->second});
    }
  }

  // The warnings that name a page: each on the first page that holds a line of its block.
  void report_page_notes(const BlockSetter& setter) {
    std::unordered_map<const void*, int> first_page;  // of each block
    for (const Page& page : out_.pages) {
      for (const LineItem& line : page.lines) {
        if (line.source) first_page.emplace(line.source, page.number);
      }
    }
    std::unordered_set<std::string> reported;
    std::vector<MissingCharacter> missing;
    std::unordered_map<std::string, std::size_t> missing_index;
    for (const PageNote& note : setter.page_notes()) {
      const auto found = note.source ? first_page.find(note.source) : first_page.end();
      const int page = found == first_page.end() ? 0 : found->second;
      if (!note.missing_character.empty()) {
        const auto [index, first] = missing_index.emplace(note.missing_character, missing.size());
        if (first) missing.push_back({note.missing_character, note.where, page, 0});
        MissingCharacter& character = missing[index->second];
        if (!character.first.file && note.where.file) {  // the contents, a running head
          character.first = note.where;
          character.page = page;
        }
        ++character.places;
        continue;
      }
      if (!reported.insert(note.where.to_string() + note.message + "@" + std::to_string(page)).second) continue;
      diagnostics_.warn(note.where, note.message, note.hint);
      if (page) diagnostics_.collected().back().page = page;  // printed as "(print page N)"
    }
    warn_missing_characters(missing, diagnostics_);
  }

  void report() {
    for (const Page& page : out_.pages) {
      for (const LineItem& line : page.lines) {
        if (line.overfull) ++out_.report.overfull_lines;
        if (line.loose) ++out_.report.loose_lines;
        if ((line.overfull || line.loose) && out_.report.examples.size() < 5) {
          out_.report.examples.push_back("page " + std::to_string(page.number) + ": " + line.text);
        }
      }
    }
    // The warnings themselves, one per line with its manuscript position and page, are made by
    // the pipeline (core/pipeline/paginate.cc), which knows the model's positions.
  }

  const Publication& publication_;
  const LayoutSpec& spec_;
  Diagnostics& diagnostics_;
  ContextHandle context_;
  Hyphenators hyphenators_;
  LaidOutPublication out_;

  const Hyphenator* language_hyphenator(const std::string& language, const SourcePosition& where) {
    return hyphenators_.for_language(language, where.file ? where : publication_.metadata.position);
  }
};

}  // namespace

LaidOutPublication lay_out_publication(const Publication& publication, const LayoutSpec& spec,
                                       Diagnostics& diagnostics) {
  begin_paragraph_reuse();
  return MagazineBuilder(publication, spec, diagnostics).build();
}

}  // namespace persklaar
