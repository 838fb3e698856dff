#include "tests/layout_check/hyphen_joins.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>
#include <string>

#include "tests/pdf/reading_order.h"

namespace persklaar::testing {
namespace {

constexpr char kInsertedHyphen[] = "\xE2\x80\x90";  // U+2010
constexpr double kIndentSlack = 30;                 // points a paragraph's first line may be indented beyond the next
constexpr double kLeadingAtMost = 2.1;  // em between the baselines of two lines (a table set smaller keeps its leading)
constexpr double kLongestSpace = 0.75;  // em: a word space (loose ones too) is less, the gap between cells (0.8) more

bool ends_in_inserted_hyphen(const std::string& text) {
  return text.size() > 3 && text.compare(text.size() - 3, 3, kInsertedHyphen) == 0;
}

// An author's hyphen at a line's end ("W3C-" / "stijl", "mbo-" / "en hbo"): the word goes on too.
bool ends_in_hyphen(const std::string& text) {
  return text.size() > 1 && text.back() == '-' && std::isalnum(static_cast<unsigned char>(text[text.size() - 2]));
}

// Index of the first word of the run of words `k` belongs to: words joined by spaces, which a
// cell's neighbour in a table row is not.
std::size_t run_start(const std::vector<PdfWord>& words, std::size_t k) {
  while (k > 0 && words[k - 1].space_after && words[k].left - words[k - 1].right < kLongestSpace * words[k].font_size)
    --k;
  return k;
}

}  // namespace

void join_hyphenated_words(PdfPage& page) {
  std::vector<TextLine> rows = rows_of(page.words);
  std::set<std::size_t> joined;  // (row << 20) + word of the words taken into another
  for (std::size_t r = 0; r + 1 < rows.size(); ++r) {
    std::vector<PdfWord>& words = rows[r].words;
    for (std::size_t k = 0; k < words.size(); ++k) {
      const bool inserted = ends_in_inserted_hyphen(words[k].text);
      // Code wraps with a mark of its own; its hyphens are the author's characters.
      const bool code = words[k].font.find("Mono") != std::string::npos;
      if (!inserted && (code || !ends_in_hyphen(words[k].text))) continue;
      if (k + 1 < words.size() && words[k + 1].left - words[k].right < kLongestSpace * words[k].font_size)
        continue;  // not at the end of its line or cell
      const TextLine& below = rows[r + 1];
      // The next line is one baseline down; farther down (a folio, another block) it is not.
      if (below.middle() - rows[r].middle() > kLeadingAtMost * words[k].font_size) continue;
      const double start = words[run_start(words, k)].left;
      // The word below starting a run at or a little left of where this line starts, the nearest.
      std::size_t best = below.words.size();
      for (std::size_t b = 0; b < below.words.size(); ++b) {
        const PdfWord& word = below.words[b];
        if (run_start(below.words, b) != b || word.left > start + 1 || word.left < start - kIndentSlack) continue;
        if (best == below.words.size() || word.left > below.words[best].left) best = b;
      }
      if (best == below.words.size() || joined.count(((r + 1) << 20) + best)) continue;
      if (inserted) words[k].text.resize(words[k].text.size() - 3);
      words[k].text += below.words[best].text;
      words[k].right = std::max(words[k].right, words[k].left);
      joined.insert(((r + 1) << 20) + best);
    }
  }
  std::vector<PdfWord> out;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    for (std::size_t k = 0; k < rows[r].words.size(); ++k) {
      if (!joined.count((r << 20) + k)) out.push_back(rows[r].words[k]);
    }
  }
  page.words = std::move(out);
}

}  // namespace persklaar::testing
