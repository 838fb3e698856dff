#include "core/pipeline/build_editions.h"

#include <algorithm>

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
      result.error = error.diagnostic().to_string();
    } catch (const std::exception& error) {
      result.error = std::string("error: the ") + format + " edition failed: " + error.what();
    }
    results.push_back(std::move(result));
  }
  return results;
}

}  // namespace persklaar
