#pragma once
// Finishing passes: the work Cairo 1.16 cannot do, done with qpdf over the painted file. An edition
// is painted once, then each pass of its list changes the document in turn, and the result is
// written once. The screen and print editions differ only in their lists (edition_finishing.h), so
// a new requirement of one edition is a new pass, never a flag in the painter.
#include <filesystem>
#include <memory>
#include <qpdf/QPDF.hh>
#include <string>
#include <vector>

#include "plugins/pdf/pdf_painter.h"

namespace persklaar::pdf {

class FinishingPass {
 public:
  virtual ~FinishingPass() = default;
  virtual void apply(QPDF& pdf) const = 0;
};

using FinishingPasses = std::vector<std::unique_ptr<const FinishingPass>>;

struct WriteSettings {
  std::string pdf_version;  // the header to write, e.g. "1.6"; empty keeps the painted file's
  // true: the trailer ID's second half is computed from the content and its first kept from the
  // document (a pass sets it); false: qpdf's fixed ID. Either way rebuilding gives the same bytes.
  bool content_id = false;
  // true: the objects are packed into deflated object streams (the screen PDF a third smaller);
  // false: each is written plainly, which is faster and what every print workflow reads.
  bool object_streams = true;
};

// Reads the painted PDF's bytes, applies `passes` in order and writes `finished`. Throws
// std::runtime_error with qpdf's message on failure.
void finish_pdf(const std::string& painted, const std::filesystem::path& finished, const FinishingPasses& passes,
                const WriteSettings& settings);

// The catalog entries both editions need and Cairo cannot write: the document language (/Lang, which
// screen readers need), the title shown instead of the file name, and the mark that it is tagged.
class CatalogPass final : public FinishingPass {
 public:
  explicit CatalogPass(std::string language) : language_(std::move(language)) {}
  void apply(QPDF& pdf) const override;

 private:
  std::string language_;  // BCP 47, e.g. "nl"
};

// The structure elements of the tree (under its StructTreeRoot), depth first in /K order: the order
// in which Cairo created them, so element k is the one the painter's k-th ElementAdditions describe.
std::vector<QPDFObjectHandle> structure_elements(QPDF& pdf);

// What Cairo cannot write on structure elements: the language of an element in another language than
// the document's (/Lang), a note's anchor (/ID), a figure's alternative text (/Alt) and a link annotation's description
// (/Contents). Left alone when the tree does not have as many elements as the painter made.
class StructureElementPass final : public FinishingPass {
 public:
  explicit StructureElementPass(std::vector<ElementAdditions> elements) : elements_(std::move(elements)) {}
  void apply(QPDF& pdf) const override;

 private:
  std::vector<ElementAdditions> elements_;  // depth-first, in the order Cairo created them
};

}  // namespace persklaar::pdf
