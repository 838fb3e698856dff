// The Markdown input plugin: CommonMark manuscripts with a YAML metadata block
// (docs/manuscript-format.md), read by plugins/markdown/markdown_reader.
#include "core/input/source_file.h"
#include "core/plugin/plugin_api.h"
#include "plugins/markdown/markdown_reader.h"

namespace persklaar::markdown {
namespace {

class MarkdownReader final : public InputPlugin {
 public:
  Publication read(const std::filesystem::path& file, Diagnostics& diagnostics) override {
    return read_markdown(read_source_text(file), diagnostics);
  }
};

InputPlugin* create_reader() {
  return new MarkdownReader();
}

const PersklaarPluginDescriptor kDescriptor{kPluginApiVersion,
                                            "markdown",
                                            static_cast<int>(PluginKind::input),
                                            "md,markdown",
                                            "CommonMark manuscripts with a YAML metadata block (cmark-gfm)",
                                            &create_reader,
                                            nullptr};

}  // namespace
}  // namespace persklaar::markdown

PERSKLAAR_PLUGIN_EXPORT const PersklaarPluginDescriptor* persklaar_plugin_descriptor() {
  return &persklaar::markdown::kDescriptor;
}
