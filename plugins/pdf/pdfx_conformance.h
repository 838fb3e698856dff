#pragma once
// What makes the print edition a PDF/X-4 file (ISO 15930-7) beyond its colours and boxes: one
// output intent (GTS_PDFX) with the layout's ICC profile embedded; the document information and an
// XMP packet that agree (title, author, creator tool, producer, dates, Trapped, GTS_PDFXVersion and
// the xmpMM identifiers); and a trailer ID whose first half is the XMP document ID. Annotations and
// JavaScript have no place in it: links painted for the screen are removed, with their references in
// the structure tree.
#include <string>

#include "core/layout/layout_spec.h"
#include "plugins/pdf/finishing_pass.h"

namespace persklaar::pdf {

struct PrintDocumentInfo {
  std::string title, author, subject;
  std::string date;         // ISO 8601 UTC, "2019-12-01T00:00:00Z": creation and modification
  std::string document_id;  // a UUID, "xxxxxxxx-xxxx-…", the same for every build of the manuscript
  std::string language;     // BCP 47, for the XMP's language alternatives
};

class PdfxConformancePass final : public FinishingPass {
 public:
  PdfxConformancePass(PrintDocumentInfo info, PrintCondition condition, std::string profile_bytes)
      : info_(std::move(info)), condition_(std::move(condition)), profile_(std::move(profile_bytes)) {}
  void apply(QPDF& pdf) const override;

 private:
  PrintDocumentInfo info_;
  PrintCondition condition_;
  std::string profile_;  // the ICC profile's bytes
};

// The XMP packet for `info`, as the PDF/X-4 file carries it (exposed for tests).
std::string pdfx_xmp(const PrintDocumentInfo& info);

}  // namespace persklaar::pdf
