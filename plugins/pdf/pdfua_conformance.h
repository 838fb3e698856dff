#pragma once
// What makes the screen edition a PDF/UA-1 file (ISO 14289-1) beyond its tagged content and artifacts
// (artifact_pass.h): an XMP packet with the title in the document's language, its creator, language
// and dates, agreeing with the document information, and — only when the document then passes the
// pdfua preflight — the claim pdfuaid:part 1; pages with annotations that follow the structure in tab order (/Tabs
// /S); table header cells with their scope; no heading level skipped. (Cairo already refers to each
// link annotation from its Link element by an object reference; its /Contents comes with the
// structure element additions, finishing_pass.h.)
#include <memory>
#include <string>
#include <vector>

#include "plugins/pdf/document_metadata.h"
#include "plugins/pdf/finishing_pass.h"

namespace persklaar::pdf {

// What became of the claim: the pdfua preflight's failed rules, empty when the file is claimed.
struct PdfuaVerdict {
  std::vector<std::string> failed;
};

class PdfuaConformancePass final : public FinishingPass {
 public:
  // After its own changes the pass checks the document against the pdfua preflight profile, as it
  // will be written, and claims PDF/UA-1 (pdfuaid:part 1) only when it passes; `verdict` says so.
  PdfuaConformancePass(DocumentInfo info, std::shared_ptr<PdfuaVerdict> verdict)
      : info_(std::move(info)), verdict_(std::move(verdict)) {}
  void apply(QPDF& pdf) const override;

 private:
  DocumentInfo info_;
  std::shared_ptr<PdfuaVerdict> verdict_;
};

// What PDF/UA-1 adds to the XMP packet: its part.
std::vector<XmpSchema> pdfua_schemas();

}  // namespace persklaar::pdf
