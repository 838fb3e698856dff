// The PDF/UA-1 claim follows the check: the PDF/UA pass, run again over the sample's screen PDF as
// qpdf reads it back, keeps pdfuaid:part 1 when the document passes the pdfua profile; over a copy
// whose figure lost its alternative text it writes the metadata without the claim and names the
// failed condition, which the plugin turns into a warning.
#include <gtest/gtest.h>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include "plugins/pdf/finishing_pass.h"
#include "plugins/pdf/pdfua_conformance.h"
#include "tests/pdf/rendered_edition.h"

namespace persklaar::testing {
namespace {

std::string metadata_of(QPDF& pdf) {
  const auto data = pdf.getRoot().getKey("/Metadata").getStreamData(qpdf_dl_all);
  return std::string(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
}

pdf::DocumentInfo info() {
  pdf::DocumentInfo info;
  info.title = "Kenniscafés";
  info.date = "2019-12-01T00:00:00Z";
  info.document_id = "5fb15025-8056-5eea-bbc9-a2ae48162da5";
  info.language = "nl";
  return info;
}

TEST(PdfuaClaim, IsMadeForADocumentThatPassesTheCheck) {
  QPDF pdf;
  pdf.processFile(sample_magazine().file.c_str());
  const auto verdict = std::make_shared<pdf::PdfuaVerdict>();
  pdf::PdfuaConformancePass(info(), verdict).apply(pdf);
  EXPECT_TRUE(verdict->failed.empty());
  EXPECT_NE(metadata_of(pdf).find("<pdfuaid:part>1</pdfuaid:part>"), std::string::npos);
}

TEST(PdfuaClaim, IsLeftOutWhenAFigureHasNoAlternativeText) {
  QPDF pdf;
  pdf.processFile(sample_magazine().file.c_str());
  int figures = 0;
  for (QPDFObjectHandle element : pdf::structure_elements(pdf)) {
    if (element.getKey("/S").isName() && element.getKey("/S").getName() == "/Figure") {
      element.removeKey("/Alt");
      ++figures;
    }
  }
  ASSERT_GT(figures, 0) << "the cover is a figure";
  const auto verdict = std::make_shared<pdf::PdfuaVerdict>();
  pdf::PdfuaConformancePass(info(), verdict).apply(pdf);
  EXPECT_EQ(verdict->failed, std::vector<std::string>{"13-004/figure-alt"});
  const std::string xmp = metadata_of(pdf);
  EXPECT_EQ(xmp.find("pdfuaid"), std::string::npos) << xmp;
  EXPECT_NE(xmp.find("<dc:title>"), std::string::npos) << "the rest of the metadata stays";
}

}  // namespace
}  // namespace persklaar::testing
