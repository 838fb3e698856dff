#include "core/pipeline/build_editions.h"

#include <algorithm>
#include <chrono>
#include <system_error>
#include <thread>

#include "core/output/interrupt.h"

namespace persklaar {

bool made_only_on_request(const std::string& format) {
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

namespace {

// One edition, on whichever thread runs it: its failure is caught into its result.
EditionResult write_edition(const std::string& format, const Publication& publication, const EditionRequest& request,
                            const PluginHost& plugins, Diagnostics& diagnostics) {
  EditionResult result;
  result.format = format;
  const auto start = std::chrono::steady_clock::now();
  try {
    const OutputRequest output{format,          request.output_directory, request.base_name, request.layout_file,
                               request.options, request.print_layout};
    auto plugin = PluginHost::create_output(*plugins.output_for_format(format));
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
  };
  if (formats.size() == 1 || std::thread::hardware_concurrency() < 2) {
    for (std::size_t k = 0; k < formats.size(); ++k) write(k);
  } else {
    // Every edition on a thread of its own: the scheduler shares the cores among them, so that a
    // long edition never waits behind a short one.
    std::vector<std::thread> threads;
    std::size_t k = 0;
    try {
      for (; k < formats.size(); ++k) threads.emplace_back(write, k);
    } catch (const std::system_error&) {  // no more threads: the rest on this one
      for (; k < formats.size(); ++k) write(k);
    }
    for (std::thread& thread : threads) thread.join();
  }
  // What the editions reported, in the order of the formats, as if they had run one after another.
  for (Diagnostics& edition : reported) {
    for (Diagnostic& diagnostic : edition.collected()) diagnostics.report(std::move(diagnostic));
  }
  return results;
}

}  // namespace persklaar
