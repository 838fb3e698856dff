#include "plugins/text/text_writer.h"

#include <map>

#include "core/conventions/figure.h"
#include "core/model/note.h"
#include "core/model/plain_text.h"
#include "core/model/print_pages.h"
#include "core/text/labels.h"
#include "core/text/reading_text.h"
#include "plugins/text/line_wrap.h"

namespace persklaar::text {
namespace {

// Characters a word processor leaves in pasted text that have no place in a plain-text edition: a
// screen reader may spell them out or break the word at them. Soft hyphen, zero-width space, word
// joiner and a stray byte-order mark.
std::string without_invisible_characters(std::string text) {
  static constexpr std::string_view kInvisible[] = {"\xC2\xAD", "\xE2\x80\x8B", "\xE2\x81\xA0", "\xEF\xBB\xBF"};
  for (std::string_view invisible : kInvisible) {
    for (auto at = text.find(invisible); at != std::string::npos; at = text.find(invisible, at)) {
      text.erase(at, invisible.size());
    }
  }
  return text;
}

class TextWriter {
 public:
  TextWriter(const Publication& publication, const TextOptions& options)
      : publication_(publication), options_(options), labels_(&labels_for(publication.metadata.language)) {}

  std::string render() {
    title_block();
    contents();
    for (const Chapter& chapter : publication_.chapters) this->chapter(chapter);
    if (!out_.empty() && out_.back() != '\n') out_ += '\n';
    return std::move(out_);
  }

 private:
  // Ends the text so far with exactly `count` empty lines (none at the very start).
  void blank_lines(int count) {
    if (out_.empty()) return;
    while (!out_.empty() && out_.back() == '\n') out_.pop_back();
    out_.append(static_cast<std::size_t>(count) + 1, '\n');
  }

  void line(const std::string& text, const std::string& indent = "", const std::string& hanging = "") {
    const std::string full = indent + without_invisible_characters(text);
    out_ += options_.wrap > 0 ? wrap_line(full, options_.wrap, hanging.empty() ? indent : hanging) : full;
    out_ += '\n';
  }

  void heading(const std::string& text) {
    blank_lines(2);
    line(text);
    blank_lines(1);
  }

  void title_block() {
    const Metadata& metadata = publication_.metadata;
    line(metadata.title);
    if (!metadata.subtitle.empty()) line(metadata.subtitle);
    if (!metadata.authors.empty()) line(joined_names(metadata.authors, *labels_));
    if (!metadata.contributors.empty()) {
      line(std::string(labels_->contributions_by) + " " + joined_names(metadata.contributors, *labels_));
    }
    std::string imprint;
    if (!metadata.publisher.empty()) imprint = std::string(labels_->published_by) + " " + metadata.publisher;
    if (!metadata.date.empty()) {
      imprint += (imprint.empty() ? "" : ", ") + long_date(metadata.date, metadata.language);
    }
    if (!imprint.empty()) line(imprint);
  }

  // The contents, with the print edition's page of each entry when the publication was paginated:
  // "- Hoofdstuk 3: Verbondenheid en veerkracht, pagina 11".
  void contents() {
    if (publication_.toc.empty()) return;
    heading(labels_->contents);
    const std::map<std::string, int> pages = print_page_of_ids(publication_);
    for (const TocEntry& entry : publication_.toc) {
      std::string text = entry.level == 1 ? chapter_heading(*labels_, entry.chapter_number, entry.title) : entry.title;
      if (auto found = pages.find(entry.id); found != pages.end() && found->second > 0) {
        text += ", " + lowercase_label(labels_->page) + " " + std::to_string(found->second);
      }
      if (entry.level == 1) {
        line("- " + text, "", "  ");
      } else {
        line("- " + text, "  ", "    ");
      }
    }
  }

  static std::string lowercase_label(const char* label) {
    std::string text = label;
    if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] - 'A' + 'a');
    return text;
  }

  // Labels follow the language of the chapter and section ("Chapter 2", "says:" in an English
  // chapter of a Dutch magazine); each section's notes follow it under "Noten".
  void chapter(const Chapter& chapter) {
    const Labels* outer = labels_;
    const std::string& chapter_language = language_of(chapter.attributes, publication_.metadata.language);
    labels_ = &labels_for(chapter_language);
    const std::string title = plain_text(chapter.title);
    page_markers(chapter.print_pages, false);
    if (!title.empty()) heading(chapter_heading(*labels_, chapter.number, title));
    const auto notes = notes_after_sections(chapter);
    for (std::size_t k = 0; k < chapter.sections.size(); ++k) {
      const Section& section = chapter.sections[k];
      labels_ = &labels_for(language_of(section.attributes, chapter_language));
      const std::string section_title = plain_text(section.title);
      page_markers(section.print_pages, false);
      if (!section_title.empty()) heading(section_title);
      for (const Block& block : section.blocks) {
        page_markers(block.print_pages, false);
        this->block(block, "");
        page_markers(block.print_pages, true);
      }
      section_notes(notes[k]);
    }
    labels_ = outer;
  }

  // "[1] The note's text."; a note's further paragraphs follow on lines of their own.
  void section_notes(const std::vector<const Note*>& notes) {
    if (notes.empty()) return;
    heading(labels_->notes);
    for (const Note* note : notes) {
      const std::string marker = note_marker(note->number);
      const Paragraph* first = note->content.empty() ? nullptr : std::get_if<Paragraph>(&note->content.front().value);
      paragraph(first ? marker + " " + inline_text(first->content) : marker, "");
      for (std::size_t k = first ? 1 : 0; k < note->content.size(); ++k) block(note->content[k], "    ");
    }
  }

  // "Pagina 7" on its own line where the print edition's page 7 begins, so that a reader can follow
  // a printed copy or cite a page. A page that begins inside a paragraph is marked after it.
  void page_markers(const std::vector<PrintPageBreak>& pages, bool inside) {
    for (const PrintPageBreak& page : pages) {
      if (page.inside == inside) paragraph(std::string(labels_->page) + " " + std::to_string(page.page), "");
    }
  }

  void blocks(const Blocks& blocks, const std::string& indent) {
    for (const Block& block : blocks) this->block(block, indent);
  }

  void paragraph(const std::string& text, const std::string& indent) {
    if (text.empty()) return;
    blank_lines(1);
    line(text, indent);
  }

  void block(const Block& block, const std::string& indent) {
    const Labels* outer = labels_;
    if (const std::string& language = language_of(block.attributes, ""); !language.empty()) {
      labels_ = &labels_for(language);
    }
    // A decorative picture says nothing, so the reading editions leave it out.
    if (!is_decorative(block)) {
      std::visit([&](const auto& item) { render(item, indent); }, block.value);
    }
    labels_ = outer;
  }

  void render(const Paragraph& item, const std::string& indent) { paragraph(inline_text(item.content), indent); }

  void render(const Heading& item, const std::string& indent) {
    if (indent.empty()) {
      heading(inline_text(item.content));
    } else {
      paragraph(inline_text(item.content), indent);
    }
  }

  void render(const List& item, const std::string& indent) {
    blank_lines(1);
    for (std::size_t k = 0; k < item.items.size(); ++k) list_item(item.items[k], indent, list_marker(item, k));
  }

  // The first paragraph of an item follows its marker; further blocks are indented under it.
  void list_item(const Blocks& entry, const std::string& indent, const std::string& marker) {
    const std::string hanging = indent + std::string(marker.size(), ' ');
    std::size_t first = 0;
    if (!entry.empty()) {
      if (const auto* paragraph = std::get_if<Paragraph>(&entry.front().value)) {
        line(marker + inline_text(paragraph->content), indent, hanging);
        first = 1;
      } else {
        line(marker.substr(0, marker.size() - 1), indent, hanging);
      }
    } else {
      line(marker.substr(0, marker.size() - 1), indent, hanging);
    }
    for (std::size_t k = first; k < entry.size(); ++k) {
      if (const auto* paragraph = std::get_if<Paragraph>(&entry[k].value)) {
        line(inline_text(paragraph->content), hanging);
      } else {
        block(entry[k], hanging);
      }
    }
  }

  void render(const BlockQuote& item, const std::string& indent) {
    paragraph(labels_->quote, indent);
    blocks(item.content, indent);
    paragraph(labels_->end_of_quote, indent);
  }

  void render(const Testimonial& item, const std::string& indent) {
    paragraph(testimonial_announcement(item, *labels_), indent);
    blocks(item.content, indent);
  }

  void render(const CodeBlock& item, const std::string& indent) {
    blank_lines(1);
    std::string text = item.text;
    while (!text.empty() && text.back() == '\n') text.pop_back();
    std::size_t begin = 0;
    while (begin <= text.size()) {
      std::size_t end = text.find('\n', begin);
      if (end == std::string::npos) end = text.size();
      out_ += indent + text.substr(begin, end - begin) + "\n";  // code keeps its lines, never wrapped
      begin = end + 1;
    }
  }

  void render(const ThematicBreak&, const std::string&) { blank_lines(1); }

  void render(const Figure& item, const std::string& indent) { paragraph(figure_text(item, *labels_), indent); }

  void render(const Table& item, const std::string& indent) {
    blank_lines(1);
    for (const auto& row : item.rows) line("- " + table_row_text(item, row, *labels_), indent, indent + "  ");
  }

  void render(const RawBlock&, const std::string&) {}

  std::string inline_text(const Inlines& inlines) const { return reading_text(inlines, *labels_); }

  const Publication& publication_;
  TextOptions options_;
  const Labels* labels_;  // in the language of the part being written
  std::string out_;
};

}  // namespace

std::string render_text_edition(const Publication& publication, const TextOptions& options) {
  return TextWriter(publication, options).render();
}

}  // namespace persklaar::text
