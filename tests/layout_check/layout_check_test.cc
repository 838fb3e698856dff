// The column-safety invariant and no word lost, on PDFs made by the real pipeline and read back
// with Poppler: the sample magazine, the shared layout regressions (skipped without ../shared) and a
// long generated document, each in both layouts.
#include <gtest/gtest.h>
#include <poppler-document.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>

#include "tests/layout_check/checked_edition.h"
#include "tests/layout_check/layout_report.h"
#include "tests/layout_check/table_cells.h"
#include "tests/pdf/reading_order.h"
#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar::testing {
namespace {

std::filesystem::path layout_file(const std::string& name) {
  return source_dir() / "layouts" / (name + ".xml");
}

std::filesystem::path regression(const std::string& name) {
  return shared_dir() / "regressions" / "layout" / name;
}

bool ends_with_word(const std::string& text, const std::string& word) {
  return text.size() >= word.size() && text.compare(text.size() - word.size(), word.size(), word) == 0;
}

// A Markdown file without its YAML front matter.
std::string body_of(const std::filesystem::path& file) {
  std::string text = read_file(file);
  if (text.rfind("---\n", 0) == 0) {
    const std::size_t end = text.find("\n---\n", 4);
    if (end != std::string::npos) text = text.substr(end + 5);
  }
  return text;
}

// What real documents hold and the sample does not: a table of seven columns with long words, too
// wide for a column; figures whose pictures are missing, with a description and a caption; notes
// with code and a list in them.
std::string unlike_the_sample(int round) {
  std::ostringstream text;
  text << "# Beoordelingsmodel " << round << "\n\nHet model in een tabel[^model" << round << "].\n\n"
       << "| | Principe | Criteria | | Variabele | Toelichting | Score |\n|---|---|---|---|---|---|---|\n";
  for (int k = 1; k <= 24; ++k) {
    text << "| " << k << " | Openheid" << k << " | Standaardisatiebijeenkomsten zijn toegankelijk | " << k % 4 + 1
         << " | Toegangsprijs | Is er een toegangsprijs voor standaardisatiebijeenkomsten? Is die betaalbaar voor "
            "de verschillende deelnemers? | 0/1/2 |\n";
  }
  text << "\nNa de tabel gaat de tekst verder in kolommen, zoals eerder op de pagina.\n\n"
       << "![Organisatiemodel met drie lagen](ontbreekt" << round << ".png \"Het organisatiemodel\")\n\n"
       << "Een alinea na de afbeelding.\n\n"
       << "[^model" << round << "]: Een noot met code:\n\n    B. Russell won a Nobel Prize\n\n"
       << "    en een lijst:\n\n    - eerste punt\n    - tweede punt\n\n";
  return text.str();
}

// A long manuscript from the project's own material: every chapter of the sample, twice over, what
// real documents hold and the sample does not, and the layout regressions when they are there: some
// seventy pages of running text, tables, figures, notes, lists and code.
std::filesystem::path long_document(const TemporaryFolder& folder) {
  std::ostringstream text;
  text << "---\ntitle: Lang document\npublisher: Persklaar\ndate: 2026-11\nlanguage: nl\n---\n\n";
  for (int round = 0; round < 2; ++round) {
    for (const auto& entry : std::filesystem::directory_iterator(sample_manuscript())) {
      const std::string name = entry.path().filename().string();
      if (name.size() > 3 && name[0] == '0' && name != "00-voorwerk.md") text << body_of(entry.path()) << "\n\n";
    }
    text << unlike_the_sample(round) << "\n\n";
    for (const char* name : {"table.md", "misc.md", "listcont.md"}) {
      if (std::filesystem::exists(regression(name))) text << body_of(regression(name)) << "\n\n";
    }
  }
  return folder.write("lang.md", text.str());
}

void expect_safe(const std::filesystem::path& manuscript, const std::string& layout) {
  const LayoutCheck check = check_layout(manuscript, layout_file(layout));
  std::cout << "[ layout   ] " << check.summary(0);
  EXPECT_TRUE(check.violations.empty()) << check.summary(12);
  EXPECT_TRUE(check.words.lost.empty()) << check.summary(12);
  EXPECT_GT(check.words.words, 20u) << "too few words compared: " << check.summary(0);
}

class LayoutCheckTest : public ::testing::TestWithParam<std::string> {};

TEST_P(LayoutCheckTest, SampleStaysInItsColumns) {
  expect_safe(sample_manuscript(), GetParam());
}

// Code in the bundled monospace face without ligatures: "->" stays two characters, and every word
// of a code block starts a whole number of advances from the block's left edge, so aligned comments
// stay aligned; a line too long for the column wraps with a mark instead of running out of it.
TEST_P(LayoutCheckTest, CodeKeepsItsColumnsInAMonospaceFace) {
  TemporaryFolder folder;
  const auto manuscript = folder.write("code.md",
                                       "---\ntitle: Code\nlanguage: en\n---\n\n# Code\n\nA listing.\n\n```\n"
                                       "fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {   // aligned comment\n"
                                       "    x                                                // aligned comment\n"
                                       "}\n```\n\nAfter it.\n");
  const auto edition = build_checked_edition(manuscript, layout_file(GetParam()));
  bool mono_font = false;
  for (const PdfFont& font : edition->pdf_text.fonts)
    mono_font = mono_font || font.name.find("JetBrainsMono") != std::string::npos;
  EXPECT_TRUE(mono_font) << "no JetBrains Mono among the PDF's fonts";
  // The code words of each column of each page, measured from the leftmost of them.
  std::map<std::pair<std::size_t, std::size_t>, std::vector<PdfWord>> code;
  for (std::size_t k = 0; k < edition->pdf_text.pages.size(); ++k) {
    const PageFrame frame = page_frame(edition->print_layout->spec.page, static_cast<int>(k) + 1);
    for (const PdfWord& word : edition->pdf_text.pages[k].words) {
      if (word.font.find("JetBrainsMono") == std::string::npos) continue;
      std::size_t column = 0;
      while (column + 1 < frame.columns.size() && word.left >= frame.columns[column + 1].first) ++column;
      code[{k, column}].push_back(word);
    }
  }
  ASSERT_FALSE(code.empty());
  bool arrow = false;
  std::size_t words = 0;
  for (const auto& [where, column_words] : code) {
    double left = column_words.front().left;
    for (const PdfWord& word : column_words) left = std::min(left, word.left);
    for (const PdfWord& word : column_words) {
      ++words;
      arrow = arrow || word.text == "->";
      const double advance = 0.6 * word.font_size;  // JetBrains Mono: 600 units to the em
      const double columns = (word.left - left) / advance;
      EXPECT_NEAR(columns, std::round(columns), 0.05) << "'" << word.text << "' stands between columns";
    }
  }
  EXPECT_GT(words, 10u);
  EXPECT_TRUE(arrow) << "'->' is not two characters in the PDF";
  EXPECT_TRUE(check_column_safety(edition->pdf_text, *edition->print_layout).empty());
}

// The cells of every row stand apart in the PDF, and there are cells to look at.
void expect_cells_apart(const CheckedEdition& edition, std::size_t at_least) {
  const std::vector<CellBox> cells = table_cells(edition);
  EXPECT_GE(cells.size(), at_least) << "too few table cells found";
  const std::vector<std::string> overlaps = overlapping_cells(cells);
  EXPECT_TRUE(overlaps.empty()) << overlaps.size() << " cells reach into the next, the first: " << overlaps.front();
}

TEST_P(LayoutCheckTest, TableRegressionStaysInItsColumns) {
  PERSKLAAR_SKIP_WITHOUT(regression("table.md"));
  expect_safe(regression("table.md"), GetParam());
  expect_cells_apart(*build_checked_edition(regression("table.md"), layout_file(GetParam())), 20);
}

// A table of seven columns with long words does not fit a column of A4: it spans the columns, with
// the text before it balanced above it and the text after it flowing below it; on A5 (one column)
// it keeps to the column. Its cells stand apart, none of its words is lost, and each page it
// continues on starts with its header row.
TEST_P(LayoutCheckTest, AWideTableSpansTheColumns) {
  TemporaryFolder folder;
  const std::string text =
      "---\ntitle: Breed\nlanguage: nl\n---\n\n# Breed\n\nEen alinea voor de tabel, die de kolommen vult. Nog "
      "een zin om de alinea wat langer te maken dan een regel of twee.\n\n" +
      unlike_the_sample(1);
  const auto edition = build_checked_edition(folder.write("breed.md", text), layout_file(GetParam()));
  const LaidOutPublication& laid_out = *edition->print_layout;
  const auto violations = check_column_safety(edition->pdf_text, laid_out);
  EXPECT_TRUE(violations.empty()) << (violations.empty() ? "" : describe(violations.front()));
  const WordComparison words = compare_words(*edition);
  EXPECT_TRUE(words.lost.empty()) << words.lost.size() << " lost, the first: " << words.lost.front();
  expect_cells_apart(*edition, 24 * 7);
  int pages_with_rows = 0;
  bool spans = false;
  for (std::size_t k = 0; k < edition->pdf_text.pages.size(); ++k) {
    const PageFrame frame = page_frame(laid_out.spec.page, static_cast<int>(k) + 1);
    double first_row = 1e9, header = 1e9, header_left = 1e9, header_right = -1e9, after = 1e9, last_row = -1e9;
    for (const PdfWord& word : edition->pdf_text.pages[k].words) {
      if (word.text.rfind("Openheid", 0) == 0) first_row = std::min(first_row, word.top);
      if (word.text.rfind("Openheid", 0) == 0) last_row = std::max(last_row, word.bottom);
      if (word.text == "Principe" || word.text == "Score") {
        header = std::min(header, word.top);
        header_left = std::min(header_left, word.left);
        header_right = std::max(header_right, word.right);
      }
      if (word.text == "Na") after = std::min(after, word.top);
    }
    if (first_row == 1e9) continue;
    ++pages_with_rows;
    EXPECT_LT(header, first_row) << "page " << k + 1 << ": no header above the rows";
    if (after < 1e9) {
      EXPECT_GT(after, last_row) << "page " << k + 1 << ": the text after the table is beside it";
    }
    if (frame.columns.size() > 1)
      spans = spans || (header_left < frame.columns.front().second && header_right > frame.columns.back().first);
  }
  EXPECT_GE(pages_with_rows, 2) << "the table should run over a page break";
  EXPECT_EQ(spans, laid_out.spec.page.columns > 1) << "a table too wide for a column spans the columns";
}

TEST_P(LayoutCheckTest, ListRegressionStaysInItsColumns) {
  PERSKLAAR_SKIP_WITHOUT(regression("listcont.md"));
  expect_safe(regression("listcont.md"), GetParam());
}

// A table longer than a column: every column and page it continues in starts with its header row,
// its cells stand apart (no word on another, none outside its column) and none of their words is lost.
TEST_P(LayoutCheckTest, ALongTableRepeatsItsHeader) {
  std::ostringstream text;
  text << "---\ntitle: Tabel\nlanguage: nl\n---\n\n# Tabel\n\nEen lange tabel.\n\n"
       << "| Onderdeel | Omschrijving van het onderdeel | Bedrag |\n|---|---|---|\n";
  for (int k = 1; k <= 140; ++k) {
    text << "| Rij" << k << " | een omschrijving die in een smalle kolom wel eens over twee regels gaat | " << k * 37
         << ",50 |\n";
  }
  text << "\nNa de tabel.\n";
  TemporaryFolder folder;
  const auto manuscript = folder.write("tabel.md", text.str());
  const auto edition = build_checked_edition(manuscript, layout_file(GetParam()));
  const auto violations = check_column_safety(edition->pdf_text, *edition->print_layout);
  EXPECT_TRUE(violations.empty()) << (violations.empty() ? "" : describe(violations.front()));
  const WordComparison words = compare_words(*edition);
  EXPECT_TRUE(words.lost.empty()) << words.lost.size() << " lost, the first: " << words.lost.front();
  expect_cells_apart(*edition, 140 * 3);
  // Each column holding rows has the header above its first row.
  int columns_with_rows = 0;
  for (std::size_t k = 0; k < edition->pdf_text.pages.size(); ++k) {
    const PageFrame frame = page_frame(edition->print_layout->spec.page, static_cast<int>(k) + 1);
    for (const auto& [left, right] : frame.columns) {
      double first_row = 1e9, header = 1e9;
      for (const PdfWord& word : edition->pdf_text.pages[k].words) {
        if (word.left < left - 1 || word.right > right + 1) continue;
        if (word.text.rfind("Rij", 0) == 0) first_row = std::min(first_row, word.top);
        if (word.text == "Bedrag") header = std::min(header, word.top);
      }
      if (first_row == 1e9) continue;
      ++columns_with_rows;
      EXPECT_LT(header, first_row) << "page " << k + 1 << ", column at " << left << ": no header above the rows";
    }
  }
  EXPECT_GE(columns_with_rows, 3) << "the table should run over several columns";
  // Numbers stand right: the amounts end at one x.
  std::vector<double> ends;
  const PageFrame frame = page_frame(edition->print_layout->spec.page, 5);
  for (const PdfWord& word : edition->pdf_text.pages[4].words) {
    if (word.text.find(",50") != std::string::npos && word.right <= frame.columns.front().second + 1) {
      ends.push_back(word.right);
    }
  }
  ASSERT_GT(ends.size(), 3u);
  for (const double end : ends) EXPECT_NEAR(end, ends.front(), 0.6) << "amounts are right-aligned";
}

TEST_P(LayoutCheckTest, MiscRegressionStaysInItsColumns) {
  PERSKLAAR_SKIP_WITHOUT(regression("misc.md"));
  TemporaryFolder folder;
  expect_safe(folder.write("misc.md", "---\ntitle: Misc\nlanguage: en\n---\n" + body_of(regression("misc.md"))),
              GetParam());
}

TEST_P(LayoutCheckTest, ContentsRegressionStaysInItsColumns) {
  PERSKLAAR_SKIP_WITHOUT(regression("toc2.md"));
  expect_safe(regression("toc2.md"), GetParam());
}

TEST_P(LayoutCheckTest, LongDocumentStaysInItsColumns) {
  TemporaryFolder folder;
  expect_safe(long_document(folder), GetParam());
}

// Twenty-five chapters with sections, and titles long enough to take two lines: the contents run on
// over pages, and every chapter is listed with the page its opener is on.
TEST_P(LayoutCheckTest, TheContentsListEveryChapterWithItsPage) {
  std::ostringstream text;
  text << "---\ntitle: Vijfentwintig\nlanguage: nl\n---\n\n";
  for (int k = 1; k <= 25; ++k) {
    text << "# Onderwerp" << k << (k % 4 == 0 ? " met een titel die lang genoeg is om over twee regels te gaan" : "")
         << "\n\nTekst.\n\n## Eerste deel\n\nTekst.\n\n## Tweede deel\n\nTekst.\n\n";
  }
  TemporaryFolder folder;
  const auto edition = build_checked_edition(folder.write("boek.md", text.str()), layout_file(GetParam()));
  const LaidOutPublication& laid_out = *edition->print_layout;
  EXPECT_TRUE(check_column_safety(edition->pdf_text, laid_out).empty());
  for (int k = 1; k <= 25; ++k) {
    const std::string name = "Onderwerp" + std::to_string(k);
    int opener = 0, listed = 0;
    for (std::size_t p = 0; p < laid_out.pages.size(); ++p) {
      for (const TextLine& row : rows_of(edition->pdf_text.pages[p].words)) {
        if (row.words.empty() || row.text().find(name) == std::string::npos) continue;
        if (row.text().find(name + " ") == std::string::npos && !ends_with_word(row.text(), name)) continue;
        if (laid_out.pages[p].kind == PageKind::contents) {
          // The page number ends the entry: on its row, or on the row of its last line.
          std::size_t r = 0;
          const auto rows = rows_of(edition->pdf_text.pages[p].words);
          while (r < rows.size() && rows[r].text() != row.text()) ++r;
          for (; r < rows.size(); ++r) {
            const std::string last = rows[r].words.back().text;
            if (!last.empty() && std::all_of(last.begin(), last.end(), ::isdigit)) {
              listed = std::stoi(last);
              break;
            }
          }
        } else if (laid_out.pages[p].kind == PageKind::opener && opener == 0) {
          opener = static_cast<int>(p) + 1;
        }
      }
    }
    EXPECT_GT(opener, 0) << name << " has no opener";
    EXPECT_EQ(listed, opener) << name << " is listed with page " << listed << ", its opener is on page " << opener;
  }
  int contents = 0;
  for (const Page& page : laid_out.pages) contents += page.kind == PageKind::contents;
  EXPECT_GE(contents, 2) << "the contents should run over more than one page";
}

// A heading set in balanced lines breaks between words, not inside a name at its dot ("reveal. /
// js"), when the unbalanced heading kept every word whole.
TEST_P(LayoutCheckTest, ABalancedHeadingKeepsItsWordsWhole) {
  TemporaryFolder folder;
  const auto edition = build_checked_edition(
      folder.write("kop.md",
                   "---\ntitle: Kop\nlanguage: en\n---\n\n# Slides\n\nText before the heading.\n\n"
                   "## Background in reveal.js, beamer, and pptx\n\nBackground images can be added to slide shows.\n"),
      layout_file(GetParam()));
  int whole = 0;
  for (const PdfPage& page : edition->pdf_text.pages) {
    for (const PdfWord& word : page.words) {
      EXPECT_NE(word.text, "reveal.") << "the heading breaks inside 'reveal.js'";
      whole += word.text == "reveal.js,";
    }
  }
  EXPECT_GE(whole, 1);  // the heading, and its entry in the contents
}

// Links to other files of a repository, as a README's list of translations writes them: the text
// edition reads each address after the link's text, the PDF makes the text the link. The addresses
// are not words the PDF lost, and the links' texts are still counted.
TEST_P(LayoutCheckTest, ALinksAddressInTheTextEditionIsNoLostWord) {
  TemporaryFolder folder;
  const auto file =
      folder.write("readme.md",
                   "---\ntitle: Leesmij\nlanguage: en\n---\n\n# Translations\n\n"
                   "Read this in [Deutsch](README-de.md), [Ελληνικά](README-el.md) or [polski](docs/README-pl.md), "
                   "write to [the editors](mailto:redactie@example.org) or see [the site](https://example.org/).\n");
  const LayoutCheck check = check_layout(file, layout_file(GetParam()));
  EXPECT_TRUE(check.words.lost.empty()) << check.summary(12);
  EXPECT_GE(check.words.words, 12u) << check.summary(0);
}

// A character no bundled face has (an emoji, a Chinese character) is a warning naming it, its file,
// line and page; the page shows the replacement character where it stands (ink inside the word's
// box), and the PDF's text still reads the character itself, never a box of hex digits.
TEST_P(LayoutCheckTest, ACharacterNoFaceHasIsShownAndReadAsItself) {
  TemporaryFolder folder;
  const auto manuscript =
      folder.write("tekens.md",
                   "---\ntitle: Tekens\nlanguage: nl\n---\n\n# Tekens\n\nEen lachebekje \xF0\x9F\x98\x80 en een "
                   "Chinees teken \xE4\xB8\xAD hier.\n");
  const auto edition = build_checked_edition(manuscript, layout_file(GetParam()));
  for (const char* code : {"U+1F600", "U+4E2D"}) {
    bool warned = false;
    for (const Diagnostic& diagnostic : edition->diagnostics.all()) {
      warned = warned || (diagnostic.message.find(code) != std::string::npos && diagnostic.where.line == 8 &&
                          diagnostic.where.file && diagnostic.where.file->find("tekens.md") != std::string::npos &&
                          diagnostic.page > 0);
    }
    EXPECT_TRUE(warned) << "no warning with file, line and page for " << code;
  }
  const auto document = std::unique_ptr<poppler::document>(poppler::document::load_from_file(edition->pdf.string()));
  ASSERT_TRUE(document);
  int found = 0;
  for (std::size_t k = 0; k < edition->pdf_text.pages.size(); ++k) {
    for (const PdfWord& word : edition->pdf_text.pages[k].words) {
      EXPECT_EQ(word.text.find("F0"), std::string::npos) << "a hex box: " << word.text;
      if (word.text != "\xF0\x9F\x98\x80" && word.text != "\xE4\xB8\xAD") continue;
      ++found;
      // Ink inside the word's box, at 144 dpi.
      poppler::page_renderer renderer;
      const auto page = std::unique_ptr<poppler::page>(document->create_page(static_cast<int>(k)));
      const poppler::image image = renderer.render_page(page.get(), 144, 144);
      ASSERT_TRUE(image.is_valid());
      int dark = 0;
      for (int y = static_cast<int>(word.top * 2); y < static_cast<int>(word.bottom * 2); ++y) {
        const auto* row = reinterpret_cast<const unsigned char*>(image.const_data() + y * image.bytes_per_row());
        for (int x = static_cast<int>(word.left * 2); x < static_cast<int>(word.right * 2); ++x) {
          dark += row[4 * x] < 128;  // ARGB32, blue channel: the text is black on white
        }
      }
      EXPECT_GT(dark, 10) << "nothing visible where '" << word.text << "' stands on page " << k + 1;
    }
  }
  EXPECT_EQ(found, 2) << "the PDF's text does not read both characters as themselves";
}

INSTANTIATE_TEST_SUITE_P(BothLayouts, LayoutCheckTest, ::testing::Values("magazine-a4", "pocket-a5"),
                         [](const auto& info) { return info.param == "magazine-a4" ? "MagazineA4" : "PocketA5"; });

}  // namespace
}  // namespace persklaar::testing
