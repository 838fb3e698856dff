#pragma once
// What makes the print edition a PDF/X-4 file (ISO 15930-7) beyond its colours and boxes: one
// output intent (GTS_PDFX) with the layout's ICC profile embedded; the document information and an
// XMP packet that agree (title, author, creator tool, producer, dates, Trapped, GTS_PDFXVersion and
// the xmpMM identifiers); and a trailer ID whose first half is the XMP document ID. Annotations and
// JavaScript have no place in it: links painted for the screen are removed, with their references in
// the structure tree.
#include <string>

#include "core/layout/layout_spec.h"
#include "plugins/pdf/document_metadata.h"
#include "plugins/pdf/finishing_pass.h"

namespace persklaar::pdf {

class PdfxConformancePass final : public FinishingPass {
 public:
  PdfxConformancePass(DocumentInfo info, PrintCondition condition, std::string profile_bytes)
      : info_(std::move(info)), condition_(std::move(condition)), profile_(std::move(profile_bytes)) {}
  void apply(QPDF& pdf) const override;

 private:
  DocumentInfo info_;
  PrintCondition condition_;
  std::string profile_;  // the ICC profile's bytes
};

// What PDF/X-4 adds to the XMP packet (xmp_packet in document_metadata.h): its version.
std::vector<XmpSchema> pdfx_schemas();

}  // namespace persklaar::pdf
