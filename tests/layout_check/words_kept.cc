#include "tests/layout_check/words_kept.h"

#include <glib.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <sstream>
#include <string_view>

#include "core/model/walk.h"
#include "core/text/labels.h"
#include "core/text/reading_text.h"
#include "tests/layout_check/figure_descriptions.h"
#include "tests/layout_check/hyphen_joins.h"
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

// The words the text edition adds around the author's text, which the PDF shows otherwise: in each
// built-in language, for a chapter or section may be in another language than the publication.
std::set<std::string> label_words() {
  std::set<std::string> words;
  for (const char* language : {"nl", "en"}) {
    const Labels& labels = labels_for(language);
    for (const char* label :
         {labels.chapter, labels.says, labels.quote, labels.end_of_quote, labels.image, labels.page, labels.notes}) {
      for (const std::string& word : words_of(label)) words.insert(word);
    }
  }
  return words;
}

bool is_notes_heading(const std::string& line) {
  return line == labels_for("nl").notes || line == labels_for("en").notes;
}

// A line of a section's notes: "[3] The note's text." or a further block of a note, indented.
bool is_note_line(const std::string& line) {
  if (line.rfind("    ", 0) == 0) return true;
  const std::size_t close = line.find("] ");
  return line.size() > 3 && line[0] == '[' && close != std::string::npos && close > 1 &&
         std::all_of(line.begin() + 1, line.begin() + static_cast<long>(close),
                     [](char c) { return c >= '0' && c <= '9'; });
}

bool is_page_marker(const std::string& line, const Labels& labels) {
  const std::string prefix = std::string(labels.page) + " ";
  return line.rfind(prefix, 0) == 0 && line.size() > prefix.size() &&
         std::all_of(line.begin() + static_cast<long>(prefix.size()), line.end(),
                     [](char c) { return c >= '0' && c <= '9'; });
}

// A table row of the text edition repeats the header before each cell ("- Kenniscafé: …; Datum: …"),
// which the PDF prints once, above the rows: those header words are the edition's, like its labels.
// A column without a header gives its cell alone, an empty cell its header alone ("Principe:").
std::string without_repeated_headers(const std::string& line, const std::set<std::string>& headers) {
  if (line.rfind("- ", 0) != 0) return line;
  std::string cells;
  bool headed = false;
  std::size_t begin = 2;
  while (begin <= line.size()) {
    std::size_t end = line.find("; ", begin);
    if (end == std::string::npos) end = line.size();
    std::string cell = line.substr(begin, end - begin);
    for (std::size_t colon = cell.find(':'); colon != std::string::npos; colon = cell.find(':', colon + 1)) {
      if (headers.count(cell.substr(0, colon)) && (colon + 1 == cell.size() || cell[colon + 1] == ' ')) {
        cell = cell.substr(std::min(cell.size(), colon + 2));
        headed = true;
        break;
      }
    }
    cells += cell + " ";
    begin = end + 2;
  }
  return headed ? cells : line;
}

// The header cells of every table of `blocks` and the blocks inside them, as the text edition
// writes them; and the lines it writes for figures, with their description and caption apart.
struct ModelTexts {
  std::set<std::string> headers;
  std::map<std::string, std::pair<std::string, std::string>> figures;  // line → description, caption
  std::set<std::string> addresses;  // every link's address, as the text edition writes it after the link
};

void collect_texts(const Blocks& blocks, ModelTexts& texts) {
  for (const Block& block : blocks) {
    std::visit(
        [&texts](const auto& item) {
          using T = std::decay_t<decltype(item)>;
          if constexpr (std::is_same_v<T, Table>) {
            for (const char* language : {"nl", "en"}) {
              for (const TableCell& cell : item.header)
                texts.headers.insert(reading_text(cell.content, labels_for(language)));
            }
          } else if constexpr (std::is_same_v<T, Figure>) {
            for (const char* language : {"nl", "en"}) {
              const Labels& labels = labels_for(language);
              const std::string description = reading_text(item.alt, labels);
              const std::string caption = reading_text(item.caption, labels);
              // One text for both is printed once, as the figure's words.
              texts.figures[figure_text(item, labels)] = {caption == description ? "" : description, caption};
            }
          } else if constexpr (std::is_same_v<T, List>) {
            for (const Blocks& entry : item.items) collect_texts(entry, texts);
          } else if constexpr (std::is_same_v<T, BlockQuote> || std::is_same_v<T, Testimonial>) {
            collect_texts(item.content, texts);
          }
        },
        block.value);
  }
}

ModelTexts model_texts(const Publication& publication) {
  ModelTexts texts;
  // Every link's address, as the text edition writes it (an e-mail address without "mailto:"), and
  // folded as the edition's words are before they are compared ("--flag" as "–flag").
  const auto addresses_in = [&texts](const Inlines& inlines) {
    for_each_link(inlines, [&texts](const Link& link) {
      const std::string address = link.target.rfind("mailto:", 0) == 0 ? link.target.substr(7) : link.target;
      texts.addresses.insert(address);
      texts.addresses.insert(comparable(address));
    });
  };
  for (const Chapter& chapter : publication.chapters) {
    for (const Section& section : chapter.sections) {
      collect_texts(section.blocks, texts);
      for_each_inline_sequence(section.blocks, addresses_in);
    }
    for (const Note& note : chapter.notes) {
      collect_texts(note.content, texts);
      for_each_inline_sequence(note.content, addresses_in);
    }
  }
  return texts;
}

// Whether `piece` is "(ADDRESS)" of a link, perhaps followed by punctuation: the text edition writes
// a link's address after its text, and the PDF makes the text the link instead.
bool is_link_address(const std::string& piece, const std::set<std::string>& addresses) {
  if (piece.size() < 3 || piece.front() != '(') return false;
  std::string inner = piece.substr(1);
  while (!inner.empty() && std::string_view(").,;:!?").find(inner.back()) != std::string_view::npos) inner.pop_back();
  return addresses.count(inner) > 0;
}

// The body of the text edition, paragraph by paragraph: from the first page marker on, without the
// markers, the label words and the addresses it writes after a link's text.
struct TextParagraph {
  std::vector<std::string> words;
  std::vector<std::string> described;  // a figure's description: printed, or the PDF's /Alt for it
  bool labelled = false;               // the edition added words to it (a testimonial's announcement stands before
                                       // the quotation, where the PDF names the person after it)
  bool note = false;  // a note, which the PDF sets at the foot of a column rather than after its section
};

// The words of `text` without addresses and the edition's labels; `labelled` set when it had labels.
std::vector<std::string> body_words(const std::string& text, const std::set<std::string>& labels_only,
                                    const std::set<std::string>& addresses, bool& labelled) {
  std::vector<std::string> words;
  std::istringstream pieces(comparable(text));
  std::string piece;
  while (pieces >> piece) {
    if (piece.find("://") != std::string::npos || is_link_address(piece, addresses)) continue;
    const std::string key = folded(piece);
    if (key.empty()) continue;
    if (labels_only.count(key)) {
      labelled = true;
      continue;
    }
    words.push_back(key);
  }
  return words;
}

std::vector<TextParagraph> text_edition_paragraphs(const std::string& text, const Publication& publication) {
  const std::set<std::string> labels_only = label_words();
  const ModelTexts model = model_texts(publication);
  std::vector<TextParagraph> paragraphs;
  std::istringstream in(text);
  std::string line;
  bool started = false, in_notes = false;
  while (std::getline(in, line)) {
    if (is_page_marker(line, labels_for("nl")) || is_page_marker(line, labels_for("en"))) {
      started = true;
      continue;
    }
    if (!started || line.empty()) continue;
    TextParagraph paragraph;
    if (is_notes_heading(line)) {
      in_notes = true;
      continue;
    }
    in_notes = in_notes && is_note_line(line);
    paragraph.note = in_notes;
    const std::string trimmed = line.substr(std::min(line.size(), line.find_first_not_of(' ')));
    if (const auto figure = model.figures.find(trimmed); figure != model.figures.end()) {
      bool ignored = false;
      paragraph.described = body_words(figure->second.first, labels_only, model.addresses, ignored);
      paragraph.words = body_words(figure->second.second, labels_only, model.addresses, ignored);
      paragraph.labelled = true;
    } else {
      paragraph.words = body_words(without_repeated_headers(trimmed, model.headers), labels_only, model.addresses,
                                   paragraph.labelled);
    }
    if (!paragraph.words.empty() || !paragraph.described.empty()) paragraphs.push_back(std::move(paragraph));
  }
  return paragraphs;
}

// Whether `line` is a footnote's line of `page`, as the layout placed it: on a note line's baseline,
// starting where it starts.
bool is_note_line(const TextLine& line, const Page& page) {
  return std::any_of(page.lines.begin(), page.lines.end(), [&line](const LineItem& item) {
    return item.role == LineRole::note && std::abs(item.x - line.left) < 2 && item.baseline > line.top &&
           item.baseline < line.bottom + 1;
  });
}

std::vector<std::string> pdf_words(const PdfText& pdf, const LaidOutPublication& laid_out) {
  // The notes read apart: they stand between a column's last line and the next column's first, which
  // a word hyphenated at the column's foot goes on in.
  ReadingText reading, notes;
  for (std::size_t k = 0; k < pdf.pages.size(); ++k) {
    PdfPage joined = pdf.pages[k];
    join_hyphenated_words(joined);
    const PageText page = read_page(joined, page_frame(laid_out.spec.page, static_cast<int>(k) + 1));
    for (const TextLine& line : page.body) {
      const bool note = k < laid_out.pages.size() && is_note_line(line, laid_out.pages[k]);
      (note ? notes : reading).add_line(line.text(), static_cast<int>(k) + 1);
    }
  }
  std::vector<std::string> words = words_of(reading.text());
  for (std::string& word : words_of(notes.text())) words.push_back(std::move(word));
  return words;
}

// Where `run` occurs in `printed` from `from` on, or printed.size().
std::size_t find_run(const std::vector<std::string>& printed, const std::vector<std::string>& run, std::size_t from) {
  for (std::size_t p = from; p + run.size() <= printed.size(); ++p) {
    if (std::equal(run.begin(), run.end(), printed.begin() + static_cast<long>(p))) return p;
  }
  return printed.size();
}

// Whether `word` is printed in pieces: an address or a long name broken across lines at its
// separators reads as two words in the PDF ("Text.Pandoc." / "Readers.{LaTeX,"), and a word broken
// inside a table cell has the other cells of its row between its pieces in reading order.
constexpr std::size_t kPieceWindow = 24;  // words that may stand between two pieces

bool rest_printed(const std::vector<std::string>& printed, std::string_view rest, std::size_t after) {
  if (rest.empty()) return true;
  for (std::size_t q = after + 1; q < printed.size() && q <= after + kPieceWindow; ++q) {
    const std::string& piece = printed[q];
    if (!piece.empty() && rest.compare(0, piece.size(), piece) == 0 &&
        rest_printed(printed, rest.substr(piece.size()), q))
      return true;
  }
  return false;
}

bool printed_in_pieces(const std::vector<std::string>& printed, const std::string& word) {
  for (std::size_t p = 0; p < printed.size(); ++p) {
    const std::string& piece = printed[p];
    if (piece.size() < word.size() && !piece.empty() && word.compare(0, piece.size(), piece) == 0 &&
        rest_printed(printed, std::string_view(word).substr(piece.size()), p))
      return true;
  }
  return false;
}

// "word (in "first words of its paragraph …")".
std::string lost_word(const std::string& word, const std::vector<std::string>& paragraph) {
  std::string where;
  for (std::size_t k = 0; k < paragraph.size() && k < 5; ++k) where += paragraph[k] + " ";
  return word + " (in \"" + where + "…\")";
}

}  // namespace

WordComparison compare_words(const CheckedEdition& edition) {
  const auto paragraphs = text_edition_paragraphs(edition.text_edition, edition.publication);
  const std::vector<std::string> printed = pdf_words(edition.pdf_text, *edition.print_layout);
  WordComparison result;
  // Lost: a word the text edition has more often than the PDF. A figure's description may be
  // printed (in place of a picture the PDF cannot show) or be the /Alt of its Figure element.
  std::map<std::string, int> balance, described;
  for (const std::string& word : printed) ++balance[word];
  for (const std::string& description : figure_descriptions(edition.pdf)) {
    for (const std::string& word : words_of(description)) ++described[word];
  }
  for (const TextParagraph& paragraph : paragraphs) {
    for (const std::string& word : paragraph.words) {
      ++result.words;
      if (--balance[word] < 0 && !printed_in_pieces(printed, word))
        result.lost.push_back(lost_word(word, paragraph.words));
    }
    // The /Alt first, so that a description's words do not use up the printed ones of the text
    // around it (a chart's "augustus" in its /Alt, its caption and the paragraph after it).
    for (const std::string& word : paragraph.described) {
      ++result.words;
      if (described[word] > 0) {
        --described[word];
      } else if (--balance[word] < 0) {
        result.lost.push_back(lost_word(word, paragraph.described));
      }
    }
  }
  // In order: each paragraph's opening words after the previous paragraph's.
  std::size_t cursor = 0;
  for (const TextParagraph& paragraph : paragraphs) {
    if (paragraph.words.size() < kShortestOpening || paragraph.labelled || paragraph.note) continue;
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
