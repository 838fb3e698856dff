// The Word input plugin: .docx (OOXML, read with libzip and tinyxml2), Flat OPC and Word 2003 XML
// files, the flavour told from the content. Word's styles carry the structure, read through the same
// conventions as Markdown (docs/manuscript-format.md).
#include "core/input/content_limits.h"
#include "core/input/source_file.h"
#include "core/plugin/plugin_api.h"
#include "plugins/docx/file_kind.h"
#include "plugins/docx/package.h"
#include "plugins/docx/word_reader.h"

namespace persklaar::docx {
namespace {

class WordReader final : public InputPlugin {
 public:
  Publication read(const std::filesystem::path& path, Diagnostics& diagnostics) override {
    const std::string file = path.string();
    // The same checks as every manuscript file: a regular file, within the file-size limit.
    Publication publication = read_document(file, read_file_bytes(path), diagnostics);
    // The limits the Markdown reader checks on its text, checked on what the document became.
    enforce_content_limits(publication, diagnostics);
    return publication;
  }

 private:
  static Publication read_document(const std::string& file, std::string bytes, Diagnostics& diagnostics) {
    const FileKind kind = kind_of_file(bytes);
    refuse_unreadable(kind, file, bytes);
    switch (kind) {
      case FileKind::zip_package: return read_ooxml(read_zip_package(file, std::move(bytes)), diagnostics);
      case FileKind::flat_opc: return read_ooxml(read_flat_opc_package(file, bytes), diagnostics);
      default: return read_word_2003(file, bytes, diagnostics);
    }
  }
};

InputPlugin* create_reader() {
  return new WordReader();
}

const PersklaarPluginDescriptor kDescriptor{kPluginApiVersion,
                                            "docx",
                                            static_cast<int>(PluginKind::input),
                                            "docx,docm,dotx,xml",
                                            "Word documents: .docx, Flat OPC and Word 2003 XML (libzip, tinyxml2)",
                                            &create_reader,
                                            nullptr};

}  // namespace
}  // namespace persklaar::docx

PERSKLAAR_PLUGIN_EXPORT const PersklaarPluginDescriptor* persklaar_plugin_descriptor() {
  return &persklaar::docx::kDescriptor;
}
