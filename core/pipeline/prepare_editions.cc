#include "core/pipeline/prepare_editions.h"

#include <memory>

#include "core/pipeline/thread_priority.h"

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

}  // namespace

EditionPreparation::EditionPreparation(const Publication& publication, const EditionRequest& request,
                                       const PluginHost& plugins) {
  if (std::thread::hardware_concurrency() < 2 || block_count(publication) > kMostBlocksCopied) return;
  try {
    // One preparation a plugin, in the order its first edition will be started.
    const std::vector<std::string> formats = resolve_formats(request, plugins);
    std::vector<Preparing> order;
    for (const std::size_t k : starting_order(formats, plugins)) {
      const LoadedPlugin* plugin = plugins.output_for_format(formats[k]);
      if (plugin && pending_.insert(plugin).second) order.push_back({plugin, formats[k]});
    }
    auto copy = std::make_shared<const Publication>(publication);
    thread_ = std::thread([this, copy, request, order] {
      run_behind_the_main_thread();  // it runs on past the layout, beside the painting
      prepare(*copy, request, order);
    });
  } catch (...) {  // an unknown format is the build's error, reported when the editions are written
    pending_.clear();
  }
}

EditionPreparation::~EditionPreparation() {
  finish();
}

void EditionPreparation::prepare(const Publication& publication, const EditionRequest& request,
                                 const std::vector<Preparing>& order) {
  for (const Preparing& next : order) {
    try {
      const OutputRequest output{next.format, {}, request.base_name, request.layout_file, request.options, nullptr};
      PluginHost::create_output(*next.plugin)->prepare(publication, output);
    } catch (...) {  // write() meets the same problem and reports it
    }
    prepared(next.plugin);
  }
}

void EditionPreparation::prepared(const LoadedPlugin* plugin) {
  {
    const std::lock_guard lock(mutex_);
    pending_.erase(plugin);
  }
  changed_.notify_all();
}

void EditionPreparation::wait_for(const LoadedPlugin* plugin) const {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return pending_.count(plugin) == 0; });
}

void EditionPreparation::finish() {
  if (thread_.joinable()) thread_.join();
}

}  // namespace persklaar
