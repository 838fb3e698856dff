#pragma once
// What makes the screen edition a PDF/UA-1 file (ISO 14289-1) beyond its tagged content and artifacts
// (artifact_pass.h): an XMP packet with the title in the document's language, its creator, language
// and dates, agreeing with the document information, and — only when the build's check passes —
// the claim pdfuaid:part 1; pages with annotations that follow the structure in tab order (/Tabs
// /S); table header cells with their scope; no heading level skipped. (Cairo already refers to each
// link annotation from its Link element by an object reference; its /Contents comes with the
// structure element additions, finishing_pass.h.)
#include "plugins/pdf/document_metadata.h"
#include "plugins/pdf/finishing_pass.h"

namespace persklaar::pdf {

class PdfuaConformancePass final : public FinishingPass {
 public:
  // `claim`: write pdfuaid:part 1. The plugin finishes without the claim when the pdfua preflight
  // of the finished file fails.
  PdfuaConformancePass(DocumentInfo info, bool claim) : info_(std::move(info)), claim_(claim) {}
  void apply(QPDF& pdf) const override;

 private:
  DocumentInfo info_;
  bool claim_;
};

// What PDF/UA-1 adds to the XMP packet: its part.
std::vector<XmpSchema> pdfua_schemas();

}  // namespace persklaar::pdf
