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

}  // namespace persklaar::pdf
