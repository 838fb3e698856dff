// The PDF output plugin: `pdf`, the interactive screen edition of the magazine, and `pdfx`, the
// print edition (PDF/X-4, CMYK, with bleed). Both paint the same frames, laid out once by the core's
// page builder, with Cairo; each is then finished by its own passes (edition_finishing.h).
#include <cstdlib>
#include <ctime>

#include "core/layout/magazine.h"
#include "core/output/atomic_file.h"
#include "core/pipeline/once_per_build.h"
#include "core/plugin/plugin_api.h"
#include "core/render/font_library.h"
#include "plugins/pdf/artifact_pass.h"
#include "plugins/pdf/edition_finishing.h"
#include "plugins/pdf/page_images.h"
#include "plugins/pdf/pdf_painter.h"

namespace persklaar::pdf {
namespace {

// The creation date written into the PDF: SOURCE_DATE_EPOCH when set (reproducible builds), else the
// publication's own date, so that rebuilding never changes the file.
std::string creation_date(const Metadata& metadata) {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    const std::time_t seconds = static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
    char buffer[32];
    std::tm utc{};
    gmtime_r(&seconds, &utc);  // editions run on threads of their own
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
  }
  std::string date = metadata.date.empty() ? "2000-01-01" : metadata.date;
  if (date.size() == 4) date += "-01";
  if (date.size() == 7) date += "-01";
  return date + "T00:00:00Z";
}

// Cairo deflates every stream of the PDF it paints; the finishing passes then inflate each page's
// content again to rewrite it, and qpdf deflates every stream anew when it writes the edition. So
// Cairo's deflating is wasted: it was a sixth of the painting's time. Cairo 1.16 has no call to
// leave it out, only the environment variable it reads when a PDF surface is made, which is set
// when this module is loaded: before any edition's thread, since setenv is not safe beside another
// thread's getenv. Set already (by a user debugging Cairo), it is left as it is.
__attribute__((constructor)) void paint_without_deflating() {
  setenv("CAIRO_DEBUG_PDF", "1", 0);
}

// The painting of a build's laid-out pages: `persklaar build` writes the screen and the print edition
// at the same time, and both finish the same painting, made once by whichever asks first.
std::shared_ptr<const PaintedPdf> painting_of(const std::shared_ptr<const LaidOutPublication>& laid_out,
                                              const Publication& publication, const PaintOptions& options) {
  static OncePerBuild<PaintOptions, PaintedPdf> painting;
  return painting.get(laid_out, options, [&] { return paint_pdf(*laid_out, publication, options); });
}

// The png format's options: ppi=N (pixels per inch) and page-bleed=true.
PageImageOptions page_image_options(const OutputRequest& request) {
  PageImageOptions options;
  if (const auto ppi = request.options.find("ppi"); ppi != request.options.end()) options.ppi = std::stod(ppi->second);
  const auto bleed = request.options.find("page-bleed");
  options.bleed = bleed != request.options.end() && bleed->second == "true";
  return options;
}

class PdfEditionWriter final : public OutputPlugin {
 public:
  std::vector<std::filesystem::path> write(const Publication& publication, const OutputRequest& request,
                                           Diagnostics& diagnostics) override {
    std::shared_ptr<const LaidOutPublication> made = request.print_layout;
    if (!made) {  // not paginated by the pipeline: lay out here
      const LayoutSpec spec = load_layout_or_default(request.layout_file);
      const auto text = FontLibrary::lock_text();
      made = std::make_shared<const LaidOutPublication>(lay_out_publication(publication, spec, diagnostics));
    }
    if (request.format == "png") {
      return write_page_images(*made, publication, request.output_directory / (request.base_name + "-pages"),
                               page_image_options(request));
    }
    const std::string date = creation_date(publication.metadata);
    const bool print = request.format == "pdfx";
    const auto marks = request.options.find("marks");
    const auto verdict = std::make_shared<PdfuaVerdict>();
    EditionRecipe recipe =
        print ? print_edition(publication, made->spec, date, marks != request.options.end() && marks->second != "false")
              : screen_edition(publication, date, verdict);
    const std::filesystem::path target =
        request.output_directory / (request.base_name + (print ? "-print.pdf" : ".pdf"));
    AtomicFile finished(target);
    const auto painted = painting_of(made, publication, recipe.paint);
    // Before any pass that changes the structure tree: the additions follow Cairo's order of it.
    recipe.passes.insert(recipe.passes.begin(), std::make_unique<ArtifactPass>(painted->elements));
    recipe.passes.insert(recipe.passes.begin(), std::make_unique<StructureElementPass>(painted->elements));
    finish_pdf(painted->bytes, finished.temporary_path(), recipe.passes, recipe.settings);
    if (!verdict->failed.empty()) {
      std::string failed;
      for (const auto& rule : verdict->failed) failed += (failed.empty() ? "" : ", ") + rule;
      diagnostics.warn({}, "the screen PDF is not claimed as PDF/UA-1: it fails " + failed,
                       "run persklaar preflight --profile pdfua on it to see where; an image needs its alt text");
    }
    finished.commit();
    if (!request.print_layout) {  // its Pango layouts go while no other edition paints text
      const auto text = FontLibrary::lock_text();
      made.reset();
    }
    return {target};
  }

  // Measured on the sample magazine: the screen edition paints (the print edition shares its
  // painting) and both are finished by qpdf; page images are painted and PNG-encoded, 14 ms a page
  // at the preview's 96 ppi.
  double milliseconds_per_page(const std::string& format) const override {
    if (format == "pdf") return 3.0;
    if (format == "pdfx") return 1.2;
    return 14.0;
  }
};

OutputPlugin* create_writer() {
  return new PdfEditionWriter();
}

const PersklaarPluginDescriptor kDescriptor{
    kPluginApiVersion,
    "pdf",
    static_cast<int>(PluginKind::output),
    "pdf,pdfx,png",
    "pdf: the magazine as an interactive, tagged screen PDF; pdfx: the print edition, PDF/X-4 in CMYK with "
    "bleed; png: every page as an image, NAME-pages/page-001.png… (Cairo, Pango, HarfBuzz, qpdf, lcms2)",
    nullptr,
    &create_writer};

}  // namespace
}  // namespace persklaar::pdf

PERSKLAAR_PLUGIN_EXPORT const PersklaarPluginDescriptor* persklaar_plugin_descriptor() {
  return &persklaar::pdf::kDescriptor;
}
