#include "core/layout/styled_text.h"

#include <type_traits>

#include "core/model/plain_text.h"

namespace persklaar {
namespace {

struct Style {
  bool italic = false, bold = false, code = false;
  int script = 0;  // 1 superscript, -1 subscript
  std::string link;
  bool plain() const { return !italic && !bold && !code && script == 0 && link.empty(); }
};

class Flattener {
 public:
  StyledText take() { return std::move(out_); }

  void add(const Inlines& inlines, const Style& style) {
    for (const Inline& node : inlines) {
      std::visit([&](const auto& item) { add_item(item, style); }, node.value);
    }
  }

 private:
  void append(const std::string& text, const Style& style) {
    if (text.empty()) return;
    const std::size_t begin = out_.text.size();
    out_.text += text;
    if (style.plain()) return;
    StyleSpan span{begin, out_.text.size(), style.italic, style.bold, style.code, style.link, style.script};
    auto& spans = out_.spans;
    if (!spans.empty() && spans.back().end == begin && spans.back().italic == span.italic &&
        spans.back().bold == span.bold && spans.back().code == span.code && spans.back().script == span.script &&
        spans.back().link == span.link) {
      spans.back().end = span.end;
    } else {
      spans.push_back(span);
    }
    if (style.code || !style.link.empty()) out_.no_hyphenation.emplace_back(begin, out_.text.size());
  }

  void add_item(const Text& item, const Style& style) { append(item.text, style); }
  void add_item(const SoftBreak&, const Style& style) { append(" ", style); }
  void add_item(const LineBreak&, const Style& style) { append(kLineSeparator, style); }
  void add_item(const Code& item, const Style& style) {
    Style code = style;
    code.code = true;
    append(item.text, code);
  }
  void add_item(const Emphasis& item, const Style& style) {
    Style inner = style;
    inner.italic = !style.italic;  // emphasis inside italic text turns back upright
    add(item.content, inner);
  }
  void add_item(const Strong& item, const Style& style) {
    Style inner = style;
    inner.bold = true;
    add(item.content, inner);
  }
  void add_item(const Superscript& item, const Style& style) {
    Style inner = style;
    inner.script = 1;
    add(item.content, inner);
  }
  void add_item(const Subscript& item, const Style& style) {
    Style inner = style;
    inner.script = -1;
    add(item.content, inner);
  }
  void add_item(const Link& item, const Style& style) {
    Style inner = style;
    inner.link = item.target;
    add(item.content, inner);
  }
  void add_item(const Image& item, const Style& style) { append(plain_text(item.alt), style); }
  void add_item(const RawInline&, const Style&) {}
  // The marker: the number in superscript digits, a link to the note (which tells page building that
  // this line refers to it).
  void add_item(const NoteReference& item, const Style& style) {
    Style marker = style;
    marker.link = "#" + item.id;
    append(superscript_number(item.number), marker);
  }

  StyledText out_;
};

}  // namespace

std::string superscript_number(int number) {
  static const char* const kDigits[] = {"\u2070", "\u00B9", "\u00B2", "\u00B3", "\u2074",
                                        "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
  std::string out;
  for (char digit : std::to_string(number)) out += kDigits[digit - '0'];
  return out;
}

StyledText styled_text(const Inlines& inlines) {
  Flattener flattener;
  flattener.add(inlines, Style{});
  return flattener.take();
}

}  // namespace persklaar
