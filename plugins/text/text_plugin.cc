// The plain-text output plugin: `txt`, the accessible edition for screen-reader users.
#include "core/output/atomic_file.h"
#include "core/plugin/plugin_api.h"
#include "plugins/text/text_writer.h"

namespace persklaar::text {
namespace {

std::size_t wrap_option(const OutputRequest& request) {
  const auto found = request.options.find("wrap");
  if (found == request.options.end() || found->second.empty()) return 0;
  std::size_t used = 0;
  int width = -1;
  try {
    width = std::stoi(found->second, &used);
  } catch (const std::exception&) {
  }
  if (used != found->second.size() || width < 0 || (width > 0 && width < 20)) {
    throw InputError(
        {}, "--wrap takes a width of at least 20 characters, or 0 for no wrapping, not '" + found->second + "'");
  }
  return static_cast<std::size_t>(width);
}

class TextEditionWriter final : public OutputPlugin {
 public:
  std::vector<std::filesystem::path> write(const Publication& publication, const OutputRequest& request,
                                           Diagnostics&) override {
    const std::string text = render_text_edition(publication, TextOptions{wrap_option(request)});
    const std::filesystem::path target = request.output_directory / (request.base_name + ".txt");
    write_file_atomically(target, text);
    return {target};
  }

  double milliseconds_per_page(const std::string& /*format*/) const override { return 0.05; }
};

OutputPlugin* create_writer() {
  return new TextEditionWriter();
}

const PersklaarPluginDescriptor kDescriptor{kPluginApiVersion,
                                            "text",
                                            static_cast<int>(PluginKind::output),
                                            "txt",
                                            "accessible plain-text edition for screen-reader and braille users",
                                            nullptr,
                                            &create_writer};

}  // namespace
}  // namespace persklaar::text

PERSKLAAR_PLUGIN_EXPORT const PersklaarPluginDescriptor* persklaar_plugin_descriptor() {
  return &persklaar::text::kDescriptor;
}
