// The braille output plugin: `brf` (ASCII braille for embossers) and `pef` (PEF 1.0), made from the
// model with liblouis; with the option braille-preview, also a Unicode-braille .braille.txt.
#include <mutex>
#include <tuple>

#include "core/layout/layout_spec.h"
#include "core/output/atomic_file.h"
#include "core/pipeline/once_per_build.h"
#include "core/plugin/plugin_api.h"
#include "plugins/braille/braille_edition.h"
#include "plugins/braille/braille_formats.h"

namespace persklaar::braille {
namespace {

bool preview_asked(const OutputRequest& request) {
  const auto found = request.options.find("braille-preview");
  return found != request.options.end() && found->second != "false" && found->second != "0";
}

// liblouis's table cache is not safe across threads: whoever translates holds this.
std::mutex& liblouis() {
  static std::mutex lock;
  return lock;
}

// How many pages the contents took when the braille pages were last made (held with liblouis()):
// the next making starts from it, and so usually lays the body out once instead of twice. Only a
// first guess, which the making checks, so a stale one costs a round and nothing else.
int& contents_pages_last_made() {
  static int pages = 1;
  return pages;
}

// The braille pages of a build, made once and written by both the BRF and the PEF edition (at the
// same time, on threads of their own), so the text is translated once.
std::shared_ptr<const BrailleEdition> edition_of(const Publication& publication, const OutputRequest& request,
                                                 const BraillePage& geometry, Diagnostics& diagnostics) {
  static OncePerBuild<std::tuple<int, int, bool>, BrailleEdition> edition;
  return edition.get(request.print_layout, {geometry.cells, geometry.lines, geometry.duplex}, [&] {
    const std::lock_guard<std::mutex> lock(liblouis());
    BrailleEdition made = make_braille_edition(publication, geometry, diagnostics, {contents_pages_last_made()});
    contents_pages_last_made() = made.contents_pages;
    return made;
  });
}

class BrailleEditionWriter final : public OutputPlugin {
 public:
  std::vector<std::filesystem::path> write(const Publication& publication, const OutputRequest& request,
                                           Diagnostics& diagnostics) override {
    const LayoutSpec layout = load_layout_or_default(request.layout_file);
    const std::shared_ptr<const BrailleEdition> shared = edition_of(publication, request, layout.braille, diagnostics);
    const BrailleEdition& edition = *shared;
    std::vector<std::filesystem::path> written;
    const std::filesystem::path target = request.output_directory / (request.base_name + "." + request.format);
    write_file_atomically(
        target, request.format == "pef" ? pef_document(edition, publication.metadata) : brf_document(edition));
    written.push_back(target);
    if (preview_asked(request)) {
      const std::filesystem::path preview = request.output_directory / (request.base_name + ".braille.txt");
      write_file_atomically(preview, preview_document(edition));
      written.push_back(preview);
    }
    return written;
  }

  // One round of the braille pages, without the print page numbers: what write() asks liblouis for
  // is then in braille::translate's memory (braille_text.h), compiling the tables is done, and the
  // contents' length found is write()'s first guess.
  void prepare(const Publication& publication, const OutputRequest& request) override {
    Diagnostics unreported;
    const std::lock_guard<std::mutex> lock(liblouis());
    const BrailleEdition made = make_braille_edition(publication, load_layout_or_default(request.layout_file).braille,
                                                     unreported, {contents_pages_last_made(), false});
    contents_pages_last_made() = made.contents_pages;
  }

  // Measured on the sample magazine, once prepared: the print page numbers go in, the file goes out.
  double milliseconds_per_page(const std::string& format) const override { return format == "pef" ? 0.1 : 0.2; }
};

OutputPlugin* create_writer() {
  return new BrailleEditionWriter();
}

const PersklaarPluginDescriptor kDescriptor{kPluginApiVersion,
                                            "braille",
                                            static_cast<int>(PluginKind::output),
                                            "brf,pef",
                                            "braille edition (liblouis): BRF for embossers and PEF 1.0",
                                            nullptr,
                                            &create_writer};

}  // namespace
}  // namespace persklaar::braille

PERSKLAAR_PLUGIN_EXPORT const PersklaarPluginDescriptor* persklaar_plugin_descriptor() {
  return &persklaar::braille::kDescriptor;
}
