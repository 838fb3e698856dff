#include "tests/support/pipeline.h"

#include <stdexcept>

#include "core/input/manuscript.h"
#include "core/pipeline/build_editions.h"
#include "core/pipeline/load_publication.h"
#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar::testing {

const PluginHost& built_plugins() {
  static const PluginHost* host = [] {
    auto* loaded = new PluginHost();
    loaded->discover({build_plugin_dir()});
    return loaded;
  }();
  return *host;
}

Publication load(const std::filesystem::path& manuscript, Diagnostics& diagnostics) {
  return load_publication(locate_manuscript(manuscript, diagnostics), built_plugins(), diagnostics);
}

Publication load(const std::filesystem::path& manuscript) {
  Diagnostics diagnostics;
  return load(manuscript, diagnostics);
}

Publication read_markdown(const std::string& markdown, Diagnostics& diagnostics) {
  TemporaryFolder folder;
  const auto file = folder.write("manuscript.md", markdown);
  const LoadedPlugin* plugin = built_plugins().input_for_extension("md");
  if (!plugin) throw std::runtime_error("the markdown plugin was not built");
  return PluginHost::create_input(*plugin)->read(file, diagnostics);
}

Publication load_markdown(const std::string& markdown) {
  TemporaryFolder folder;
  return load(folder.write("manuscript.md", markdown));
}

std::string render(const Publication& publication, const std::string& format, const std::filesystem::path& folder,
                   std::map<std::string, std::string> options) {
  Diagnostics diagnostics;
  EditionRequest request{{format}, folder, "edition", {}, std::move(options), nullptr};
  const auto results = build_editions(publication, request, built_plugins(), diagnostics);
  if (results.size() != 1 || !results.front().error.empty() || results.front().files.empty()) {
    throw std::runtime_error("the " + format + " edition failed: " + (results.empty() ? "" : results.front().error));
  }
  return read_file(results.front().files.front());
}

}  // namespace persklaar::testing
