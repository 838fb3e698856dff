#include "plugins/braille/braille_body.h"

#include <algorithm>

#include "core/conventions/figure.h"
#include "core/model/note.h"
#include "core/model/plain_text.h"
#include "core/text/labels.h"
#include "core/text/reading_text.h"
#include "plugins/braille/braille_lines.h"

namespace persklaar::braille {
namespace {

constexpr int kSubheadingIndent = 2;     // a heading inside a section stands in from the margin
constexpr int kKeepWithHeading = 2;      // lines of text that must follow a heading on its page
const std::string kPublicationLanguage;  // no language of its own: the translator's main table

class BodyComposer {
 public:
  BodyComposer(const Publication& publication, const BraillePage& geometry, int first_page,
               BrailleTranslator& translator)
      : publication_(publication),
        labels_(labels_for(publication.metadata.language)),
        translator_(translator),
        pages_(geometry, first_page) {}

  BodyLayout run() {
    for (const Chapter& chapter : publication_.chapters) this->chapter(chapter);
    // Print pages after the last text (a back cover) are named at the end.
    if (publication_.print_page_count > last_print_page_) {
      print_page_turns({PrintPageBreak{publication_.print_page_count, false}}, false);
    }
    return BodyLayout{pages_.finish(), std::move(start_pages_), std::move(tables_)};
  }

 private:
  void chapter(const Chapter& chapter) {
    language_ = language_of(chapter.attributes, kPublicationLanguage);
    table_ = &translator_.table_for(language_, chapter.position);
    pages_.new_page();
    print_page_turns(chapter.print_pages, false);
    if (!chapter.attributes.id.empty()) {
      start_pages_[chapter.attributes.id] = pages_.page_number();
      tables_[chapter.attributes.id] = *table_;
    }
    const std::string title = plain_text(chapter.title);
    if (!title.empty()) {
      const BrailleText heading = chapter_title_cells(labels_, chapter.number, title, *table_, translator_);
      std::vector<std::u32string> lines = break_lines(heading, {pages_.width() - 4, 0, 0, false});
      for (auto& line : lines) line = centred(line, pages_.width());
      pages_.add(lines, kKeepWithHeading);
      pages_.blank_line();
    }
    const std::string chapter_language = language_;
    const auto notes = notes_after_sections(chapter);
    for (std::size_t k = 0; k < chapter.sections.size(); ++k) {
      const Section& section = chapter.sections[k];
      language_ = language_of(section.attributes, chapter_language);
      table_ = &translator_.table_for(language_, section.position);
      this->section(section);
      section_notes(notes[k]);
    }
  }

  // As in the text edition: after the section, under "Noten", "[1] The note's text."; a note's
  // further blocks stand in under it.
  void section_notes(const std::vector<const Note*>& notes) {
    if (notes.empty()) return;
    heading(labels_.notes, 0);
    for (const Note* note : notes) {
      const std::string marker = note_marker(note->number);
      const Paragraph* first = note->content.empty() ? nullptr : std::get_if<Paragraph>(&note->content.front().value);
      paragraph(first ? marker + " " + text(first->content) : marker, 0);
      for (std::size_t k = first ? 1 : 0; k < note->content.size(); ++k) block(note->content[k], 2);
    }
  }

  void section(const Section& section) {
    print_page_turns(section.print_pages, false);
    if (!section.attributes.id.empty()) tables_[section.attributes.id] = *table_;
    const std::string title = plain_text(section.title);
    if (!title.empty()) {
      if (!section.attributes.id.empty()) start_pages_[section.attributes.id] = pages_.page_number();
      heading(title, 0);
    } else if (!section.attributes.id.empty()) {
      start_pages_[section.attributes.id] = pages_.page_number();
    }
    const std::string section_language = language_;
    const std::string* section_table = table_;
    for (const Block& block : section.blocks) {
      language_ = language_of(block.attributes, section_language);
      table_ = language_ == section_language ? section_table : &translator_.table_for(language_, block.position);
      print_page_turns(block.print_pages, false);
      this->block(block, 0);
      print_page_turns(block.print_pages, true);
    }
    language_ = section_language;
    table_ = section_table;
  }

  void heading(const std::string& text, int indent) {
    pages_.blank_line();
    pages_.add(break_lines(translator_.translate(text, *table_), {pages_.width(), indent, indent, false}),
               kKeepWithHeading);
    pages_.blank_line();
  }

  // Where print pages begin: a page without text of its own (a cover, a full-page picture) is
  // named together with the next one, "26-28", so that every print page can be found.
  void print_page_turns(const std::vector<PrintPageBreak>& breaks, bool inside) {
    for (const PrintPageBreak& page_break : breaks) {
      if (page_break.inside != inside || page_break.page <= last_print_page_) continue;
      const std::string page = std::to_string(page_break.page);
      const std::string reference =
          page_break.page > last_print_page_ + 1 ? std::to_string(last_print_page_ + 1) + "-" + page : page;
      last_print_page_ = page_break.page;
      const std::u32string cells = print_reference_cells(reference, translator_);
      const int dashes = std::max(3, pages_.width() - static_cast<int>(cells.size()) - 1);
      pages_.print_page_turn(reference, page,
                             std::u32string(static_cast<std::size_t>(dashes), kHyphenCell) + kBlankCell + cells);
    }
  }

  void paragraph(const std::string& text, int indent, bool blank_before = true, int runover = -1, int keep = 0) {
    if (text.empty()) return;
    if (blank_before) pages_.blank_line();
    pages_.add(
        break_lines(translator_.translate(text, *table_), {pages_.width(), indent, runover < 0 ? indent : runover}),
        keep);
  }

  void blocks(const Blocks& blocks, int indent) {
    for (const Block& block : blocks) this->block(block, indent);
  }

  void block(const Block& block, int indent) {
    if (is_decorative(block)) return;  // an ornament says nothing
    std::visit([&](const auto& item) { render(item, indent); }, block.value);
  }

  void render(const Paragraph& item, int indent) { paragraph(text(item.content), indent); }

  void render(const Heading& item, int indent) { heading(text(item.content), indent + kSubheadingIndent); }

  void render(const List& item, int indent) {
    pages_.blank_line();
    for (std::size_t k = 0; k < item.items.size(); ++k) {
      const std::string marker = list_marker(item, k);
      const int runover = indent + static_cast<int>(marker.size());
      const Blocks& entry = item.items[k];
      std::size_t next = 0;
      if (!entry.empty() && std::holds_alternative<Paragraph>(entry.front().value)) {
        paragraph(marker + text(std::get<Paragraph>(entry.front().value).content), indent, false, runover);
        next = 1;
      } else {
        paragraph(marker, indent, false, runover);
      }
      for (; next < entry.size(); ++next) {
        if (const auto* inner = std::get_if<Paragraph>(&entry[next].value)) {
          paragraph(text(inner->content), runover, false);
        } else {
          block(entry[next], runover);
        }
      }
    }
  }

  void render(const BlockQuote& item, int indent) {
    paragraph(labels_.quote, indent);
    blocks(item.content, indent);
    paragraph(labels_.end_of_quote, indent);
  }

  void render(const Testimonial& item, int indent) {
    // The announcement stays with the first lines of what is said.
    paragraph(testimonial_announcement(item, labels_), indent, true, -1, kKeepWithHeading + 1);
    blocks(item.content, indent);
  }

  void render(const CodeBlock& item, int indent) {
    std::string code = item.text;
    while (!code.empty() && code.back() == '\n') code.pop_back();
    paragraph(code, indent);
  }

  void render(const ThematicBreak&, int) { pages_.blank_line(); }

  void render(const Figure& item, int indent) { paragraph(figure_text(item, labels_), indent); }

  void render(const Table& item, int indent) {
    pages_.blank_line();
    for (const auto& row : item.rows) paragraph("- " + table_row_text(item, row, labels_), indent, false, indent + 2);
  }

  void render(const RawBlock&, int) {}

  std::string text(const Inlines& inlines) const { return reading_text(inlines, labels_); }

  const Publication& publication_;
  const Labels& labels_;
  BrailleTranslator& translator_;
  PageFormatter pages_;
  std::map<std::string, int> start_pages_;
  std::map<std::string, std::string> tables_;
  std::string language_;
  const std::string* table_ = nullptr;
  int last_print_page_ = 0;
};

}  // namespace

BodyLayout lay_out_body(const Publication& publication, const BraillePage& geometry, int first_page,
                        BrailleTranslator& translator) {
  return BodyComposer(publication, geometry, first_page, translator).run();
}

BrailleText chapter_title_cells(const Labels& labels, int number, const std::string& title,
                                const std::string& title_table, BrailleTranslator& translator) {
  BrailleText cells;
  if (number > 0) {
    cells =
        translator.translate(std::string(labels.chapter) + " " + std::to_string(number) + ":", translator.main_table());
    cells.append_cells(std::u32string(1, kBlankCell));
  }
  cells.append(translator.translate(title, title_table));
  return cells;
}

std::u32string print_reference_cells(const std::string& reference, BrailleTranslator& translator) {
  return translator.cells("p" + reference);
}

}  // namespace persklaar::braille
