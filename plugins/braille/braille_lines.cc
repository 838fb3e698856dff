#include "plugins/braille/braille_lines.h"

#include <algorithm>

namespace persklaar::braille {
namespace {

// Splitting a word is worth it only where the line has room for a few cells of it; otherwise the
// word goes whole to the next line, which reads better than a two-cell fragment.
constexpr int kMinimumSplitRoom = 5;

struct Word {
  std::u32string cells;
  std::vector<WordBreak> breaks;
};

class LineFiller {
 public:
  explicit LineFiller(const LineShape& shape) : shape_(shape) { start_line(shape.first_indent); }

  void add(Word word) {
    while (!word.cells.empty()) {
      const int room = shape_.width - used() - (has_word_ ? 1 : 0);
      if (static_cast<int>(word.cells.size()) <= room) {
        place(word.cells);
        return;
      }
      if (room >= kMinimumSplitRoom || !has_word_) {
        if (const std::size_t split = split_point(word, room, shape_.hyphenate); split > 0) {
          std::u32string head = word.cells.substr(0, split);
          if (word.breaks[split] == WordBreak::hyphenate) head += kHyphenCell;
          place(head);
          word.cells.erase(0, split);
          word.breaks.erase(word.breaks.begin(), word.breaks.begin() + static_cast<std::ptrdiff_t>(split));
          word.breaks.front() = WordBreak::none;
          end_line();
          continue;
        }
      }
      if (has_word_) {
        end_line();
        continue;
      }
      // A word longer than a whole line with no break point in reach: cut it where the line ends.
      const auto cut = static_cast<std::size_t>(std::max(1, room));
      place(word.cells.substr(0, cut));
      word.cells.erase(0, cut);
      word.breaks.erase(word.breaks.begin(), word.breaks.begin() + static_cast<std::ptrdiff_t>(cut));
      end_line();
    }
  }

  void force_line_end() { end_line(); }

  std::vector<std::u32string> finish() {
    if (has_word_) lines_.push_back(line_);
    return std::move(lines_);
  }

 private:
  int used() const { return static_cast<int>(line_.size()); }

  // The longest head of the word that fits in `room` cells with what its break adds (a hyphen).
  static std::size_t split_point(const Word& word, int room, bool hyphenate) {
    for (std::size_t at = std::min(word.cells.size() - 1, static_cast<std::size_t>(std::max(room, 0))); at > 0; --at) {
      const WordBreak kind = word.breaks[at];
      if (kind == WordBreak::after_hyphen && static_cast<int>(at) <= room) return at;
      if (hyphenate && kind == WordBreak::hyphenate && static_cast<int>(at) + 1 <= room) return at;
    }
    return 0;
  }

  void place(const std::u32string& cells) {
    if (has_word_) line_ += kBlankCell;
    line_ += cells;
    has_word_ = true;
  }

  void start_line(int indent) {
    line_.assign(static_cast<std::size_t>(std::max(0, std::min(indent, shape_.width - 1))), kBlankCell);
    has_word_ = false;
  }

  void end_line() {
    lines_.push_back(line_);
    start_line(shape_.runover_indent);
  }

  LineShape shape_;
  std::vector<std::u32string> lines_;
  std::u32string line_;
  bool has_word_ = false;
};

}  // namespace

std::vector<std::u32string> break_lines(const BrailleText& text, const LineShape& shape) {
  LineFiller filler(shape);
  Word word;
  auto flush = [&] {
    if (!word.cells.empty()) filler.add(std::move(word));
    word = {};
  };
  for (std::size_t k = 0; k < text.cells.size(); ++k) {
    const char32_t cell = text.cells[k];
    if (cell == kBlankCell) {
      flush();
    } else if (cell == kForcedLineEnd) {
      flush();
      filler.force_line_end();
    } else {
      word.cells += cell;
      word.breaks.push_back(text.breaks[k]);
    }
  }
  flush();
  return filler.finish();
}

std::u32string centred(const std::u32string& line, int width) {
  const int margin = std::max(0, (width - static_cast<int>(line.size())) / 2);
  return std::u32string(static_cast<std::size_t>(margin), kBlankCell) + line;
}

}  // namespace persklaar::braille
