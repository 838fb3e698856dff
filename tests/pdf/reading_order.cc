#include "tests/pdf/reading_order.h"

#include <algorithm>
#include <cmath>

#include "tests/sample/seed_sentences.h"

namespace persklaar::testing {
namespace {

constexpr double kRowTolerance = 3;                           // points between the middles of words on one baseline
constexpr std::string_view kInsertedHyphen = "\xE2\x80\x90";  // U+2010, the engine's hyphenation

void close_bounds(TextLine& line) {
  std::sort(line.words.begin(), line.words.end(), [](const PdfWord& a, const PdfWord& b) { return a.left < b.left; });
  line.left = line.top = 1e9;
  line.right = line.bottom = -1e9;
  for (const PdfWord& word : line.words) {
    line.left = std::min(line.left, word.left);
    line.right = std::max(line.right, word.right);
    line.top = std::min(line.top, word.top);
    line.bottom = std::max(line.bottom, word.bottom);
  }
}

// Whether a row runs across the gutter between two columns: a word straddles the gutter's middle,
// or two neighbouring words stand closer across it than half the gutter.
bool runs_across(const TextLine& row, double boundary, double gutter) {
  for (std::size_t k = 0; k < row.words.size(); ++k) {
    const PdfWord& word = row.words[k];
    if (word.left < boundary && word.right > boundary) return true;
    if (k + 1 < row.words.size()) {
      const PdfWord& next = row.words[k + 1];
      // Words of one line stand a word space apart; a line that overshoots its column by a little
      // (a fault the typography tests report) must not read as one across the gutter.
      if (word.right <= boundary && next.left >= boundary && next.left - word.right < gutter / 2) return true;
    }
  }
  return false;
}

// A row split at the gutters into one line per column, or kept whole (column -1) when it runs across.
std::vector<TextLine> split_at_gutters(const TextLine& row, const PageFrame& frame) {
  std::vector<double> boundaries;
  for (std::size_t c = 0; c + 1 < frame.columns.size(); ++c) {
    const double boundary = (frame.columns[c].second + frame.columns[c + 1].first) / 2;
    const double gutter = frame.columns[c + 1].first - frame.columns[c].second;
    if (runs_across(row, boundary, gutter)) {
      TextLine whole = row;
      whole.column = -1;
      return {whole};
    }
    boundaries.push_back(boundary);
  }
  std::vector<TextLine> parts(frame.columns.size());
  for (const PdfWord& word : row.words) {
    const double centre = (word.left + word.right) / 2;
    const auto column = std::count_if(boundaries.begin(), boundaries.end(), [&](double b) { return centre > b; });
    parts[static_cast<std::size_t>(column)].words.push_back(word);
  }
  std::vector<TextLine> lines;
  for (std::size_t c = 0; c < parts.size(); ++c) {
    if (parts[c].words.empty()) continue;
    parts[c].column = static_cast<int>(c);
    close_bounds(parts[c]);
    lines.push_back(std::move(parts[c]));
  }
  return lines;
}

}  // namespace

PageFrame page_frame(const PageGeometry& geometry, int number) {
  PageFrame frame;
  frame.width = geometry.width;
  frame.height = geometry.height;
  frame.top = geometry.margin_top;
  frame.bottom = geometry.height - geometry.margin_bottom;
  const bool right_hand = !geometry.facing || number % 2 == 1;
  const double left = right_hand ? geometry.margin_inner : geometry.margin_outer;
  const double width = geometry.width - geometry.margin_inner - geometry.margin_outer;
  const double column = (width - geometry.gutter * (geometry.columns - 1)) / geometry.columns;
  for (int c = 0; c < geometry.columns; ++c) {
    const double x = left + c * (column + geometry.gutter);
    frame.columns.emplace_back(x, x + column);
  }
  return frame;
}

std::string TextLine::text() const {
  std::string out;
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (k > 0) {
      const PdfWord& before = words[k - 1];
      // Poppler also ends a word where the font changes; no space was printed there.
      if (before.space_after || words[k].left - before.right > 0.15 * before.font_size) out += ' ';
    }
    out += words[k].text;
  }
  return out;
}

double TextLine::font_size() const {
  if (words.empty()) return 0;
  const double size = words.front().font_size;
  for (const PdfWord& word : words) {
    if (std::abs(word.font_size - size) > 0.05) return 0;
  }
  return size;
}

std::vector<TextLine> rows_of(std::vector<PdfWord> words) {
  std::sort(words.begin(), words.end(), [](const PdfWord& a, const PdfWord& b) { return a.middle() < b.middle(); });
  std::vector<TextLine> rows;
  double anchor = 0;
  for (PdfWord& word : words) {
    if (rows.empty() || std::abs(word.middle() - anchor) > kRowTolerance) {
      rows.emplace_back();
      anchor = word.middle();
    }
    rows.back().words.push_back(std::move(word));
  }
  for (TextLine& row : rows) close_bounds(row);
  return rows;
}

PageText read_page(const PdfPage& page, const PageFrame& frame) {
  std::vector<PdfWord> head, body, foot;
  for (const PdfWord& word : page.words) {
    if (word.middle() < frame.top) {
      head.push_back(word);
    } else if (word.middle() > frame.bottom) {
      foot.push_back(word);
    } else {
      body.push_back(word);
    }
  }
  PageText out;
  out.head = rows_of(std::move(head));
  out.foot = rows_of(std::move(foot));
  std::vector<std::vector<TextLine>> band(frame.columns.size());
  auto close_band = [&] {
    for (auto& column : band) {
      for (TextLine& line : column) out.body.push_back(std::move(line));
      column.clear();
    }
  };
  for (const TextLine& row : rows_of(std::move(body))) {
    for (TextLine& line : split_at_gutters(row, frame)) {
      if (line.column < 0) {
        close_band();
        out.body.push_back(std::move(line));
      } else {
        band[static_cast<std::size_t>(line.column)].push_back(std::move(line));
      }
    }
  }
  close_band();
  return out;
}

std::string comparable(std::string_view text) {
  const std::string normal = normalise_text(text);
  static const std::pair<std::string_view, char> kDiaereses[] = {
      {"\xC3\xAB", 'e'}, {"\xC3\xAF", 'i'}, {"\xC3\xB6", 'o'}, {"\xC3\xBC", 'u'}, {"\xC3\xA4", 'a'}};
  std::string out;
  out.reserve(normal.size());
  for (std::size_t k = 0; k < normal.size();) {
    bool folded = false;
    for (const auto& [letter, plain] : kDiaereses) {
      if (normal.compare(k, letter.size(), letter) == 0) {
        out += plain;
        k += letter.size();
        folded = true;
        break;
      }
    }
    if (folded) continue;
    const char c = normal[k++];
    if (c == ' ' && (out.empty() || out.back() == '-' || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

void ReadingText::add_line(const std::string& line, int page_number) {
  std::string_view raw = line;
  const bool hyphenated =
      raw.size() >= kInsertedHyphen.size() && raw.substr(raw.size() - kInsertedHyphen.size()) == kInsertedHyphen;
  if (hyphenated) raw.remove_suffix(kInsertedHyphen.size());
  const std::string piece = comparable(raw);
  if (piece.empty()) return;
  if (!text_.empty() && !hyphen_pending_ && !address_pending_ && text_.back() != '-') text_ += ' ';
  if (page_starts_.empty() || page_starts_.back().second != page_number) {
    page_starts_.emplace_back(text_.size(), page_number);
  }
  text_ += piece;
  hyphen_pending_ = hyphenated;
  // The engine breaks a long address after / - _ . ? & = without a hyphen: the address goes on.
  const std::size_t space = piece.rfind(' ');
  const std::string_view last_word = std::string_view(piece).substr(space == std::string::npos ? 0 : space + 1);
  const bool address =
      last_word.find("://") != std::string_view::npos || last_word.find("www.") != std::string_view::npos ||
      last_word.find('@') != std::string_view::npos || (address_pending_ && space == std::string::npos);
  // A full stop after a closing bracket or another full stop ends a sentence, not a piece of address:
  // "(jgm@berkeley.edu)." and "[@smith04]." are whole.
  const bool sentence_end = last_word.size() >= 2 && last_word.back() == '.' &&
                            std::string_view(")].").find(last_word[last_word.size() - 2]) != std::string_view::npos;
  address_pending_ =
      address && !sentence_end && std::string_view("/-_.?&=").find(last_word.back()) != std::string_view::npos;
}

int ReadingText::page_at(std::size_t offset) const {
  int page = 0;
  for (const auto& [start, number] : page_starts_) {
    if (start > offset) break;
    page = number;
  }
  return page;
}

ReadingText::Match ReadingText::find(const std::string& text, std::size_t from) const {
  const std::string wanted = comparable(text);
  Match match;
  if (wanted.empty()) return match;
  std::size_t at = text_.find(wanted, from);
  if (at != std::string::npos) {
    match.found = true;
    match.end = at + wanted.size();
    match.page = page_at(at);
    return match;
  }
  at = text_.find(wanted);
  if (at != std::string::npos) {
    match.elsewhere = true;
    match.page = page_at(at);
  }
  match.end = from;
  // The longest beginning of the text that is there, to show where the two part.
  std::size_t low = 0, high = wanted.size();
  std::size_t found_at = std::string::npos;
  while (low < high) {
    const std::size_t middle = (low + high + 1) / 2;
    const std::size_t position = text_.find(std::string_view(wanted).substr(0, middle), from);
    if (position != std::string::npos) {
      low = middle;
      found_at = position;
    } else {
      high = middle - 1;
    }
  }
  if (low >= 8 && found_at != std::string::npos) {
    const std::size_t context = 30;
    const std::size_t begin = low > context ? low - context : 0;
    match.text_goes_on = wanted.substr(begin, 2 * context);
    match.pdf_goes_on = text_.substr(found_at + begin, 2 * context);
    if (!match.elsewhere) match.page = page_at(found_at + low);
  }
  return match;
}

}  // namespace persklaar::testing
