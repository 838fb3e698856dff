// Superscript and subscript from Word (w:vertAlign) in every edition: <sup>/<sub> in the e-book,
// smaller raised and lowered text in the PDF, the plain characters in the text edition.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <poppler-document.h>
#include <poppler-page.h>
#include <zip.h>

#include <memory>

#include "tests/support/cli_run.h"
#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

using ::testing::HasSubstr;

const std::filesystem::path kRevisions = testing::source_dir() / "tests" / "docx" / "fixtures" / "revisions.docx";

std::string epub_documents(const std::filesystem::path& epub) {
  int error = 0;
  zip_t* archive = zip_open(epub.c_str(), ZIP_RDONLY, &error);
  if (!archive) return "";
  std::string all;
  for (zip_int64_t k = 0; k < zip_get_num_entries(archive, 0); ++k) {
    const std::string name = zip_get_name(archive, static_cast<zip_uint64_t>(k), 0);
    if (name.size() < 6 || name.compare(name.size() - 6, 6, ".xhtml") != 0) continue;
    zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(k), 0);
    char buffer[4096];
    for (zip_int64_t got; file && (got = zip_fread(file, buffer, sizeof buffer)) > 0;) all.append(buffer, got);
    if (file) zip_fclose(file);
  }
  zip_discard(archive);
  return all;
}

class WordScripts : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = new testing::TemporaryFolder;
    run_ = new testing::CliRun(testing::run_cli(
        {"build", kRevisions.string(), "-t", "epub,pdf,txt", "-o", (folder_->path() / "uit").string() + "/"},
        *folder_));
  }
  static void TearDownTestSuite() {
    delete run_;
    delete folder_;
  }
  static std::filesystem::path edition(const std::string& extension) {
    return folder_->path() / "uit" / ("revisions." + extension);
  }
  static testing::TemporaryFolder* folder_;
  static testing::CliRun* run_;
};
testing::TemporaryFolder* WordScripts::folder_ = nullptr;
testing::CliRun* WordScripts::run_ = nullptr;

TEST_F(WordScripts, TheEbookMarksThemUp) {
  ASSERT_EQ(run_->exit_code, 0) << run_->output;
  const std::string documents = epub_documents(edition("epub"));
  EXPECT_THAT(documents, HasSubstr("Oppervlak in m<sup>2</sup>, water is H<sub>2</sub>O"));
}

TEST_F(WordScripts, TheTextEditionKeepsThePlainCharacters) {
  ASSERT_EQ(run_->exit_code, 0) << run_->output;
  EXPECT_THAT(testing::read_file(edition("txt")), HasSubstr("Oppervlak in m2, water is H2O"));
}

// In the PDF the 2 of m² is smaller than the m and stands higher; the 2 of H₂O is smaller and lower.
// Poppler reads a character on a baseline of its own as a word of its own: "m", "2", ",".
TEST_F(WordScripts, ThePdfSetsThemSmallerRaisedAndLowered) {
  ASSERT_EQ(run_->exit_code, 0) << run_->output;
  std::unique_ptr<poppler::document> pdf(poppler::document::load_from_file(edition("pdf").string()));
  ASSERT_TRUE(pdf);
  const auto middle = [](const poppler::rectf& box) { return (box.top() + box.bottom()) / 2; };
  bool seen_square = false, seen_water = false;
  for (int n = 0; n < pdf->pages(); ++n) {
    std::unique_ptr<poppler::page> page(pdf->create_page(n));
    const std::vector<poppler::text_box> boxes = page->text_list();
    for (std::size_t k = 0; k + 2 < boxes.size(); ++k) {
      const std::string letter = boxes[k].text().to_utf8().data();
      const std::string digit = boxes[k + 1].text().to_utf8().data();
      const std::string after = boxes[k + 2].text().to_utf8().data();
      const bool square = letter == "m" && digit == "2" && after == ",";
      const bool water = letter == "H" && digit == "2" && after == "O,";
      if (!square && !water) continue;
      const poppler::rectf base = boxes[k].bbox();
      const poppler::rectf script = boxes[k + 1].bbox();
      EXPECT_LT(script.height(), base.height() * 0.8) << letter << digit;
      if (square) {
        seen_square = true;
        EXPECT_LT(middle(script), middle(base) - 1.0) << "raised (y grows downwards)";
      } else {
        seen_water = true;
        EXPECT_GT(middle(script), middle(base) + 1.0) << "lowered";
      }
    }
  }
  EXPECT_TRUE(seen_square);
  EXPECT_TRUE(seen_water);
}

}  // namespace
}  // namespace persklaar
