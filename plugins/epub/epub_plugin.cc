// The EPUB output plugin: `epub`, a reflowable EPUB 3 for e-readers and assistive technology, in the
// magazine's typography, valid for epubcheck and accessible for DAISY Ace.
#include <cstdlib>

#include "core/layout/layout_spec.h"
#include "core/output/atomic_file.h"
#include "core/plugin/plugin_api.h"
#include "plugins/epub/build_time.h"
#include "plugins/epub/epub_archive.h"
#include "plugins/epub/epub_book.h"

namespace persklaar::epub {
namespace {

class EpubEditionWriter final : public OutputPlugin {
 public:
  std::vector<std::filesystem::path> write(const Publication& publication, const OutputRequest& request,
                                           Diagnostics& diagnostics) override {
    const LayoutSpec layout = load_layout_or_default(request.layout_file);
    const std::int64_t timestamp = build_time(publication.metadata, std::getenv("SOURCE_DATE_EPOCH"));
    std::vector<ArchiveEntry> entries = assemble_epub(publication, layout, timestamp, diagnostics);

    // libzip writes the temporary file by name (through its own temporary and a rename), so the
    // edition appears under its real name only when the archive is complete.
    const std::filesystem::path target = request.output_directory / (request.base_name + ".epub");
    AtomicFile file(target);
    write_epub_archive(file.temporary_path(), std::move(entries), timestamp);
    file.commit();
    return {target};
  }

  void prepare(const Publication& publication, const OutputRequest& request) override {
    prepare_epub_fonts(publication, load_layout_or_default(request.layout_file));
  }

  // Measured on the sample magazine, with the fonts prepared: the cover, the documents, the archive.
  double milliseconds_per_page(const std::string& /*format*/) const override { return 0.5; }
};

OutputPlugin* create_writer() {
  return new EpubEditionWriter();
}

const PersklaarPluginDescriptor kDescriptor{kPluginApiVersion,
                                            "epub",
                                            static_cast<int>(PluginKind::output),
                                            "epub",
                                            "reflowable EPUB 3 e-book, accessible (EPUB Accessibility 1.1)",
                                            nullptr,
                                            &create_writer};

}  // namespace
}  // namespace persklaar::epub

PERSKLAAR_PLUGIN_EXPORT const PersklaarPluginDescriptor* persklaar_plugin_descriptor() {
  return &persklaar::epub::kDescriptor;
}
