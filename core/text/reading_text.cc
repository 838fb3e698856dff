#include "core/text/reading_text.h"

#include <type_traits>

namespace persklaar {
namespace {

void append_reading_text(const Inline& node, const Labels& labels, std::string& out) {
  std::visit(
      [&](const auto& item) {
        using T = std::decay_t<decltype(item)>;
        if constexpr (std::is_same_v<T, Text> || std::is_same_v<T, Code>) {
          out += item.text;
        } else if constexpr (std::is_same_v<T, SoftBreak>) {
          out += ' ';
        } else if constexpr (std::is_same_v<T, LineBreak>) {
          out += '\n';
        } else if constexpr (std::is_same_v<T, Emphasis> || std::is_same_v<T, Strong> ||
                             std::is_same_v<T, Superscript> || std::is_same_v<T, Subscript>) {
          out += reading_text(item.content, labels);
        } else if constexpr (std::is_same_v<T, Link>) {
          out += link_reading_text(item, labels);
        } else if constexpr (std::is_same_v<T, NoteReference>) {
          out += note_marker(item.number);
        } else if constexpr (std::is_same_v<T, Image>) {
          out += "(" + std::string(labels.image) + ": " + reading_text(item.alt, labels) + ")";
        }
      },
      node.value);
}

}  // namespace

std::string note_marker(int number) {
  return "[" + std::to_string(number) + "]";
}

std::string reading_text(const Inlines& inlines, const Labels& labels) {
  std::string out;
  for (const Inline& node : inlines) append_reading_text(node, labels, out);
  return out;
}

std::string link_reading_text(const Link& link, const Labels& labels) {
  const std::string text = reading_text(link.content, labels);
  std::string address = link.target;
  if (address.rfind("mailto:", 0) == 0) address.erase(0, 7);
  if (text == address || text == link.target || address.empty() || address[0] == '#') return text;
  return text + " (" + address + ")";
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
