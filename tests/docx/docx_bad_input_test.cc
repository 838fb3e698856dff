// Bad Word input through the real command: each case is refused with a message saying what the file
// is or where it is damaged (exit 1), and no edition is written. And input that looks dangerous but
// is readable (entities, unknown elements) reads without surprises.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <stdexcept>
#include <tuple>

#include "core/model/dump.h"
#include "core/model/plain_text.h"
#include "core/text/labels.h"
#include "tests/docx/word_package.h"
#include "tests/support/cli_run.h"
#include "tests/support/pipeline.h"
#include "tests/support/temporary_folder.h"

namespace persklaar {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const std::string kTitleAndText =
    "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>Titel</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>Tekst.</w:t></w:r></w:p>";

// The zip `bytes` with a field of the entry `name` changed by `change`, in its local header (the field
// at `local_at`) and its central directory record (at `central_at`).
template <typename Change>
std::string with_header_field(std::string bytes, const std::string& name, int local_at, int central_at, Change change) {
  for (const auto& [signature, name_at, field_at] :
       {std::tuple{std::string("PK\x03\x04"), 30, local_at}, std::tuple{std::string("PK\x01\x02"), 46, central_at}}) {
    std::size_t at = bytes.find(signature);
    while (at != std::string::npos && bytes.compare(at + name_at, name.size(), name) != 0) {
      at = bytes.find(signature, at + 1);
    }
    if (at == std::string::npos) throw std::runtime_error("no " + name + " in the package");
    change(bytes, at + static_cast<std::size_t>(field_at));
  }
  return bytes;
}

// The CRC-32 of the entry `name` changed by one bit: its data inflate well but are not what was written.
std::string with_wrong_checksum(std::string bytes, const std::string& name) {
  return with_header_field(std::move(bytes), name, 14, 16, [](std::string& zip, std::size_t at) { zip[at] ^= 1; });
}

// The compressed size of the entry `name` said to be `size`.
std::string with_compressed_size(std::string bytes, const std::string& name, std::uint32_t size) {
  return with_header_field(std::move(bytes), name, 18, 20, [size](std::string& zip, std::size_t at) {
    for (std::size_t k = 0; k < 4; ++k) zip[at + k] = static_cast<char>((size >> (8 * k)) & 0xFF);
  });
}

// The most memory this process has held, in KB.
long peak_kilobytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

class BadWordInput : public ::testing::Test {
 protected:
  // Builds `file` (inside the test's folder) and expects a refusal naming `expected`.
  void expect_refused(const std::filesystem::path& file, const std::string& expected) {
    const auto out = folder_.path() / "out";
    const auto run = testing::run_cli({"build", file.string(), "-o", out.string()}, folder_);
    EXPECT_EQ(run.exit_code, 1) << run.output;
    EXPECT_THAT(run.output, HasSubstr(file.filename().string()));
    EXPECT_THAT(run.output, HasSubstr("error: "));
    EXPECT_THAT(run.output, HasSubstr(expected));
    EXPECT_THAT(run.output, HasSubstr("hint: "));
    EXPECT_TRUE(!std::filesystem::exists(out) || std::filesystem::is_empty(out)) << "an edition was written";
  }
  std::filesystem::path path(const std::string& name) const { return folder_.path() / name; }
  testing::TemporaryFolder folder_;
};

TEST_F(BadWordInput, AnEntryOverSixtyFourMebibytesIsAZipBomb) {
  auto entries = testing::minimal_docx(kTitleAndText);
  entries.emplace_back("word/media/groot.bin", std::string(65u * 1024 * 1024, '\0'));
  testing::write_zip(path("bom.docx"), entries);
  expect_refused(path("bom.docx"), "'word/media/groot.bin'");
}

TEST_F(BadWordInput, AnEntryThatGrowsAHundredfoldIsAZipBomb) {
  auto entries = testing::minimal_docx(kTitleAndText);
  entries.emplace_back("word/media/nullen.bin", std::string(12u * 1024 * 1024, '\0'));
  testing::write_zip(path("verhouding.docx"), entries);
  expect_refused(path("verhouding.docx"), "'word/media/nullen.bin' grows more than 100 times");
}

TEST_F(BadWordInput, APasswordProtectedDocumentIsNamedSo) {
  std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  ole.resize(1024, '\0');
  ole += std::string("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
  ole.resize(4096, '\0');
  expect_refused(folder_.write("geheim.docx", ole), "encrypted");
}

TEST_F(BadWordInput, AnOldWordDocumentIsNamedSo) {
  std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  ole.resize(4096, '\0');
  expect_refused(folder_.write("oud.docx", ole), "Word 97-2003 document (.doc)");
}

TEST_F(BadWordInput, APdfWithAWordNameIsNamedSo) {
  expect_refused(folder_.write("verslag.docx", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nendobj\n"), "PDF file");
}

TEST_F(BadWordInput, AnOpenDocumentTextIsNamedSo) {
  testing::write_zip(path("tekst.docx"), {{"mimetype", "application/vnd.oasis.opendocument.text"},
                                          {"content.xml", "<office:document-content/>"}});
  expect_refused(path("tekst.docx"), "OpenDocument text");
}

TEST_F(BadWordInput, MalformedXmlNamesThePartAndLine) {
  // The body starts on line 4 of the part; the unclosed w:t is found on line 5.
  testing::write_zip(path("kapot.docx"), testing::minimal_docx(kTitleAndText + "\n<w:p><w:r><w:t>open</w:r></w:p>"));
  expect_refused(path("kapot.docx"), "kapot.docx (word/document.xml):5");
}

TEST_F(BadWordInput, MalformedXmlAfterLeftOutPropertiesStillNamesItsLine) {
  // Properties the reader never reads are left out before parsing; the lines stay where they were.
  const std::string properties =
      "<w:pPr><w:bidi w:val=\"0\"/><w:jc w:val=\"left\"/><w:spacing w:after=\"140\"/></w:pPr>";
  testing::write_zip(path("kapot.docx"), testing::minimal_docx(kTitleAndText + "\n<w:p>" + properties +
                                                               "<w:r><w:rPr></w:rPr><w:t>goed</w:t>" +
                                                               "</w:r></w:p>\n<w:p><w:r><w:t>open</w:r></w:p>"));
  expect_refused(path("kapot.docx"), "kapot.docx (word/document.xml):6");
}

TEST_F(BadWordInput, ATruncatedPackageIsDamaged) {
  testing::write_zip(path("heel.docx"), testing::minimal_docx(kTitleAndText));
  std::string bytes = testing::read_file(path("heel.docx"));
  bytes.resize(bytes.size() / 2);
  expect_refused(folder_.write("half.docx", bytes), "not a readable zip package");
}

TEST_F(BadWordInput, AnEntryWhoseDataDoNotMatchItsChecksumIsDamaged) {
  testing::write_zip(path("heel.docx"), testing::minimal_docx(kTitleAndText));
  const std::string bytes = with_wrong_checksum(testing::read_file(path("heel.docx")), "word/document.xml");
  expect_refused(folder_.write("beschadigd.docx", bytes), "'word/document.xml' is damaged");
}

TEST(WordInput, AnEntryClaimingGigabytesOfCompressedDataIsReadWithoutThatMemory) {
  // Found by fuzzing: a header claiming 4 GB of compressed data had a buffer of 4 GB made for them
  // before anything was read. The entry is read as the data really are (or refused as damaged).
  testing::TemporaryFolder folder;
  testing::write_zip(folder.path() / "heel.docx", testing::minimal_docx(kTitleAndText));
  const std::string bytes =
      with_compressed_size(testing::read_file(folder.path() / "heel.docx"), "word/document.xml", 0xFFFFFF00u);
  const long before = peak_kilobytes();
  try {
    EXPECT_THAT(dump(testing::load(folder.write("gulzig.docx", bytes))), HasSubstr("\"Tekst.\""));
  } catch (const InputError& error) {
    EXPECT_THAT(error.what(), HasSubstr("word/document.xml"));
  }
  EXPECT_LT(peak_kilobytes() - before, 256 * 1024) << "KB more than before";
}

TEST(WordInput, AnEntryTheReaderNeverAsksForIsNeverUnpacked) {
  // A damaged thumbnail would be refused if it were unpacked; the document is read without it.
  testing::TemporaryFolder folder;
  auto entries = testing::minimal_docx(kTitleAndText);
  entries.emplace_back("docProps/thumbnail.jpeg", std::string(4096, 'x'));
  testing::write_zip(folder.path() / "heel.docx", entries);
  const std::string bytes =
      with_wrong_checksum(testing::read_file(folder.path() / "heel.docx"), "docProps/thumbnail.jpeg");
  const std::string model = dump(testing::load(folder.write("duimnagel.docx", bytes)));
  EXPECT_THAT(model, HasSubstr("\"Tekst.\""));
}

TEST(WordInput, EntitiesAreNotExpandedBeyondXmlsOwn) {
  testing::TemporaryFolder folder;
  auto entries = testing::minimal_docx(kTitleAndText + "<w:p><w:r><w:t>a &amp; b &#233; &boem;</w:t></w:r></w:p>");
  // A document type declaring an entity (a billion laughs would declare them nested) is not read.
  auto& document = entries.back().second;
  document.insert(document.find("<w:document"), "<!DOCTYPE w:document [<!ENTITY boem \"BOEM BOEM BOEM\">]>\n");
  testing::write_zip(folder.path() / "entiteit.docx", entries);
  const std::string model = dump(testing::load(folder.path() / "entiteit.docx"));
  EXPECT_THAT(model, HasSubstr("a & b \xC3\xA9"));
  EXPECT_THAT(model, Not(HasSubstr("BOEM")));
}

TEST(WordInput, PropertiesLeftOutBeforeParsingLoseNoTextAndNoFormatting) {
  testing::TemporaryFolder folder;
  testing::write_zip(
      folder.path() / "eigenschappen.docx",
      testing::minimal_docx(
          kTitleAndText +
          "<w:p><w:pPr><w:bidi w:val=\"0\"/><w:jc w:val=\"left\"/><w:ind w:left=\"0\"/></w:pPr>"
          "<w:r><w:rPr></w:rPr><w:t xml:space=\"preserve\">gewoon </w:t></w:r>"
          "<w:r><w:rPr><w:rFonts w:ascii=\"Arial\"/><w:b/><w:sz w:val=\"24\"/></w:rPr><w:t>vet</w:t></w:r>"
          "<w:r><w:rPr><w:lang w:val=\"nl-NL\"/><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>2</w:t></w:r>"
          "<w:r><w:t xml:space=\"preserve\"> &lt;w:jc/&gt; blijft tekst</w:t></w:r></w:p>"));
  const std::string model = dump(testing::load(folder.path() / "eigenschappen.docx"));
  EXPECT_THAT(model, HasSubstr("\"gewoon \" Strong[\"vet\"] Sup[\"2\"] \" <w:jc/> blijft tekst\""));
}

TEST(WordInput, AParagraphEndingInALanguageMarkIsInThatLanguageAsInMarkdown) {
  testing::TemporaryFolder folder;
  testing::write_zip(
      folder.path() / "talen.docx",
      testing::minimal_docx(kTitleAndText + "<w:p><w:r><w:t>An English paragraph. {lang=en}</w:t></w:r></w:p>"
                                            "<w:p><w:r><w:t>Haakjes {x} blijven.</w:t></w:r></w:p>"));
  const Publication publication = testing::load(folder.path() / "talen.docx");
  const Blocks& blocks = publication.chapters.at(0).sections.at(0).blocks;
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(language_of(blocks[1].attributes, ""), "en");
  EXPECT_EQ(plain_text(std::get<Paragraph>(blocks[1].value).content), "An English paragraph.");
  EXPECT_TRUE(blocks[2].attributes.empty());
  EXPECT_EQ(plain_text(std::get<Paragraph>(blocks[2].value).content), "Haakjes {x} blijven.");
}

TEST(WordInput, PropertyElementsLeftOutWholeKeepWhatTheReaderReads) {
  testing::TemporaryFolder folder;
  const std::string cell_width = "<w:tcW w:w=\"4000\" w:type=\"dxa\"/><w:tcBorders></w:tcBorders>";
  const auto cell = [](const std::string& properties, const std::string& text) {
    return "<w:tc><w:tcPr>" + properties + "</w:tcPr><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:tc>";
  };
  testing::write_zip(
      folder.path() / "eigenschappen.docx",
      testing::minimal_docx(
          kTitleAndText +
          // Tab stops and paragraph-mark properties go; the run's own tab and bold stay.
          "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/><w:tab w:val=\"right\" w:pos=\"9000\"/>"
          "</w:tabs><w:rPr><w:lang w:val=\"nl-NL\"/></w:rPr></w:pPr>"
          "<w:r><w:rPr><w:rFonts w:ascii=\"Arial\"/><w:bCs/></w:rPr><w:t>voor</w:t><w:tab/></w:r>"
          "<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t>vet</w:t></w:r></w:p>"
          // A cell's widths and borders go; the vertical merge beside them stays, so the merged
          // cell's continuation is read as an empty cell.
          "<w:tbl><w:tr>" +
          cell(cell_width, "kop") + cell(cell_width, "kop 2") + "</w:tr><w:tr>" +
          cell(cell_width + "<w:vMerge w:val=\"restart\"/>", "samen") + cell(cell_width, "rechts") + "</w:tr><w:tr>" +
          cell(cell_width + "<w:vMerge/>", "voortzetting") + cell(cell_width, "onder") + "</w:tr></w:tbl>"));
  const std::string model = dump(testing::load(folder.path() / "eigenschappen.docx"));
  EXPECT_THAT(model, HasSubstr("\"voor \" Strong[\"vet\"]"));
  EXPECT_THAT(model, HasSubstr("samen"));
  EXPECT_THAT(model, HasSubstr("onder"));
  EXPECT_THAT(model, Not(HasSubstr("voortzetting")));
}

TEST(WordInput, UnknownElementsAreSkippedKeepingTheirText) {
  testing::TemporaryFolder folder;
  testing::write_zip(folder.path() / "onbekend.docx",
                     testing::minimal_docx(
                         kTitleAndText + "<w:p><w:r><w:t xml:space=\"preserve\">voor </w:t></w:r>"
                                         "<w:nieuwsoortig><w:r><w:t>binnen</w:t></w:r></w:nieuwsoortig>"
                                         "<w:r><w:t xml:space=\"preserve\"> na</w:t></w:r></w:p>"
                                         "<w:toekomst><w:p><w:r><w:t>Een alinea erin.</w:t></w:r></w:p></w:toekomst>"));
  const std::string model = dump(testing::load(folder.path() / "onbekend.docx"));
  EXPECT_THAT(model, HasSubstr("\"voor binnen na\""));
  EXPECT_THAT(model, HasSubstr("\"Een alinea erin.\""));
}

}  // namespace
}  // namespace persklaar
