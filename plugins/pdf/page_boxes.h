#pragma once
// The print edition's page boxes. Cairo paints each page on a sheet of trim + bleed (+ room for crop
// marks), which becomes the MediaBox; this pass adds the TrimBox (the finished page) and the
// BleedBox (trim + bleed) to every page, which a printer's imposition relies on.
#include "plugins/pdf/finishing_pass.h"

namespace persklaar::pdf {

struct SheetGeometry {
  double trim_width = 0, trim_height = 0;  // the finished page, points
  double bleed = 0;                        // beyond the trim on every side
  double trim_offset = 0;                  // from the sheet's corner to the trim's (bleed + marks)
};

class PageBoxesPass final : public FinishingPass {
 public:
  explicit PageBoxesPass(SheetGeometry sheet) : sheet_(sheet) {}
  void apply(QPDF& pdf) const override;

 private:
  SheetGeometry sheet_;
};

}  // namespace persklaar::pdf
