// The print edition as a PDF/X-4 file: preflight passes, qpdf and Ghostscript read it without a
// word, and what PDF/X asks of the catalog, metadata and trailer is there and agrees.
#include <gtest/gtest.h>

#include <algorithm>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <set>

#include "core/preflight/preflight.h"
#include "tests/print/print_editions.h"
#include "tests/support/test_paths.h"

namespace persklaar::testing {
namespace {

std::string xmp_of(QPDF& pdf) {
  const auto data = pdf.getRoot().getKey("/Metadata").getStreamData(qpdf_dl_all);
  return std::string(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
}

// How many structure elements of `type` (e.g. "/Link"), and references to annotations, the tree has.
void count_structure(QPDFObjectHandle node, const std::string& type, int& elements, int& annotation_references,
                     std::set<QPDFObjGen>& seen) {
  if (node.isIndirect() && !seen.insert(node.getObjGen()).second) return;
  if (node.isArray()) {
    for (auto kid : node.getArrayAsVector()) count_structure(kid, type, elements, annotation_references, seen);
  } else if (node.isDictionary()) {
    if (node.getKey("/Type").isNameAndEquals("/OBJR")) ++annotation_references;
    if (node.getKey("/S").isNameAndEquals(type)) ++elements;
    count_structure(node.getKey("/K"), type, elements, annotation_references, seen);
  }
}

std::string hex(const std::string& bytes) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (unsigned char c : bytes) out += {digits[c >> 4], digits[c & 15]};
  return out;
}

TEST(PrintConformance, PreflightPassesTheSamplesPrintFileInBothLayouts) {
  for (const char* layout : {"magazine-a4.xml", "pocket-a5.xml"}) {
    const PreflightReport report = preflight(sample_editions(layout).print, "pdfx");
    EXPECT_TRUE(report.passed()) << layout << "\n" << preflight_report_text(report);
    EXPECT_GE(report.rules.size(), 20u);
  }
}

TEST(PrintConformance, QpdfCheckIsClean) {
  std::string output;
  EXPECT_EQ(run_command("qpdf --check '" + sample_editions("magazine-a4.xml").print.string() + "'", output), 0)
      << output;
  EXPECT_NE(output.find("No syntax or stream encoding errors"), std::string::npos) << output;
  EXPECT_EQ(output.find("WARNING"), std::string::npos) << output;
}

TEST(PrintConformance, GhostscriptRendersEveryPageWithoutAWord) {
  std::string output;
  if (run_command("gs --version", output) != 0)
    GTEST_SKIP() << "Ghostscript is not installed (scripts/debian-packages.txt)";
  const int status = run_command(
      "gs -q -dNOPAUSE -dBATCH -sDEVICE=nullpage '" + sample_editions("magazine-a4.xml").print.string() + "'", output);
  EXPECT_EQ(status, 0);
  EXPECT_EQ(output, "");
}

TEST(PrintConformance, OutputIntentEmbedsTheLayoutsProfile) {
  QPDF pdf;
  pdf.processFile(sample_editions("magazine-a4.xml").print.c_str());
  QPDFObjectHandle intents = pdf.getRoot().getKey("/OutputIntents");
  ASSERT_TRUE(intents.isArray());
  ASSERT_EQ(intents.getArrayNItems(), 1);
  QPDFObjectHandle intent = intents.getArrayItem(0);
  EXPECT_EQ(intent.getKey("/S").getName(), "/GTS_PDFX");
  EXPECT_EQ(intent.getKey("/OutputConditionIdentifier").getUTF8Value(), "FOGRA39");
  EXPECT_EQ(intent.getKey("/RegistryName").getUTF8Value(), "http://www.color.org");
  QPDFObjectHandle profile = intent.getKey("/DestOutputProfile");
  ASSERT_TRUE(profile.isStream());
  EXPECT_EQ(profile.getDict().getKey("/N").getIntValue(), 4);
  const auto bytes = profile.getStreamData(qpdf_dl_all);
  EXPECT_EQ(bytes->getSize(), std::filesystem::file_size(source_dir() / "icc" / "FOGRA39L_coated.icc"));
}

TEST(PrintConformance, XmpAgreesWithTheDocumentInformationAndTheTrailerId) {
  QPDF pdf;
  pdf.processFile(sample_editions("magazine-a4.xml").print.c_str());
  EXPECT_EQ(pdf.getPDFVersion(), "1.6");
  QPDFObjectHandle info = pdf.getTrailer().getKey("/Info");
  const std::string xmp = xmp_of(pdf);
  EXPECT_EQ(info.getKey("/GTS_PDFXVersion").getUTF8Value(), "PDF/X-4");
  EXPECT_NE(xmp.find("<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>"), std::string::npos);
  EXPECT_EQ(info.getKey("/Trapped").getName(), "/False");
  EXPECT_NE(xmp.find("<pdf:Trapped>False</pdf:Trapped>"), std::string::npos);
  EXPECT_NE(xmp.find(">" + info.getKey("/Title").getUTF8Value() + "<"), std::string::npos);
  EXPECT_NE(xmp.find("<xmp:CreatorTool>" + info.getKey("/Creator").getUTF8Value() + "<"), std::string::npos);
  EXPECT_NE(xmp.find("<pdf:Producer>" + info.getKey("/Producer").getUTF8Value() + "<"), std::string::npos);
  EXPECT_EQ(info.getKey("/CreationDate").getUTF8Value(), "D:20191201000000Z");
  EXPECT_NE(xmp.find("<xmp:CreateDate>2019-12-01T00:00:00Z<"), std::string::npos);
  // The trailer ID's first half is the XMP document ID.
  const std::string id = hex(pdf.getTrailer().getKey("/ID").getArrayItem(0).getStringValue());
  std::string document_id = xmp.substr(xmp.find("<xmpMM:DocumentID>uuid:") + 23, 36);
  document_id.erase(std::remove(document_id.begin(), document_id.end(), '-'), document_id.end());
  EXPECT_EQ(id, document_id);
  for (const char* field : {"<xmpMM:VersionID>", "<xmpMM:RenditionClass>", "<xmpMM:InstanceID>"}) {
    EXPECT_NE(xmp.find(field), std::string::npos) << field;
  }
}

TEST(PrintConformance, KeepsStructureAndLanguageAndHasNoAnnotations) {
  QPDF pdf;
  pdf.processFile(sample_editions("magazine-a4.xml").print.c_str());
  EXPECT_TRUE(pdf.getRoot().getKey("/StructTreeRoot").isDictionary());
  EXPECT_EQ(pdf.getRoot().getKey("/Lang").getUTF8Value(), "nl");
  EXPECT_TRUE(pdf.getRoot().getKey("/MarkInfo").getKey("/Marked").getBoolValue());
  EXPECT_TRUE(pdf.getRoot().getKey("/Outlines").isDictionary());
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    EXPECT_FALSE(page.getObjectHandle().hasKey("/Annots"));
  }
  int links = 0, references = 0, paragraphs = 0;
  std::set<QPDFObjGen> seen, seen_again;
  count_structure(pdf.getRoot().getKey("/StructTreeRoot"), "/Link", links, references, seen);
  count_structure(pdf.getRoot().getKey("/StructTreeRoot"), "/P", paragraphs, references, seen_again);
  EXPECT_EQ(links, 0) << "the link texts stay, as spans";
  EXPECT_EQ(references, 0) << "no structure element refers to an annotation";
  EXPECT_GT(paragraphs, 100);
  EXPECT_FALSE(pdf.isEncrypted());
}

// Cairo paints without deflating (pdf_plugin.cc): qpdf must deflate every stream when it writes the
// editions, all but the XMP metadata, which PDF/X and PDF/UA readers expect as plain XML.
TEST(PrintConformance, EveryStreamButTheMetadataIsDeflated) {
  const PrintEditions& editions = sample_editions("magazine-a4.xml");
  for (const auto& file : {editions.screen, editions.print}) {
    QPDF pdf;
    pdf.processFile(file.c_str());
    int streams = 0;
    std::vector<std::string> plain;
    for (QPDFObjectHandle object : pdf.getAllObjects()) {
      if (!object.isStream()) continue;
      ++streams;
      QPDFObjectHandle dictionary = object.getDict();
      if (dictionary.getKey("/Type").isNameAndEquals("/Metadata")) {
        EXPECT_FALSE(dictionary.hasKey("/Filter")) << file << ": the XMP metadata is deflated";
        continue;
      }
      if (!dictionary.getKey("/Filter").isNameAndEquals("/FlateDecode")) plain.push_back(object.unparse());
    }
    EXPECT_GT(streams, 28) << file << ": a content stream a page and the fonts at least";
    EXPECT_TRUE(plain.empty()) << file << ": " << plain.size() << " streams are not deflated, the first "
                               << (plain.empty() ? "" : plain.front());
  }
}

TEST(PrintConformance, RebuildingGivesTheSameBytes) {
  const auto again = make_print_editions("magazine-a4.xml", false);
  std::string output;
  EXPECT_EQ(
      run_command("cmp '" + sample_editions("magazine-a4.xml").print.string() + "' '" + again->print.string() + "'",
                  output),
      0)
      << output;
}

}  // namespace
}  // namespace persklaar::testing
