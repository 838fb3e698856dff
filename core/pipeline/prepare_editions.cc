#include "core/pipeline/prepare_editions.h"

#include <memory>
#include <set>

namespace persklaar {
namespace {

// Past this many blocks a copy of the publication costs memory a long book needs for its layout, and
// the time prepared is small beside the layout's: such a book is not prepared.
constexpr std::size_t kMostBlocksCopied = 20000;

std::size_t block_count(const Publication& publication) {
  std::size_t count = 0;
  for (const Chapter& chapter : publication.chapters) {
    for (const Section& section : chapter.sections) count += section.blocks.size();
  }
  return count;
}

void prepare(const Publication& publication, const EditionRequest& request, const PluginHost& plugins,
             const std::vector<std::string>& formats) {
  std::set<const LoadedPlugin*> prepared;
  for (const std::string& format : formats) {
    const LoadedPlugin* plugin = plugins.output_for_format(format);
    if (!plugin || !prepared.insert(plugin).second) continue;  // one preparation a plugin
    try {
      const OutputRequest output{format, {}, request.base_name, request.layout_file, request.options, nullptr};
      PluginHost::create_output(*plugin)->prepare(publication, output);
    } catch (...) {  // write() meets the same problem and reports it
    }
  }
}

}  // namespace

EditionPreparation::EditionPreparation(const Publication& publication, const EditionRequest& request,
                                       const PluginHost& plugins) {
  if (std::thread::hardware_concurrency() < 2 || block_count(publication) > kMostBlocksCopied) return;
  try {
    std::vector<std::string> formats = resolve_formats(request, plugins);
    auto copy = std::make_shared<const Publication>(publication);
    thread_ = std::thread(
        [copy, request, &plugins, formats = std::move(formats)] { prepare(*copy, request, plugins, formats); });
  } catch (...) {  // an unknown format is the build's error, reported when the editions are written
  }
}

EditionPreparation::~EditionPreparation() {
  finish();
}

void EditionPreparation::finish() {
  if (thread_.joinable()) thread_.join();
}

}  // namespace persklaar
