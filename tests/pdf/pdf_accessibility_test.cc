// The screen PDF as an accessible document (PDF/UA-1), read back in both layouts: every painting
// operator on every page lies inside exactly one of a marked-content sequence whose MCID the structure
// tree refers to, or an artifact (qpdf's content parser); running heads are pagination artifacts;
// the text read in structure order (Poppler's structure tree) holds the text edition's paragraphs in
// their order; and the pdfua preflight passes.
#include <gtest/gtest.h>
#include <poppler.h>

#include <algorithm>
#include <map>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <set>
#include <sstream>

#include "core/preflight/preflight.h"
#include "core/text/labels.h"
#include "tests/pdf/reading_order.h"
#include "tests/pdf/rendered_edition.h"
#include "tests/support/pipeline.h"

namespace persklaar::testing {
namespace {

// What one page's content stream paints, and where.
struct PageMarks {
  int painted = 0;
  int header_artifacts = 0;
  std::vector<std::string> wrong;  // painting operators in no sequence or in two
};

class MarkWalker final : public QPDFObjectHandle::ParserCallbacks {
 public:
  MarkWalker(std::set<long long> owned, PageMarks& out) : owned_(std::move(owned)), out_(out) {}

  void handleObject(QPDFObjectHandle object) override {
    if (!object.isOperator()) {
      operands_.push_back(object);
      return;
    }
    const std::string op = object.getOperatorValue();
    if (op == "BDC" || op == "BMC") {
      open_.push_back(kind_of_sequence(op));
    } else if (op == "EMC") {
      if (!open_.empty()) open_.pop_back();
    } else if (painting().count(op)) {
      ++out_.painted;
      int holders = 0;
      for (Kind kind : open_) holders += kind != Kind::other;
      if (holders != 1 && out_.wrong.size() < 5) {
        out_.wrong.push_back(op + " inside " + std::to_string(holders) + " tagged or artifact sequences");
      }
    }
    operands_.clear();
  }
  void handleEOF() override {}

 private:
  enum class Kind { owned_mcid, artifact, other };

  static const std::set<std::string>& painting() {
    static const std::set<std::string> ops = {"f", "F",  "f*", "B",  "B*", "b",  "b*", "S",
                                              "s", "sh", "Do", "BI", "Tj", "TJ", "'",  "\""};
    return ops;
  }

  Kind kind_of_sequence(const std::string& op) {
    if (!operands_.empty() && operands_[0].isName() && operands_[0].getName() == "/Artifact") {
      QPDFObjectHandle properties = operands_.size() > 1 ? operands_[1] : QPDFObjectHandle();
      if (op == "BDC" && properties.isDictionary() && properties.getKey("/Subtype").isName() &&
          properties.getKey("/Subtype").getName() == "/Header")
        ++out_.header_artifacts;
      return Kind::artifact;
    }
    if (op == "BDC" && operands_.size() > 1 && operands_[1].isDictionary() &&
        operands_[1].getKey("/MCID").isInteger() && owned_.count(operands_[1].getKey("/MCID").getIntValue())) {
      return Kind::owned_mcid;
    }
    return Kind::other;
  }

  std::set<long long> owned_;
  PageMarks& out_;
  std::vector<QPDFObjectHandle> operands_;
  std::vector<Kind> open_;
};

// The MCIDs of a page that the parent tree gives a structure element.
std::set<long long> owned_mcids(QPDF& pdf, QPDFObjectHandle page) {
  std::set<long long> owned;
  QPDFObjectHandle key = page.getKey("/StructParents");
  QPDFObjectHandle nums = pdf.getRoot().getKey("/StructTreeRoot").getKey("/ParentTree").getKey("/Nums");
  for (int k = 0; key.isInteger() && nums.isArray() && k + 1 < nums.getArrayNItems(); k += 2) {
    if (nums.getArrayItem(k).getIntValue() != key.getIntValue()) continue;
    QPDFObjectHandle owners = nums.getArrayItem(k + 1);
    for (int m = 0; owners.isArray() && m < owners.getArrayNItems(); ++m) {
      QPDFObjectHandle owner = owners.getArrayItem(m);
      if (owner.isDictionary() && owner.getKey("/Type").isName() && owner.getKey("/Type").getName() == "/StructElem")
        owned.insert(m);
    }
  }
  return owned;
}

std::vector<PageMarks> marks_of(const std::filesystem::path& file) {
  QPDF pdf;
  pdf.processFile(file.c_str());
  std::vector<PageMarks> pages;
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    pages.emplace_back();
    MarkWalker walker(owned_mcids(pdf, page.getObjectHandle()), pages.back());
    page.parseContents(&walker);
  }
  return pages;
}

// Poppler 22.12 hands a structure element's text back with each byte of its UTF-8 read as a
// PDFDocEncoding character ("é" comes back as "Ã©"); this turns each character back into its byte.
// A byte PDFDocEncoding lacks (0x9F, 0xAD) is lost, so the comparison below keeps ASCII only.
std::string undo_pdfdoc_reading(const std::string& text) {
  static const std::map<char32_t, unsigned char> high = {
      {0x2022, 0x80}, {0x2020, 0x81}, {0x2021, 0x82}, {0x2026, 0x83}, {0x2014, 0x84}, {0x2013, 0x85}, {0x0192, 0x86},
      {0x2044, 0x87}, {0x2039, 0x88}, {0x203A, 0x89}, {0x2212, 0x8A}, {0x2030, 0x8B}, {0x201E, 0x8C}, {0x201C, 0x8D},
      {0x201D, 0x8E}, {0x2018, 0x8F}, {0x2019, 0x90}, {0x201A, 0x91}, {0x2122, 0x92}, {0xFB01, 0x93}, {0xFB02, 0x94},
      {0x0141, 0x95}, {0x0152, 0x96}, {0x0160, 0x97}, {0x0178, 0x98}, {0x017D, 0x99}, {0x0131, 0x9A}, {0x0142, 0x9B},
      {0x0153, 0x9C}, {0x0161, 0x9D}, {0x017E, 0x9E}, {0x20AC, 0xA0}};
  std::string bytes;
  for (std::size_t k = 0; k < text.size();) {
    const unsigned char lead = static_cast<unsigned char>(text[k]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t c = length == 1 ? lead : lead & (0xFF >> (length + 1));
    for (std::size_t j = 1; j < length && k + j < text.size(); ++j) c = (c << 6) | (text[k + j] & 0x3F);
    k += length;
    const auto found = high.find(c);
    bytes += static_cast<char>(found != high.end() ? found->second : c <= 0xFF ? c : '?');
  }
  return bytes;
}

// The text of the whole structure tree, in its order, as Poppler reads it.
std::string structure_text(const std::filesystem::path& file) {
  GError* error = nullptr;
  gchar* uri = g_filename_to_uri(std::filesystem::absolute(file).c_str(), nullptr, &error);
  PopplerDocument* document = poppler_document_new_from_file(uri, nullptr, &error);
  g_free(uri);
  if (!document) {
    const std::string message = error ? error->message : "unknown";
    if (error) g_error_free(error);
    throw std::runtime_error("poppler: " + message);
  }
  std::string text;
  PopplerStructureElementIter* iter = poppler_structure_element_iter_new(document);
  for (bool more = iter != nullptr; more; more = poppler_structure_element_iter_next(iter)) {
    PopplerStructureElement* element = poppler_structure_element_iter_get_element(iter);
    if (gchar* part = poppler_structure_element_get_text(element, POPPLER_STRUCTURE_GET_TEXT_RECURSIVE)) {
      text += undo_pdfdoc_reading(part);
      g_free(part);
    }
    g_object_unref(element);
  }
  if (iter) poppler_structure_element_iter_free(iter);
  g_object_unref(document);
  return text;
}

// Text folded for comparison: quotes and dashes as comparable() makes them, then its ASCII only,
// without any white space (Poppler joins a sequence's lines without one) and without the hyphens the
// layout inserts at line ends.
std::string folded(std::string_view raw) {
  std::string text;  // valid UTF-8: a sequence that lost a byte is left out
  for (std::size_t k = 0; k < raw.size();) {
    const unsigned char lead = static_cast<unsigned char>(raw[k]);
    const std::size_t length = lead < 0x80                   ? 1
                               : lead >= 0xC2 && lead < 0xE0 ? 2
                               : lead >= 0xE0 && lead < 0xF0 ? 3
                               : lead >= 0xF0 && lead < 0xF5 ? 4
                                                             : 0;
    bool valid = length > 0 && k + length <= raw.size();
    for (std::size_t j = 1; valid && j < length; ++j) valid = (static_cast<unsigned char>(raw[k + j]) & 0xC0) == 0x80;
    if (valid) text.append(raw.substr(k, length));
    k += valid ? length : 1;
  }
  std::string out;
  for (char c : comparable(text)) {
    if (static_cast<unsigned char>(c) < 0x80 && !std::isspace(static_cast<unsigned char>(c))) out += c;
  }
  out.erase(std::remove(out.begin(), out.end(), '-'), out.end());
  return out;
}

bool ends_with(const std::string& text, const std::string& end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

// The text edition's paragraphs of running text: its one-line blocks, without list items, page
// markers and headings (short lines), and without what only that edition says (who "vertelt:", who
// published it); with the addresses it adds after a link's text left out.
std::vector<std::string> text_paragraphs(const std::string& edition, const Labels& labels) {
  std::vector<std::string> paragraphs;
  std::istringstream in(edition);
  for (std::string line; std::getline(in, line);) {
    if (line.size() < 60 || line.rfind("- ", 0) == 0 || line.rfind("  ", 0) == 0) continue;
    if (ends_with(line, std::string(" ") + labels.says + ":") || line.rfind(labels.published_by, 0) == 0) continue;
    for (std::size_t at = line.find(" (http"); at != std::string::npos; at = line.find(" (http")) {
      const std::size_t close = line.find(')', at);
      line.erase(at, close == std::string::npos ? std::string::npos : close - at + 1);
    }
    for (std::size_t at = line.find(" (mailto:"); at != std::string::npos; at = line.find(" (mailto:")) {
      const std::size_t close = line.find(')', at);
      line.erase(at, close == std::string::npos ? std::string::npos : close - at + 1);
    }
    paragraphs.push_back(line);
  }
  return paragraphs;
}

class Accessible : public ::testing::TestWithParam<const char*> {
 protected:
  const RenderedEdition& edition() const {
    return std::string(GetParam()) == "pocket-a5" ? sample_pocket() : sample_magazine();
  }
};

TEST_P(Accessible, EveryPaintingOperatorIsTaggedContentOrAnArtifact) {
  const std::vector<PageMarks> pages = marks_of(edition().file);
  ASSERT_EQ(pages.size(), edition().laid_out().pages.size());
  int painted = 0, headers = 0, running_heads = 0;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    painted += pages[p].painted;
    headers += pages[p].header_artifacts;
    running_heads += !edition().laid_out().pages[p].running_head.empty();
    for (const std::string& wrong : pages[p].wrong) ADD_FAILURE() << "page " << p + 1 << ": " << wrong;
  }
  EXPECT_GT(painted, 1000) << "the walk saw the magazine's marks";
  EXPECT_GT(running_heads, 0);
  EXPECT_EQ(headers, running_heads) << "each running head is a pagination header artifact";
}

TEST_P(Accessible, TheTextInStructureOrderHoldsTheTextEditionsParagraphsInOrder) {
  TemporaryFolder folder;
  const std::vector<std::string> paragraphs = text_paragraphs(render(edition().publication, "txt", folder.path()),
                                                              labels_for(edition().publication.metadata.language));
  ASSERT_GT(paragraphs.size(), 100u);
  const std::string tree = folded(structure_text(edition().file));
  std::size_t at = 0;
  int found = 0;
  for (const std::string& paragraph : paragraphs) {
    const std::string wanted = folded(paragraph);
    const std::size_t next = tree.find(wanted, at);
    if (next == std::string::npos) {
      ADD_FAILURE() << "not found in structure order after offset " << at << ": " << paragraph
                    << (tree.find(wanted) != std::string::npos ? " (it comes earlier)" : "");
      continue;
    }
    at = next + wanted.size();
    ++found;
  }
  EXPECT_EQ(found, static_cast<int>(paragraphs.size()));
}

TEST_P(Accessible, ThePdfuaPreflightPasses) {
  const PreflightReport report = preflight(edition().file, "pdfua");
  EXPECT_TRUE(report.passed()) << preflight_report_text(report);
  EXPECT_GE(report.rules.size(), 18u);
}

INSTANTIATE_TEST_SUITE_P(Layouts, Accessible, ::testing::Values("magazine-a4", "pocket-a5"), [](const auto& info) {
  return std::string(info.param) == "pocket-a5" ? "pocket_a5" : "magazine_a4";
});

}  // namespace
}  // namespace persklaar::testing
