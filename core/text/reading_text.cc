#include "core/text/reading_text.h"

#include <cctype>
#include <type_traits>

namespace persklaar {
namespace {

// A character that goes on a word: a letter or digit ("[Buffer](buffer.md)s" ends its word at the
// "s"). Bytes of other scripts count as letters.
bool continues_word(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte >= 0x80 || std::isalnum(byte) || c == '_';
}

// Inline text being written, with a link's address held back until the word the link ends in ends:
// "Buffers (buffer.md)", not "Buffer (buffer.md)s".
struct ReadingOut {
  std::string text;
  std::string held_address;  // " (address)" for each link whose word goes on, or empty

  void add(const std::string& more) {
    if (held_address.empty()) {
      text += more;
      return;
    }
    std::size_t word_end = 0;
    while (word_end < more.size() && continues_word(more[word_end])) ++word_end;
    text.append(more, 0, word_end);
    if (word_end == more.size()) return;  // the word goes on in the next piece
    text += held_address;
    held_address.clear();
    text.append(more, word_end, std::string::npos);
  }
  // After a link's text: its address (if it shows one) waits, after any held before it, for the
  // end of the word.
  void hold(const std::string& address) {
    if (!address.empty()) held_address += " (" + address + ")";
  }
  std::string done() {
    text += held_address;
    held_address.clear();
    return std::move(text);
  }
};

// The address a link's reading text names after it, or nothing.
std::string shown_address(const Link& link, const std::string& text) {
  std::string address = link.target;
  if (address.rfind("mailto:", 0) == 0) address.erase(0, 7);
  if (text == address || text == link.target || address.empty() || address[0] == '#') return "";
  return address;
}

void append_reading_text(const Inline& node, const Labels& labels, ReadingOut& out) {
  std::visit(
      [&](const auto& item) {
        using T = std::decay_t<decltype(item)>;
        if constexpr (std::is_same_v<T, Text> || std::is_same_v<T, Code>) {
          out.add(item.text);
        } else if constexpr (std::is_same_v<T, SoftBreak>) {
          out.add(" ");
        } else if constexpr (std::is_same_v<T, LineBreak>) {
          out.add("\n");
        } else if constexpr (std::is_same_v<T, Emphasis> || std::is_same_v<T, Strong> ||
                             std::is_same_v<T, Superscript> || std::is_same_v<T, Subscript>) {
          for (const Inline& inner : item.content) append_reading_text(inner, labels, out);
        } else if constexpr (std::is_same_v<T, Link>) {
          const std::string text = reading_text(item.content, labels);
          const std::string address = shown_address(item, text);
          out.add(text);
          out.hold(address);
        } else if constexpr (std::is_same_v<T, NoteReference>) {
          out.add(note_marker(item.number));
        } else if constexpr (std::is_same_v<T, Image>) {
          out.add("(" + std::string(labels.image) + ": " + reading_text(item.alt, labels) + ")");
        }
      },
      node.value);
}

}  // namespace

std::string note_marker(int number) {
  return "[" + std::to_string(number) + "]";
}

std::string reading_text(const Inlines& inlines, const Labels& labels) {
  ReadingOut out;
  for (const Inline& node : inlines) append_reading_text(node, labels, out);
  return out.done();
}

std::string table_row_text(const Table& table, const std::vector<TableCell>& row, const Labels& labels) {
  std::string text;
  for (std::size_t k = 0; k < row.size(); ++k) {
    if (k > 0) text += "; ";
    const std::string label = k < table.header.size() ? reading_text(table.header[k].content, labels) : "";
    if (!label.empty()) text += label + ": ";
    text += reading_text(row[k].content, labels);
  }
  return text;
}

std::string testimonial_announcement(const Testimonial& testimonial, const Labels& labels) {
  std::string who = reading_text(testimonial.person, labels);
  const std::string role = reading_text(testimonial.role, labels);
  if (!role.empty()) who += " (" + role + ")";
  return who + " " + labels.says + ":";
}

std::string figure_text(const Figure& figure, const Labels& labels) {
  const std::string description = reading_text(figure.alt, labels);
  std::string text = std::string(labels.image) + ": " + description;
  const std::string caption = reading_text(figure.caption, labels);
  if (!caption.empty() && caption != description) text += ". " + caption;  // one text for both: read once
  return text;
}

std::string list_marker(const List& list, std::size_t index) {
  return list.ordered ? std::to_string(list.start + static_cast<int>(index)) + ". " : "- ";
}

}  // namespace persklaar
