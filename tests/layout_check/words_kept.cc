#include "tests/layout_check/words_kept.h"

#include <glib.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "core/text/labels.h"
#include "tests/pdf/reading_order.h"

namespace persklaar::testing {
namespace {

// The opening words that place a paragraph in the PDF's reading order: at most eight, at least four.
constexpr std::size_t kOpening = 8, kShortestOpening = 4;

// A word as compared: case folded, decomposed, letters and digits only ("Kenniscafé," and
// "kenniscafe" match, whether the PDF's text has the accent composed or not).
std::string folded(const std::string& word) {
  gchar* decomposed = g_utf8_normalize(word.c_str(), static_cast<gssize>(word.size()), G_NORMALIZE_NFKD);
  if (!decomposed) return {};
  gchar* lower = g_utf8_casefold(decomposed, -1);
  g_free(decomposed);
  std::string out;
  for (const gchar* p = lower; *p; p = g_utf8_next_char(p)) {
    const gunichar c = g_utf8_get_char(p);
    if (g_unichar_isalnum(c)) {
      char buffer[8];
      out.append(buffer, static_cast<std::size_t>(g_unichar_to_utf8(c, buffer)));
    }
  }
  g_free(lower);
  return out;
}

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  std::string word;
  while (in >> word) {
    if (std::string key = folded(word); !key.empty()) words.push_back(std::move(key));
  }
  return words;
}

// The words the text edition adds around the author's text, which the PDF shows otherwise.
std::set<std::string> label_words(const Labels& labels) {
  std::set<std::string> words;
  for (const char* label :
       {labels.chapter, labels.says, labels.quote, labels.end_of_quote, labels.image, labels.page}) {
    for (const std::string& word : words_of(label)) words.insert(word);
  }
  return words;
}

bool is_page_marker(const std::string& line, const Labels& labels) {
  const std::string prefix = std::string(labels.page) + " ";
  return line.rfind(prefix, 0) == 0 && line.size() > prefix.size() &&
         std::all_of(line.begin() + static_cast<long>(prefix.size()), line.end(),
                     [](char c) { return c >= '0' && c <= '9'; });
}

// A table row of the text edition repeats the header before each cell ("- Kenniscafé: …; Datum: …"),
// which the PDF prints once, above the rows: those header words are the edition's, like its labels.
std::string without_repeated_headers(const std::string& line) {
  if (line.rfind("- ", 0) != 0 || line.find("; ") == std::string::npos) return line;
  std::string cells;
  std::size_t begin = 2;
  while (begin <= line.size()) {
    std::size_t end = line.find("; ", begin);
    if (end == std::string::npos) end = line.size();
    const std::string cell = line.substr(begin, end - begin);
    const std::size_t colon = cell.rfind(": ");   // a header may hold a colon itself ("2021: Outer")
    if (colon == std::string::npos) return line;  // not a table row after all
    cells += cell.substr(colon + 2) + " ";
    begin = end + 2;
  }
  return cells;
}

// The body of the text edition, paragraph by paragraph: from the first page marker on, without the
// markers, the label words and the addresses it writes after a link's text.
struct TextParagraph {
  std::vector<std::string> words;
  bool labelled = false;  // the edition added words to it (a testimonial's announcement stands before
                          // the quotation, where the PDF names the person after it)
};

std::vector<TextParagraph> text_edition_paragraphs(const std::string& text, const Labels& labels) {
  const std::set<std::string> labels_only = label_words(labels);
  std::vector<TextParagraph> paragraphs;
  std::istringstream in(text);
  std::string line;
  bool started = false;
  while (std::getline(in, line)) {
    if (is_page_marker(line, labels)) {
      started = true;
      continue;
    }
    if (!started) continue;
    TextParagraph paragraph;
    std::istringstream pieces(comparable(without_repeated_headers(line)));
    std::string piece;
    while (pieces >> piece) {
      if (piece.find("://") != std::string::npos || piece.rfind("(mailto:", 0) == 0) continue;
      const std::string key = folded(piece);
      if (key.empty()) continue;
      if (labels_only.count(key)) {
        paragraph.labelled = true;
        continue;
      }
      paragraph.words.push_back(key);
    }
    if (!paragraph.words.empty()) paragraphs.push_back(std::move(paragraph));
  }
  return paragraphs;
}

std::vector<std::string> pdf_words(const PdfText& pdf, const LaidOutPublication& laid_out) {
  ReadingText reading;
  for (std::size_t k = 0; k < pdf.pages.size(); ++k) {
    const PageText page = read_page(pdf.pages[k], page_frame(laid_out.spec.page, static_cast<int>(k) + 1));
    for (const TextLine& line : page.body) reading.add_line(line.text(), static_cast<int>(k) + 1);
  }
  return words_of(reading.text());
}

// Where `run` occurs in `printed` from `from` on, or printed.size().
std::size_t find_run(const std::vector<std::string>& printed, const std::vector<std::string>& run, std::size_t from) {
  for (std::size_t p = from; p + run.size() <= printed.size(); ++p) {
    if (std::equal(run.begin(), run.end(), printed.begin() + static_cast<long>(p))) return p;
  }
  return printed.size();
}

}  // namespace

WordComparison compare_words(const std::string& text_edition, const PdfText& pdf, const LaidOutPublication& laid_out,
                             const std::string& language) {
  const auto paragraphs = text_edition_paragraphs(text_edition, labels_for(language));
  const std::vector<std::string> printed = pdf_words(pdf, laid_out);
  WordComparison result;
  // Lost: a word the text edition has more often than the PDF.
  std::map<std::string, int> balance;
  for (const std::string& word : printed) ++balance[word];
  for (const TextParagraph& paragraph : paragraphs) {
    for (const std::string& word : paragraph.words) {
      ++result.words;
      if (--balance[word] < 0) result.lost.push_back(word + " (in \"" + paragraph.words.front() + " …\")");
    }
  }
  // In order: each paragraph's opening words after the previous paragraph's.
  std::size_t cursor = 0;
  for (const TextParagraph& paragraph : paragraphs) {
    if (paragraph.words.size() < kShortestOpening || paragraph.labelled) continue;
    ++result.paragraphs;
    const std::vector<std::string> opening(
        paragraph.words.begin(),
        paragraph.words.begin() + static_cast<long>(std::min(kOpening, paragraph.words.size())));
    const std::size_t at = find_run(printed, opening, cursor);
    if (at < printed.size()) {
      ++result.in_order;
      cursor = at + 1;
    } else if (find_run(printed, opening, 0) < printed.size()) {
      std::string words;
      for (const std::string& word : opening) words += word + " ";
      result.out_of_order.push_back(words + "…");
    }
  }
  return result;
}

}  // namespace persklaar::testing
