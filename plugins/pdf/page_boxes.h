#pragma once
// The print edition's page boxes: the TrimBox (the finished page), the BleedBox (trim + bleed) and
// the MediaBox (the sheet: the bleed, and room for crop marks when they are painted), on every page.
// A printer's imposition relies on them. Painted at its trim size (shared with the screen edition),
// the page keeps its coordinates and the sheet reaches below zero; painted on a larger sheet (with
// marks), the trim lies inside it.
#include "plugins/pdf/finishing_pass.h"

namespace persklaar::pdf {

struct SheetGeometry {
  double trim_width = 0, trim_height = 0;  // the finished page, points
  double bleed = 0;                        // beyond the trim on every side
  double trim_origin = 0;                  // where the trim's lower left corner was painted (x = y)
  double sheet_margin = 0;                 // the MediaBox beyond the trim: the bleed, or bleed + marks
};

class PageBoxesPass final : public FinishingPass {
 public:
  explicit PageBoxesPass(SheetGeometry sheet) : sheet_(sheet) {}
  void apply(QPDF& pdf) const override;

 private:
  SheetGeometry sheet_;
};

}  // namespace persklaar::pdf
