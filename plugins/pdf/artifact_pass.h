#pragma once
// Artifacts for a painting made by Cairo 1.16, which cannot write them. The painter paints every
// mark that is not part of the text (paper, rules, colour fields, running heads, folios) inside a
// structure element of its own: a leaf tagged "Private" (Cairo accepts only standard names; the
// layout never uses this one), so that Cairo wraps exactly those marks in one marked-content sequence
// "/Private <</MCID n>> BDC … EMC". This pass turns each such sequence into a real artifact
// ("/Artifact <</Type /Pagination /Subtype /Header>> BDC" for a running head), takes the element out
// of the structure tree and its MCIDs out of the parent tree. The marks stay exactly where Cairo put
// them: only the sequence's properties change.
#include <vector>

#include "plugins/pdf/finishing_pass.h"

namespace persklaar::pdf {

class ArtifactPass final : public FinishingPass {
 public:
  // `elements`: the painter's additions, one per structure element in Cairo's order. Left alone
  // when the tree does not have as many elements.
  explicit ArtifactPass(std::vector<ElementAdditions> elements) : elements_(std::move(elements)) {}
  void apply(QPDF& pdf) const override;

 private:
  std::vector<ElementAdditions> elements_;
};

}  // namespace persklaar::pdf
