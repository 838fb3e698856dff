#include "core/layout/styled_text.h"

#include <type_traits>

#include "core/model/plain_text.h"

namespace persklaar {
namespace {

struct Style {
  bool italic = false, bold = false, code = false;
  std::string link;
  bool plain() const { return !italic && !bold && !code && link.empty(); }
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
    StyleSpan span{begin, out_.text.size(), style.italic, style.bold, style.code, style.link};
    auto& spans = out_.spans;
    if (!spans.empty() && spans.back().end == begin && spans.back().italic == span.italic &&
        spans.back().bold == span.bold && spans.back().code == span.code && spans.back().link == span.link) {
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
  void add_item(const Link& item, const Style& style) {
    Style inner = style;
    inner.link = item.target;
    add(item.content, inner);
  }
  void add_item(const Image& item, const Style& style) { append(plain_text(item.alt), style); }
  void add_item(const RawInline&, const Style&) {}
  void add_item(const NoteReference&, const Style&) {}

  StyledText out_;
};

}  // namespace

StyledText styled_text(const Inlines& inlines) {
  Flattener flattener;
  flattener.add(inlines, Style{});
  return flattener.take();
}

}  // namespace persklaar
