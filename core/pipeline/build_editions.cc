#include "core/pipeline/build_editions.h"

#include <algorithm>
#include <chrono>
#include <mutex>
#include <numeric>
#include <optional>
#include <set>
#include <system_error>
#include <thread>

#include "core/layout/frame.h"
#include "core/output/interrupt.h"
#include "core/pipeline/prepare_editions.h"
#include "core/pipeline/thread_priority.h"

namespace persklaar {

bool made_only_on_request(const std::string& format) {
  return format == "png";
}

bool written_as_several_files(const std::string& format) {
  return format == "png";
}

std::vector<std::string> resolve_formats(const EditionRequest& request, const PluginHost& plugins) {
  const std::vector<std::string> known = plugins.output_formats();
  if (request.formats.empty()) {
    if (known.empty()) {
      throw InputError({}, "no output plugins were found", "run 'persklaar plugins' to see where persklaar looks");
    }
    std::vector<std::string> every;
    std::copy_if(known.begin(), known.end(), std::back_inserter(every),
                 [](const std::string& format) { return !made_only_on_request(format); });
    return every;
  }
  for (const auto& format : request.formats) {
    if (!plugins.output_for_format(format)) {
      std::string list;
      for (const auto& name : known) list += (list.empty() ? "" : ", ") + name;
      throw InputError({}, "unknown edition format '" + format + "'", "formats available: " + list);
    }
  }
  return request.formats;
}

std::vector<std::size_t> starting_order(const std::vector<std::string>& formats, const PluginHost& plugins) {
  std::vector<double> estimate;
  for (const std::string& format : formats) {
    const LoadedPlugin* plugin = plugins.output_for_format(format);
    estimate.push_back(plugin ? PluginHost::create_output(*plugin)->milliseconds_per_page(format) : 0);
  }
  std::vector<std::size_t> order(formats.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return estimate[a] > estimate[b]; });
  return order;
}

namespace {

// A 3,000-page book written by two editions at once peaks at 1.7 GB; one at a time, at 0.9 GB.
constexpr std::size_t kPagesWrittenOneByOne = 2000;

// One edition, on whichever thread runs it: its failure is caught into its result.
EditionResult write_edition(const std::string& format, const Publication& publication, const EditionRequest& request,
                            const PluginHost& plugins, Diagnostics& diagnostics) {
  EditionResult result;
  result.format = format;
  const auto start = std::chrono::steady_clock::now();
  try {
    const OutputRequest output{format,          request.output_directory, request.base_name, request.layout_file,
                               request.options, request.print_layout};
    const LoadedPlugin& loaded = *plugins.output_for_format(format);
    if (request.preparation) request.preparation->wait_for(&loaded);
    auto plugin = PluginHost::create_output(loaded);
    result.files = plugin->write(publication, output, diagnostics);
  } catch (const InputError& error) {
    result.failure = error.diagnostic();
  } catch (const std::exception& error) {
    result.failure.message = "the " + format + " edition failed: " + error.what();
  }
  if (!result.failure.message.empty()) {
    result.failure.severity = Severity::error;
    result.failure.edition = format;
    result.error = result.failure.to_string();
  }
  result.milliseconds = static_cast<long>(
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count());
  return result;
}

// Which edition a free thread writes next, longest first (starting_order). Editions of one plugin
// share work made once per build (the screen and print PDF one painting, BRF and PEF one braille
// layout): started together, the second would only wait for the first. So a thread takes the first
// edition whose plugin has none running, and only when every plugin is busy the first edition left.
class EditionQueue {
 public:
  EditionQueue(const std::vector<std::string>& formats, const PluginHost& plugins)
      : order_(starting_order(formats, plugins)), started_(formats.size(), false) {
    for (const std::string& format : formats) plugin_of_.push_back(plugins.output_for_format(format));
  }

  std::optional<std::size_t> take() {
    const std::lock_guard<std::mutex> lock(mutex_);
    std::optional<std::size_t> chosen;
    for (std::size_t k : order_) {
      if (started_[k]) continue;
      if (!chosen) chosen = k;
      if (running_.count(plugin_of_[k]) == 0) {
        chosen = k;
        break;
      }
    }
    if (chosen) {
      started_[*chosen] = true;
      running_.insert(plugin_of_[*chosen]);
    }
    return chosen;
  }

  void done(std::size_t k) {
    const std::lock_guard<std::mutex> lock(mutex_);
    running_.erase(running_.find(plugin_of_[k]));
  }

 private:
  std::mutex mutex_;
  std::vector<std::size_t> order_;  // indices into the formats, in starting order
  std::vector<const LoadedPlugin*> plugin_of_;
  std::vector<bool> started_;
  std::multiset<const LoadedPlugin*> running_;
};

}  // namespace

std::vector<EditionResult> build_editions(const Publication& publication, const EditionRequest& request,
                                          const PluginHost& plugins, Diagnostics& diagnostics) {
  std::filesystem::create_directories(request.output_directory);
  remove_stale_temporaries(request.output_directory);
  const std::vector<std::string> formats = resolve_formats(request, plugins);
  std::vector<EditionResult> results(formats.size());
  std::vector<Diagnostics> reported(formats.size());
  const auto write = [&](std::size_t k) {
    results[k] = write_edition(formats[k], publication, request, plugins, reported[k]);
    if (request.edition_done) request.edition_done(results[k]);
  };
  // As many editions at a time as there are cores, each taking the next format when it is done: more
  // at once would not be faster, and a long book's editions each hold their whole file in memory.
  // Past kPagesWrittenOneByOne pages the editions go one after another instead: two long editions
  // held in memory together would pass the 1 GiB a build may use (README, "Limits").
  const bool long_book = request.print_layout && request.print_layout->pages.size() > kPagesWrittenOneByOne;
  const std::size_t workers =
      long_book ? 1 : std::min<std::size_t>(formats.size(), std::max(1u, std::thread::hardware_concurrency()));
  EditionQueue queue(formats, plugins);
  const auto work = [&] {
    for (std::optional<std::size_t> k; (k = queue.take());) {
      write(*k);
      queue.done(*k);
    }
  };
  // The longest edition is written on this thread, the build's main one; the others go to helper
  // threads that run behind it (thread_priority.h).
  const std::optional<std::size_t> longest = queue.take();
  std::vector<std::thread> threads;
  try {
    while (threads.size() + 1 < workers) {
      threads.emplace_back([&] {
        run_behind_the_main_thread();
        work();
      });
    }
  } catch (const std::system_error&) {  // no more threads: the ones there are will do
  }
  if (longest) {
    write(*longest);
    queue.done(*longest);
  }
  work();
  for (std::thread& thread : threads) thread.join();
  // What the editions reported, in the order of the formats, as if they had run one after another.
  for (Diagnostics& edition : reported) {
    for (Diagnostic& diagnostic : edition.collected()) diagnostics.report(std::move(diagnostic));
  }
  return results;
}

}  // namespace persklaar
