#include "plugins/pdf/edition_finishing.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/passes/identifier.h"
#include "plugins/pdf/cmyk_conversion.h"
#include "plugins/pdf/page_boxes.h"
#include "plugins/pdf/pdfua_conformance.h"
#include "plugins/pdf/pdfx_conformance.h"

namespace persklaar::pdf {
namespace {

constexpr double kMarksMargin = 24;  // points beyond the bleed for crop marks (1.5 pt gap + 12 pt mark)
constexpr const char* kUrlNamespace = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";  // RFC 4122

std::string read_bytes(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read the output profile " + file.string());
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// The document's description; `variant` tells an edition's stable UUID from the others'.
DocumentInfo document_info(const Metadata& m, const std::string& date, const std::string& variant) {
  DocumentInfo info;
  info.title = m.title;
  info.author = document_author(m);
  info.subject = m.subtitle;
  info.date = date;
  info.document_id = name_based_uuid(kUrlNamespace, stable_identifier(m) + variant);
  info.language = m.language;
  return info;
}

}  // namespace

EditionRecipe screen_edition(const Publication& publication, const std::string& date,
                             std::shared_ptr<PdfuaVerdict> verdict) {
  EditionRecipe recipe;
  recipe.paint.create_date = date;
  const Metadata& m = publication.metadata;
  recipe.passes.push_back(std::make_unique<CatalogPass>(m.language));
  recipe.passes.push_back(std::make_unique<PdfuaConformancePass>(document_info(m, date, ""), std::move(verdict)));
  return recipe;
}

EditionRecipe print_edition(const Publication& publication, const LayoutSpec& layout, const std::string& date,
                            bool marks) {
  EditionRecipe recipe;
  const PageGeometry& g = layout.page;
  // Without marks the print edition shares the screen edition's painting; marks need a larger sheet.
  recipe.paint.create_date = date;
  if (marks) recipe.paint = PaintOptions{g.bleed + kMarksMargin, true, false, date};
  const std::filesystem::path profile = output_profile_file(layout.print, layout);

  const Metadata& m = publication.metadata;
  // The print file is its own document beside the screen PDF, so it gets its own stable UUID.
  const DocumentInfo info = document_info(m, date, "#print");

  recipe.passes.push_back(std::make_unique<CatalogPass>(m.language));
  recipe.passes.push_back(std::make_unique<PageBoxesPass>(SheetGeometry{
      g.width, g.height, g.bleed, recipe.paint.sheet_margin, marks ? recipe.paint.sheet_margin : g.bleed}));
  recipe.passes.push_back(std::make_unique<CmykConversionPass>(std::make_shared<const PrintPalette>(layout, profile)));
  recipe.passes.push_back(std::make_unique<PdfxConformancePass>(info, layout.print, read_bytes(profile)));
  recipe.settings.pdf_version = "1.6";
  recipe.settings.content_id = true;
  // The printer's file: its size matters little beside its photos, and packing its objects into
  // object streams made the build of the sample 4 ms longer (21 alternating runs).
  recipe.settings.object_streams = false;
  return recipe;
}

}  // namespace persklaar::pdf
