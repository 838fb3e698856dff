#pragma once
// The print edition's colour pass: every colour Cairo painted in RGB becomes its CMYK from the
// print palette. Content streams (pages and the forms they use) are rewritten with qpdf's tokenizer,
// operator by operator: `r g b rg` becomes `c m y k k` (and RG, g, G, and sc/scn in a DeviceRGB
// colour space alike); RGB images are converted pixel by pixel; transparency groups blend in
// DeviceCMYK. Nothing else in the streams changes.
#include "plugins/pdf/finishing_pass.h"
#include "plugins/pdf/print_palette.h"

namespace persklaar::pdf {

class CmykConversionPass final : public FinishingPass {
 public:
  explicit CmykConversionPass(std::shared_ptr<const PrintPalette> palette) : palette_(std::move(palette)) {}
  void apply(QPDF& pdf) const override;

 private:
  std::shared_ptr<const PrintPalette> palette_;
};

}  // namespace persklaar::pdf
