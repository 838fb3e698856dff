#include "core/pipeline/build_editions.h"

#include <algorithm>

#include "core/output/interrupt.h"

namespace persklaar {

std::vector<std::string> resolve_formats(const EditionRequest& request, const PluginHost& plugins) {
  const std::vector<std::string> known = plugins.output_formats();
  if (request.formats.empty()) {
    if (known.empty()) {
      throw InputError({}, "no output plugins were found", "run 'persklaar plugins' to see where persklaar looks");
    }
    return known;
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

std::vector<EditionResult> build_editions(const Publication& publication, const EditionRequest& request,
                                          const PluginHost& plugins, Diagnostics& diagnostics) {
  std::filesystem::create_directories(request.output_directory);
  remove_stale_temporaries(request.output_directory);
  std::vector<EditionResult> results;
  for (const auto& format : resolve_formats(request, plugins)) {
    EditionResult result{format, {}, {}};
    OutputRequest output{format,          request.output_directory, request.base_name, request.layout_file,
                         request.options, request.print_layout};
    try {
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
    results.push_back(std::move(result));
  }
  return results;
}

}  // namespace persklaar
