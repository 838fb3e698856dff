// The braille edition of the sample magazine, made by the real command (`persklaar build -t
// brf,pef,txt`) and read back: the BRF's page size and character set, the PEF against the PEF 1.0
// rules with xmllint, liblouis's back-translation against the text edition, the contents' page
// numbers, and the print page references.
#include <gtest/gtest.h>
#include <tinyxml2.h>

#include <cstdlib>
#include <regex>
#include <set>

#include "core/text/utf8.h"
#include "plugins/braille/braille_tables.h"
#include "tests/braille/brf_reader.h"
#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

constexpr int kCells = 40;  // the layouts' <braille> page
constexpr int kLines = 25;

class BrailleSample : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = new testing::TemporaryFolder();
    const std::string command = testing::cli_path().string() + " build " + testing::sample_manuscript().string() +
                                " -t brf,pef,txt --braille-preview -o " + folder_->path().string() + " 2>/dev/null";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    brf_ = new std::string(testing::read_file(folder_->path() / "kenniscafes.brf"));
    text_ = new std::string(testing::read_file(folder_->path() / "kenniscafes.txt"));
  }
  static void TearDownTestSuite() {
    delete brf_;
    delete text_;
    delete folder_;
  }

  static std::vector<testing::BrfPage> pages() { return testing::read_brf_pages(*brf_); }
  static std::filesystem::path file(const std::string& name) { return folder_->path() / name; }

  static testing::TemporaryFolder* folder_;
  static std::string* brf_;
  static std::string* text_;
};

testing::TemporaryFolder* BrailleSample::folder_ = nullptr;
std::string* BrailleSample::brf_ = nullptr;
std::string* BrailleSample::text_ = nullptr;

const std::string kDutch = *braille::table_list_for("nl");

TEST_F(BrailleSample, BrfPagesFitTheBraillePageInTheBrailleAsciiSet) {
  ASSERT_FALSE(brf_->empty());
  EXPECT_EQ(brf_->back(), '\f') << "every page ends with a form feed";
  for (const char c : *brf_) {
    const bool allowed = (c >= 0x20 && c <= 0x5F) || c == '\r' || c == '\n' || c == '\f';
    ASSERT_TRUE(allowed) << "character " << static_cast<int>(static_cast<unsigned char>(c));
  }
  const auto all = pages();
  EXPECT_GT(all.size(), 50u);
  for (std::size_t p = 0; p < all.size(); ++p) {
    EXPECT_LE(all[p].lines.size(), static_cast<std::size_t>(kLines)) << "page " << p + 1;
    for (const auto& line : all[p].lines) EXPECT_LE(line.size(), static_cast<std::size_t>(kCells)) << line;
  }
}

TEST_F(BrailleSample, PagesAreNumberedInOrderFromTheTitlePage) {
  const auto all = pages();
  for (std::size_t p = 0; p < all.size(); ++p) {
    ASSERT_FALSE(all[p].lines.empty());
    const auto numbers = testing::read_number_line(all[p].lines[0]);
    ASSERT_TRUE(numbers) << "page " << p + 1 << ": " << all[p].lines[0];
    EXPECT_EQ(numbers->braille_page, static_cast<int>(p) + 1);
  }
}

TEST_F(BrailleSample, PefIsWellFormedAndKeepsThePef10Rules) {
  const std::filesystem::path pef = file("kenniscafes.pef");
  const std::filesystem::path rules = testing::source_dir() / "tests/braille/pef-2008-1-rules.rng";
  const std::string check = "xmllint --noout --relaxng " + rules.string() + " " + pef.string() + " >/dev/null 2>&1";
  ASSERT_EQ(std::system(check.c_str()), 0) << "xmllint (Debian's libxml2-utils) rejects the PEF: " << check;

  tinyxml2::XMLDocument document;
  ASSERT_EQ(document.LoadFile(pef.string().c_str()), tinyxml2::XML_SUCCESS);
  const auto* volume = document.RootElement()->FirstChildElement("body")->FirstChildElement("volume");
  ASSERT_NE(volume, nullptr);
  const int cols = volume->IntAttribute("cols"), rows = volume->IntAttribute("rows");
  EXPECT_EQ(cols, kCells);
  EXPECT_EQ(rows, kLines);
  std::size_t page_count = 0;
  for (const auto* section = volume->FirstChildElement("section"); section;
       section = section->NextSiblingElement("section")) {
    for (const auto* page = section->FirstChildElement("page"); page; page = page->NextSiblingElement("page")) {
      ++page_count;
      int row_count = 0;
      for (const auto* row = page->FirstChildElement("row"); row; row = row->NextSiblingElement("row")) {
        ++row_count;
        const std::string cells = row->GetText() ? row->GetText() : "";
        std::size_t count = 0;
        for (std::size_t at = 0; at < cells.size(); at += decode_utf8_at(cells, at).length) ++count;
        EXPECT_LE(count, static_cast<std::size_t>(cols));
      }
      EXPECT_LE(row_count, rows);
    }
  }
  EXPECT_EQ(page_count, pages().size()) << "the PEF and the BRF carry the same pages";
}

TEST_F(BrailleSample, PreviewShowsTheSamePagesInUnicodeBraille) {
  const std::string preview = testing::read_file(file("kenniscafes.braille.txt"));
  std::size_t breaks = 0;
  for (std::size_t at = 0; at < preview.size();) {
    const auto decoded = decode_utf8_at(preview, at);
    const char32_t c = decoded.code_point;
    ASSERT_TRUE((c >= 0x2800 && c <= 0x283F) || c == U'\n' || c == U'\f')
        << "U+" << std::hex << static_cast<unsigned>(c);
    if (c == '\f') ++breaks;
    at += decoded.length;
  }
  EXPECT_EQ(breaks + 1, pages().size());
}

TEST_F(BrailleSample, BackTranslationHoldsTheTextEditionsWordsInOrder) {
  // The text lines of every page in reading order (a word may continue on the next page), without
  // the number lines and print page turns.
  std::vector<std::string> body;
  for (const auto& page : pages()) {
    for (std::size_t k = 1; k < page.lines.size(); ++k) {
      if (!testing::read_print_turn(page.lines[k])) body.push_back(page.lines[k]);
    }
  }
  const auto braille_words = testing::words_of(testing::back_translate_lines(body, kDutch));
  const auto text_words = testing::words_of(*text_);
  ASSERT_GT(text_words.size(), 10000u);
  const double share = testing::share_in_order(text_words, braille_words);
  std::cout << "back-translated braille holds " << share * 100 << " % of the text edition's " << text_words.size()
            << " words in order\n";
  EXPECT_GE(share, 0.98);
}

// The contents' entries, as back-translated text with the braille page number each names.
struct ContentsEntry {
  std::string text;
  int page = 0;
};

std::vector<ContentsEntry> contents_entries(const std::vector<testing::BrfPage>& all) {
  static const std::regex entry_end(R"(^(.*?) "+ (#[A-J]+)$)");
  std::vector<ContentsEntry> entries;
  std::vector<std::string> pending;
  for (std::size_t p = 1; p < all.size(); ++p) {
    bool any = false;
    for (std::size_t k = 1; k < all[p].lines.size(); ++k) {
      std::smatch match;
      const std::string& line = all[p].lines[k];
      if (std::regex_match(line, match, entry_end)) {
        pending.push_back(match[1]);
        entries.push_back({testing::back_translate_lines(pending, kDutch), *testing::brf_number(match[2])});
        pending.clear();
        any = true;
      } else if (any && !line.empty()) {
        pending.push_back(line);
      }
    }
    if (!any) break;  // the first page after the contents
  }
  return entries;
}

std::string normalised(const std::string& text) {
  std::string out;
  for (const auto& word : testing::words_of(text)) out += word + " ";
  return out;
}

TEST_F(BrailleSample, ContentsGiveThePagesWhereTheChaptersStart) {
  const auto all = pages();
  const auto entries = contents_entries(all);
  int chapters = 0;
  for (const auto& entry : entries) {
    if (entry.text.rfind("Hoofdstuk ", 0) != 0) continue;
    ++chapters;
    ASSERT_GE(entry.page, 1);
    ASSERT_LE(entry.page, static_cast<int>(all.size()));
    const auto& lines = all[static_cast<std::size_t>(entry.page - 1)].lines;
    const std::vector<std::string> top(lines.begin() + 1, lines.begin() + std::min<std::size_t>(lines.size(), 4));
    const std::string heading = normalised(testing::back_translate_lines(top, kDutch));
    EXPECT_EQ(heading.rfind(normalised(entry.text), 0), 0u)
        << "contents: '" << entry.text << "' on page " << entry.page << ", which begins '" << heading << "'";
  }
  // As many as the text edition's contents name.
  int text_chapters = 0;
  static const std::regex text_entry(R"(^- Hoofdstuk \d+: )", std::regex::multiline);
  for (std::sregex_iterator it(text_->begin(), text_->end(), text_entry), end; it != end; ++it) ++text_chapters;
  EXPECT_GT(text_chapters, 0);
  EXPECT_EQ(chapters, text_chapters);
}

TEST_F(BrailleSample, EveryPrintPageHasAReference) {
  // The print pages the text edition marks, and every page before the last of them.
  int last_print_page = 0;
  static const std::regex marker(R"(^Pagina (\d+)$)", std::regex::multiline);
  for (std::sregex_iterator it(text_->begin(), text_->end(), marker), end; it != end; ++it) {
    last_print_page = std::max(last_print_page, std::stoi((*it)[1]));
  }
  ASSERT_GE(last_print_page, 20) << "the sample magazine has some 28 print pages";
  std::set<int> referenced;
  auto add = [&](int first, int last) {
    for (int page = first; page > 0 && page <= last; ++page) referenced.insert(page);
  };
  for (const auto& page : pages()) {
    if (const auto numbers = testing::read_number_line(page.lines[0])) add(numbers->print_first, numbers->print_last);
    for (std::size_t k = 1; k < page.lines.size(); ++k) {
      if (const auto turn = testing::read_print_turn(page.lines[k])) add(turn->first, turn->second);
    }
  }
  for (int page = 1; page <= last_print_page; ++page) EXPECT_TRUE(referenced.count(page)) << "print page " << page;
}

}  // namespace
}  // namespace persklaar
