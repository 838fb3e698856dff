#include "plugins/epub/chapter_xhtml.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <optional>
#include <set>
#include <type_traits>

#include "core/model/plain_text.h"
#include "core/text/labels.h"
#include "plugins/epub/link_target.h"
#include "plugins/epub/xhtml_document.h"

namespace persklaar::epub {
namespace {

using tinyxml2::XMLElement;

const std::string* attribute(const Attributes& attributes, const char* key) {
  for (const auto& [name, value] : attributes.pairs) {
    if (name == key) return &value;
  }
  return nullptr;
}

const char* kind_class(SectionKind kind) {
  switch (kind) {
    case SectionKind::introduction: return "section introduction";
    case SectionKind::meeting_report: return "section meeting-report";
    case SectionKind::experiences: return "section experiences";
    case SectionKind::generic: break;
  }
  return "section";
}

const char* matter_type(Matter matter) {
  switch (matter) {
    case Matter::front: return "frontmatter";
    case Matter::back: return "backmatter";
    case Matter::body: break;
  }
  return "bodymatter";
}

const char* alignment_class(Alignment alignment) {
  switch (alignment) {
    case Alignment::left: return "align-left";
    case Alignment::center: return "align-center";
    case Alignment::right: return "align-right";
    case Alignment::none: break;
  }
  return nullptr;
}

class ChapterWriter {
 public:
  ChapterWriter(const ChapterDocument& document, const ChapterContext& context)
      : chapter_(*document.chapter),
        context_(context),
        labels_(labels_for(language_of(chapter_.attributes, context.publication.metadata.language))),
        document_(document_title(), context.publication.metadata.language, "../" + std::string(kStylesheet)) {}

  std::string render() {
    XMLElement* body = document_.body();
    body->SetAttribute("class", chapter_color_class(chapter_, context_.layout).c_str());
    body->SetAttribute("epub:type", matter_type(chapter_.matter));

    XMLElement* section = document_.add_block(body, "section");
    section->SetAttribute("class", "chapter");
    section->SetAttribute("epub:type", "chapter");
    section->SetAttribute("role", "doc-chapter");
    apply_language(section, chapter_.attributes);
    page_breaks(section, chapter_.print_pages);
    const std::string title = plain_text(chapter_.title);
    if (title.empty()) {
      section->SetAttribute("id", chapter_.attributes.id.c_str());
      last_heading_ = 1;  // the publication title is the level above
    } else {
      section->SetAttribute("aria-labelledby", chapter_.attributes.id.c_str());
      XMLElement* heading = document_.add_block(section, "h1");
      heading->SetAttribute("id", chapter_.attributes.id.c_str());
      if (chapter_.number > 0) {
        XMLElement* number = document_.add_inline(heading, "span");
        number->SetAttribute("class", "chapter-number");
        document_.add_text(number, std::string(labels_.chapter) + " " + std::to_string(chapter_.number));
        document_.add_text(heading, " ");
      }
      inlines(heading, chapter_.title);
      last_heading_ = 1;
    }
    for (const Section& item : chapter_.sections) this->section(section, item);
    endnotes(section);
    return document_.to_string();
  }

 private:
  std::string document_title() const {
    const std::string title = plain_text(chapter_.title);
    return title.empty() ? context_.publication.metadata.title : title;
  }

  void apply_language(XMLElement* element, const Attributes& attributes) {
    if (const std::string* language = attribute(attributes, "lang")) set_language(element, *language);
  }

  void section(XMLElement* parent, const Section& section) {
    const std::string title = plain_text(section.title);
    if (title.empty()) {
      // The opening text of a chapter: no heading of its own, but its anchor still leads here.
      XMLElement* opening = document_.add_block(parent, "div");
      opening->SetAttribute("class", "opening");
      opening->SetAttribute("id", section.attributes.id.c_str());
      apply_language(opening, section.attributes);
      page_breaks(opening, section.print_pages);
      section_level_ = 1;
      last_heading_ = 1;
      write_section_blocks(opening, section);
      return;
    }
    XMLElement* element = document_.add_block(parent, "section");
    element->SetAttribute("class", kind_class(section.kind));
    element->SetAttribute("aria-labelledby", section.attributes.id.c_str());
    apply_language(element, section.attributes);
    page_breaks(element, section.print_pages);
    XMLElement* heading = document_.add_block(element, "h2");
    heading->SetAttribute("id", section.attributes.id.c_str());
    inlines(heading, section.title);
    section_level_ = 2;
    last_heading_ = 2;
    write_section_blocks(element, section);
  }

  void write_section_blocks(XMLElement* parent, const Section& section) {
    for (const Block& block : section.blocks) {
      page_breaks(parent, block.print_pages, false);
      this->block(parent, block);
      page_breaks(parent, block.print_pages, true);
    }
  }

  // Empty markers where print pages begin, for the page list to point at; each page once. Pages
  // beginning at a title are marked whatever `inside` says.
  void page_breaks(XMLElement* parent, const std::vector<PrintPageBreak>& pages, std::optional<bool> inside = {}) {
    for (const PrintPageBreak& page : pages) {
      if ((inside && page.inside != *inside) || !marked_pages_.insert(page.page).second) continue;
      XMLElement* marker = document_.add_block(parent, "span");
      marker->SetAttribute("epub:type", "pagebreak");
      marker->SetAttribute("role", "doc-pagebreak");
      marker->SetAttribute("id", page_break_id(page.page).c_str());
      marker->SetAttribute("aria-label", std::to_string(page.page).c_str());
    }
  }

  void blocks(XMLElement* parent, const Blocks& blocks) {
    for (const Block& block : blocks) this->block(parent, block);
  }

  void block(XMLElement* parent, const Block& block) {
    XMLElement* element = std::visit([&](const auto& item) { return render(parent, item); }, block.value);
    if (!element) return;
    if (!block.attributes.id.empty()) element->SetAttribute("id", block.attributes.id.c_str());
    apply_language(element, block.attributes);
  }

  XMLElement* render(XMLElement* parent, const Paragraph& item) {
    XMLElement* element = document_.add_block(parent, "p");
    inlines(element, item.content);
    return element;
  }

  // Heading levels follow the document's outline, not the manuscript's marks: a "###" directly under a
  // chapter title becomes h2, and no level is ever skipped.
  XMLElement* render(XMLElement* parent, const Heading& item) {
    const int level = std::clamp(std::min(item.level, last_heading_ + 1), section_level_ + 1, 6);
    last_heading_ = level;
    const std::string name = "h" + std::to_string(level);
    XMLElement* element = document_.add_block(parent, name.c_str());
    element->SetAttribute("class", "subheading");  // styled as the layout's heading3, whatever its level
    inlines(element, item.content);
    return element;
  }

  XMLElement* render(XMLElement* parent, const List& item) {
    XMLElement* element = document_.add_block(parent, item.ordered ? "ol" : "ul");
    if (item.ordered && item.start != 1) element->SetAttribute("start", item.start);
    for (const Blocks& entry : item.items) {
      XMLElement* entry_element = document_.add_block(element, "li");
      const Paragraph* only = entry.size() == 1 ? std::get_if<Paragraph>(&entry.front().value) : nullptr;
      if (item.tight && only && entry.front().attributes.empty()) {
        inlines(entry_element, only->content);
      } else {
        blocks(entry_element, entry);
      }
    }
    return element;
  }

  XMLElement* render(XMLElement* parent, const BlockQuote& item) {
    XMLElement* element = document_.add_block(parent, "blockquote");
    blocks(element, item.content);
    return element;
  }

  XMLElement* render(XMLElement* parent, const Testimonial& item) {
    XMLElement* figure = document_.add_block(parent, "figure");
    figure->SetAttribute("class", "testimonial");
    XMLElement* quote = document_.add_block(figure, "blockquote");
    blocks(quote, item.content);
    if (!item.person.empty() || !item.role.empty()) {
      XMLElement* caption = document_.add_block(figure, "figcaption");
      caption->SetAttribute("class", "attribution");
      XMLElement* person = document_.add_inline(caption, "span");
      person->SetAttribute("class", "person");
      inlines(person, item.person);
      if (!item.role.empty()) {
        if (!item.person.empty()) document_.add_text(caption, ", ");
        XMLElement* role = document_.add_inline(caption, "span");
        role->SetAttribute("class", "role");
        inlines(role, item.role);
      }
    }
    return figure;
  }

  XMLElement* render(XMLElement* parent, const CodeBlock& item) {
    XMLElement* pre = document_.add_block(parent, "pre");
    std::string text = item.text;
    if (!text.empty() && text.back() == '\n') text.pop_back();
    document_.add_text(document_.add_inline(pre, "code"), text);
    return pre;
  }

  XMLElement* render(XMLElement* parent, const ThematicBreak&) { return document_.add_block(parent, "hr"); }

  XMLElement* render(XMLElement* parent, const Figure& item) {
    XMLElement* figure = document_.add_block(parent, "figure");
    figure->SetAttribute("class", "image");
    if (const EmbeddedImage* image = context_.images.find(item.source)) {
      XMLElement* img = document_.add_block(figure, "img");
      img->SetAttribute("src", ("../" + image->path).c_str());
      img->SetAttribute("alt", plain_text(item.alt).c_str());
    } else {
      // Not in the book (reported when the images were collected): its description stands in for it.
      XMLElement* description = document_.add_block(figure, "p");
      description->SetAttribute("class", "image-description");
      document_.add_text(description, std::string(labels_.image) + ": ");
      inlines(description, item.alt);
    }
    if (!item.caption.empty()) inlines(document_.add_block(figure, "figcaption"), item.caption);
    return figure;
  }

  XMLElement* render(XMLElement* parent, const Table& item) {
    XMLElement* table = document_.add_block(parent, "table");
    if (!item.header.empty()) {
      XMLElement* row = document_.add_block(document_.add_block(table, "thead"), "tr");
      for (std::size_t k = 0; k < item.header.size(); ++k) {
        XMLElement* cell = document_.add_block(row, "th");
        cell->SetAttribute("scope", "col");
        table_cell(cell, item, k, item.header[k]);
      }
    }
    XMLElement* body = document_.add_block(table, "tbody");
    for (const auto& cells : item.rows) {
      XMLElement* row = document_.add_block(body, "tr");
      for (std::size_t k = 0; k < cells.size(); ++k) table_cell(document_.add_block(row, "td"), item, k, cells[k]);
    }
    return table;
  }

  void table_cell(XMLElement* cell, const Table& table, std::size_t column, const TableCell& content) {
    if (column < table.alignments.size()) {
      if (const char* alignment = alignment_class(table.alignments[column])) cell->SetAttribute("class", alignment);
    }
    inlines(cell, content.content);
  }

  XMLElement* render(XMLElement*, const RawBlock&) { return nullptr; }

  void inlines(XMLElement* parent, const Inlines& content) {
    for (const Inline& node : content) {
      std::visit([&](const auto& item) { render_inline(parent, item, node.position); }, node.value);
    }
  }

  void render_inline(XMLElement* parent, const Text& item, const SourcePosition&) {
    document_.add_text(parent, item.text);
  }
  void render_inline(XMLElement* parent, const SoftBreak&, const SourcePosition&) { document_.add_text(parent, " "); }
  void render_inline(XMLElement* parent, const LineBreak&, const SourcePosition&) {
    document_.add_inline(parent, "br");
  }
  void render_inline(XMLElement* parent, const Emphasis& item, const SourcePosition&) {
    inlines(document_.add_inline(parent, "em"), item.content);
  }
  void render_inline(XMLElement* parent, const Strong& item, const SourcePosition&) {
    inlines(document_.add_inline(parent, "strong"), item.content);
  }
  void render_inline(XMLElement* parent, const Superscript& item, const SourcePosition&) {
    inlines(document_.add_inline(parent, "sup"), item.content);
  }
  void render_inline(XMLElement* parent, const Subscript& item, const SourcePosition&) {
    inlines(document_.add_inline(parent, "sub"), item.content);
  }
  void render_inline(XMLElement* parent, const Code& item, const SourcePosition&) {
    document_.add_text(document_.add_inline(parent, "code"), item.text);
  }
  void render_inline(XMLElement*, const RawInline&, const SourcePosition&) {}
  // <sup><a epub:type="noteref" role="doc-noteref" href="#…-note-1" id="…-note-1-ref">1</a></sup>; a
  // second reference to the same note gets "…-ref-2", so every one has its own way back.
  void render_inline(XMLElement* parent, const NoteReference& item, const SourcePosition&) {
    const int count = ++note_references_[item.id];
    XMLElement* link = document_.add_inline(document_.add_inline(parent, "sup"), "a");
    link->SetAttribute("epub:type", "noteref");
    link->SetAttribute("role", "doc-noteref");
    link->SetAttribute("href", ("#" + item.id).c_str());
    link->SetAttribute("id", note_reference_id(item.id, count).c_str());
    document_.add_text(link, std::to_string(item.number));
  }

  static std::string note_reference_id(const std::string& note, int count) {
    return note + "-ref" + (count > 1 ? "-" + std::to_string(count) : "");
  }

  // The chapter's notes at its end: a doc-endnotes section with a heading and a numbered list, each
  // note ending in links back to every place that refers to it.
  void endnotes(XMLElement* chapter_section) {
    if (chapter_.notes.empty()) return;
    const std::string heading_id = "notes-" + chapter_.attributes.id;
    XMLElement* section = document_.add_block(chapter_section, "section");
    section->SetAttribute("class", "notes");
    section->SetAttribute("epub:type", "endnotes");
    section->SetAttribute("role", "doc-endnotes");
    section->SetAttribute("aria-labelledby", heading_id.c_str());
    XMLElement* heading = document_.add_block(section, "h2");
    heading->SetAttribute("id", heading_id.c_str());
    document_.add_text(heading, labels_.notes);
    section_level_ = last_heading_ = 2;
    XMLElement* list = document_.add_block(section, "ol");
    for (const Note& note : chapter_.notes) {
      XMLElement* item = document_.add_block(list, "li");
      item->SetAttribute("id", note.id.c_str());
      item->SetAttribute("epub:type", "endnote");
      blocks(item, note.content);
      XMLElement* last = item->LastChildElement();
      if (!last || std::strcmp(last->Name(), "p") != 0) last = document_.add_block(item, "p");
      for (int k = 1; k <= note_references_[note.id]; ++k) {
        document_.add_text(last, " ");
        XMLElement* back = document_.add_inline(last, "a");
        back->SetAttribute("href", ("#" + note_reference_id(note.id, k)).c_str());
        back->SetAttribute("role", "doc-backlink");
        back->SetAttribute("aria-label", labels_.back_to_text);
        document_.add_text(back, "\u21A9\uFE0E");  // ↩ as text, not as an emoji
      }
    }
  }

  void render_inline(XMLElement* parent, const Link& item, const SourcePosition& where) {
    const auto href = link_href(item.target, context_.plan);
    if (!href) {
      context_.diagnostics.warn(where, "link to '" + item.target + "' leads nowhere in the EPUB, so it is left as text",
                                item.target.rfind('#', 0) == 0
                                    ? "link to the {#id} of a chapter, section or heading of this manuscript"
                                    : "use a full address (https://…) or a #anchor of this manuscript");
      inlines(parent, item.content);
      return;
    }
    XMLElement* link = document_.add_inline(parent, "a");
    link->SetAttribute("href", href->c_str());
    if (!item.title.empty()) link->SetAttribute("title", item.title.c_str());
    // A link needs words to be announced by; an empty one shows its address.
    if (plain_text(item.content).empty()) {
      document_.add_text(link, item.target);
    } else {
      inlines(link, item.content);
    }
  }

  void render_inline(XMLElement* parent, const Image& item, const SourcePosition&) {
    if (const EmbeddedImage* image = context_.images.find(item.source)) {
      XMLElement* img = document_.add_inline(parent, "img");
      img->SetAttribute("src", ("../" + image->path).c_str());
      img->SetAttribute("alt", plain_text(item.alt).c_str());
      if (!item.title.empty()) img->SetAttribute("title", item.title.c_str());
    } else {
      XMLElement* description = document_.add_inline(parent, "span");
      description->SetAttribute("class", "image-description");
      document_.add_text(description, "[" + std::string(labels_.image) + ": " + plain_text(item.alt) + "]");
    }
  }

  const Chapter& chapter_;
  const ChapterContext& context_;
  const Labels& labels_;
  XhtmlDocument document_;
  int section_level_ = 1;  // the level of the heading that opens the current section
  int last_heading_ = 1;   // the level of the last heading written
  std::set<int> marked_pages_;
  std::map<std::string, int> note_references_;  // note id → references written so far
};

}  // namespace

std::string chapter_color_class(const Chapter& chapter, const LayoutSpec& layout) {
  if (chapter.matter != Matter::body || chapter.number <= 0 || layout.chapter_colors.empty()) return "accent";
  const std::size_t index = static_cast<std::size_t>(chapter.number - 1) % layout.chapter_colors.size();
  return "chapter-color-" + std::to_string(index + 1);
}

std::string chapter_xhtml(const ChapterDocument& document, const ChapterContext& context) {
  return ChapterWriter(document, context).render();
}

}  // namespace persklaar::epub
