#include "plugins/docx/formatted_runs.h"

#include "core/model/merge_inline.h"

namespace persklaar::docx {
namespace {

// Word puts the spaces around a word inside its bold or italic run; the model wants them outside, so
// that "a **b** c" never becomes "a** b **c".
Inlines wrapped(Inlines content, const RunStyle& style, const SourcePosition& where) {
  std::string before;
  std::string after;
  if (!content.empty()) {
    if (auto* first = std::get_if<Text>(&content.front().value)) {
      const auto start = first->text.find_first_not_of(' ');
      before = first->text.substr(0, start == std::string::npos ? first->text.size() : start);
      first->text.erase(0, before.size());
    }
    if (auto* last = std::get_if<Text>(&content.back().value)) {
      const auto end = last->text.find_last_not_of(' ');
      after = last->text.substr(end == std::string::npos ? 0 : end + 1);
      last->text.erase(last->text.size() - after.size());
    }
    if (auto* first = std::get_if<Text>(&content.front().value); first && first->text.empty()) {
      content.erase(content.begin());
    }
  }
  Inlines out;
  if (!before.empty()) out.push_back(Inline{Text{before}, where});
  if (!content.empty()) {
    if (style.script > 0) content = Inlines{Inline{Superscript{std::move(content)}, where}};
    if (style.script < 0) content = Inlines{Inline{Subscript{std::move(content)}, where}};
    if (style.emphasis) content = Inlines{Inline{Emphasis{std::move(content)}, where}};
    if (style.strong) content = Inlines{Inline{Strong{std::move(content)}, where}};
    for (auto& node : content) out.push_back(std::move(node));
  }
  if (!after.empty()) out.push_back(Inline{Text{after}, where});
  return out;
}

}  // namespace

void FormattedRuns::add_text(std::string_view text, RunStyle style, const SourcePosition& where) {
  if (text.empty()) return;
  if (style.code) {
    pieces_.push_back({Inline{Code{std::string(text)}, where}, style});
    return;
  }
  pieces_.push_back({Inline{Text{std::string(text)}, where}, style});
}

void FormattedRuns::add(Inline piece, RunStyle style) {
  pieces_.push_back({std::move(piece), style});
}

FormattedRuns FormattedRuns::take_from(std::size_t begin) {
  FormattedRuns taken;
  if (begin >= pieces_.size()) return taken;
  taken.pieces_.assign(std::make_move_iterator(pieces_.begin() + static_cast<long>(begin)),
                       std::make_move_iterator(pieces_.end()));
  pieces_.erase(pieces_.begin() + static_cast<long>(begin), pieces_.end());
  return taken;
}

Inlines FormattedRuns::finish() && {
  Inlines result;
  std::size_t k = 0;
  while (k < pieces_.size()) {
    const RunStyle style = pieces_[k].style;
    const bool formatted = (style.strong || style.emphasis || style.script != 0) &&
                           !std::holds_alternative<Code>(pieces_[k].inline_.value);
    Inlines group;
    const SourcePosition where = pieces_[k].inline_.position;
    do {
      append_merged(group, std::move(pieces_[k].inline_));
      ++k;
    } while (k < pieces_.size() && pieces_[k].style == style);
    if (formatted) group = wrapped(std::move(group), style, where);
    for (auto& node : group) append_merged(result, std::move(node));
  }
  return result;
}

}  // namespace persklaar::docx
