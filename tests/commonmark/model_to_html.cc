#include "tests/commonmark/model_to_html.h"

#include <type_traits>

#include "core/model/plain_text.h"

namespace persklaar::testing {
namespace {

// cmark_isspace: where the first word of a code block's info string ends.
bool is_cmark_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// The bytes houdini_escape_href writes as they are: letters, digits and -_.+!*(),%#@?=;:/$~
bool is_href_safe(unsigned char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return std::string_view("-_.+!*(),%#@?=;:/$~").find(static_cast<char>(c)) != std::string_view::npos;
}

const char* alignment_attribute(Alignment alignment) {
  switch (alignment) {
    case Alignment::left: return " align=\"left\"";
    case Alignment::center: return " align=\"center\"";
    case Alignment::right: return " align=\"right\"";
    case Alignment::none: return "";
  }
  return "";
}

// An image's alt attribute, as cmark's "plain" rendering mode writes it: the literal text of every
// descendant, escaped, with line breaks as spaces. Unlike core's plain_text it keeps raw HTML (as
// escaped text), because cmark does.
void append_alt_text(const Inlines& inlines, std::string& out) {
  for (const Inline& node : inlines) {
    std::visit(
        [&out](const auto& item) {
          using T = std::decay_t<decltype(item)>;
          if constexpr (std::is_same_v<T, Text> || std::is_same_v<T, Code> || std::is_same_v<T, RawInline>) {
            out += escape_html(item.text);
          } else if constexpr (std::is_same_v<T, SoftBreak> || std::is_same_v<T, LineBreak>) {
            out += ' ';
          } else if constexpr (std::is_same_v<T, Image>) {
            append_alt_text(item.alt, out);
          } else if constexpr (std::is_same_v<T, NoteReference>) {
            // CommonMark has no notes
          } else {
            append_alt_text(item.content, out);  // emphasis, strong, link
          }
        },
        node.value);
  }
}

std::string alt_text(const Inlines& inlines) {
  std::string out;
  append_alt_text(inlines, out);
  return out;
}

// Writes HTML into one string the way cmark's html.c does, including its newline rule `cr`.
class HtmlWriter {
 public:
  std::string take() { return std::move(out_); }

  void publication(const Publication& publication) {
    for (const Chapter& chapter : publication.chapters) this->chapter(chapter);
  }

 private:
  // cmark's cr(): start a new line unless the output is empty or already at one.
  void cr() {
    if (!out_.empty() && out_.back() != '\n') out_ += '\n';
  }

  void inlines(const Inlines& content) {
    for (const Inline& node : content) std::visit([this](const auto& item) { inline_item(item); }, node.value);
  }

  // `tight` is true only for the blocks directly inside an item of a tight list: there cmark writes
  // paragraphs without <p>.
  void blocks(const Blocks& content, bool tight) {
    for (const Block& node : content) std::visit([this, tight](const auto& item) { block(item, tight); }, node.value);
  }

  // The chapter's "#" heading (when the manuscript had one) followed by its sections.
  void chapter(const Chapter& chapter) {
    if (chapter.has_heading) heading(1, chapter.title);
    for (const Section& section : chapter.sections) this->section(section);
  }

  void section(const Section& section) {
    if (section.has_heading) heading(2, section.title);
    blocks(section.blocks, false);
  }

  void heading(int level, const Inlines& content) {
    cr();
    out_ += "<h" + std::to_string(level) + ">";
    inlines(content);
    out_ += "</h" + std::to_string(level) + ">\n";
  }

  // --- blocks: one overload per kind of the model ---

  void block(const Paragraph& paragraph, bool tight) {
    if (tight) {
      inlines(paragraph.content);
      return;
    }
    cr();
    out_ += "<p>";
    inlines(paragraph.content);
    out_ += "</p>\n";
  }

  void block(const Heading& heading, bool) { this->heading(heading.level, heading.content); }

  void block(const List& list, bool) {
    cr();
    if (!list.ordered) {
      out_ += "<ul>\n";
    } else if (list.start == 1) {
      out_ += "<ol>\n";
    } else {
      out_ += "<ol start=\"" + std::to_string(list.start) + "\">\n";
    }
    for (const Blocks& item : list.items) {
      cr();
      out_ += "<li>";
      blocks(item, list.tight);
      out_ += "</li>\n";
    }
    out_ += list.ordered ? "</ol>\n" : "</ul>\n";
  }

  void block(const BlockQuote& quote, bool) {
    cr();
    out_ += "<blockquote>\n";
    blocks(quote.content, false);
    cr();
    out_ += "</blockquote>\n";
  }

  // The model took the attribution line out of the quotation; it is written back as the paragraph it
  // was, with an em dash and a spaced hyphen before the role. Which separator the manuscript used is
  // not kept, so only that form can round-trip.
  void block(const Testimonial& testimonial, bool) {
    cr();
    out_ += "<blockquote>\n";
    blocks(testimonial.content, false);
    cr();
    out_ += "<p>\xE2\x80\x94 ";
    inlines(testimonial.person);
    if (!testimonial.role.empty()) {
      out_ += " - ";
      inlines(testimonial.role);
    }
    out_ += "</p>\n</blockquote>\n";
  }

  void block(const CodeBlock& code, bool) {
    cr();
    if (code.info.empty()) {
      out_ += "<pre><code>";
    } else {
      std::size_t first_word = 0;
      while (first_word < code.info.size() && !is_cmark_space(code.info[first_word])) ++first_word;
      out_ += "<pre><code class=\"language-" + escape_html(std::string_view(code.info).substr(0, first_word)) + "\">";
    }
    out_ += escape_html(code.text);
    out_ += "</code></pre>\n";
  }

  void block(const ThematicBreak&, bool) {
    cr();
    out_ += "<hr />\n";
  }

  // The reader made a figure of a paragraph holding only an image; it was that paragraph (bare inside
  // a tight list item), and its caption is the image's title.
  void block(const Figure& figure, bool tight) {
    if (!tight) {
      cr();
      out_ += "<p>";
    }
    image(figure.source, plain_text(figure.caption), figure.alt);
    if (!tight) out_ += "</p>\n";
  }

  void block(const Table& table, bool) {
    cr();
    out_ += "<table>\n<thead>\n<tr>\n";
    table_cells(table.header, table.alignments, "th");
    out_ += "</tr>\n</thead>\n";
    if (!table.rows.empty()) {
      out_ += "<tbody>\n";
      for (const auto& row : table.rows) {
        out_ += "<tr>\n";
        table_cells(row, table.alignments, "td");
        out_ += "</tr>\n";
      }
      out_ += "</tbody>\n";
    }
    out_ += "</table>\n";
  }

  // cmark-gfm's table renderer: one cell a line, the column's alignment as an align attribute.
  void table_cells(const std::vector<TableCell>& cells, const std::vector<Alignment>& alignments, const char* tag) {
    for (std::size_t k = 0; k < cells.size(); ++k) {
      out_ +=
          std::string("<") + tag + alignment_attribute(k < alignments.size() ? alignments[k] : Alignment::none) + ">";
      inlines(cells[k].content);
      out_ += std::string("</") + tag + ">\n";
    }
  }

  // Raw HTML is written as it came; cmark puts it on lines of its own.
  void block(const RawBlock& raw, bool) {
    cr();
    if (raw.format == "html") out_ += raw.text;
    cr();
  }

  // --- inlines: one overload per kind of the model ---

  void inline_item(const Text& text) { out_ += escape_html(text.text); }
  void inline_item(const SoftBreak&) { out_ += '\n'; }
  void inline_item(const LineBreak&) { out_ += "<br />\n"; }

  void inline_item(const Emphasis& emphasis) {
    out_ += "<em>";
    inlines(emphasis.content);
    out_ += "</em>";
  }

  void inline_item(const Strong& strong) {
    out_ += "<strong>";
    inlines(strong.content);
    out_ += "</strong>";
  }

  void inline_item(const Superscript& raised) {
    out_ += "<sup>";
    inlines(raised.content);
    out_ += "</sup>";
  }

  void inline_item(const Subscript& lowered) {
    out_ += "<sub>";
    inlines(lowered.content);
    out_ += "</sub>";
  }

  void inline_item(const Code& code) { out_ += "<code>" + escape_html(code.text) + "</code>"; }

  void inline_item(const Link& link) {
    out_ += "<a href=\"" + escape_href(link.target) + "\"";
    if (!link.title.empty()) out_ += " title=\"" + escape_html(link.title) + "\"";
    out_ += ">";
    inlines(link.content);
    out_ += "</a>";
  }

  void inline_item(const Image& image) { this->image(image.source, image.title, image.alt); }

  void inline_item(const NoteReference&) {}  // CommonMark has no notes

  void inline_item(const RawInline& raw) {
    if (raw.format == "html") out_ += raw.text;
  }

  // cmark writes the title attribute after the alt text, and only when there is a title.
  void image(const std::string& source, const std::string& title, const Inlines& alt) {
    out_ += "<img src=\"" + escape_href(source) + "\" alt=\"" + alt_text(alt) + "\"";
    if (!title.empty()) out_ += " title=\"" + escape_html(title) + "\"";
    out_ += " />";
  }

  std::string out_;
};

}  // namespace

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string escape_href(std::string_view url) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(url.size());
  for (char c : url) {
    const auto byte = static_cast<unsigned char>(c);
    if (is_href_safe(byte)) {
      out += c;
    } else if (c == '&') {
      out += "&amp;";
    } else if (c == '\'') {
      out += "&#x27;";
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    }
  }
  return out;
}

std::string to_commonmark_html(const Publication& publication) {
  HtmlWriter writer;
  writer.publication(publication);
  return writer.take();
}

}  // namespace persklaar::testing
