#pragma once
// Step two of a build: one output plugin per requested format renders the prepared publication.
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/diagnostics/diagnostic.h"
#include "core/plugin/plugin_host.h"

namespace persklaar {

class EditionPreparation;
struct EditionResult;

struct EditionRequest {
  std::vector<std::string> formats;  // empty: every format the output plugins write (made_only_on_request aside)
  std::filesystem::path output_directory;
  std::string base_name;
  std::filesystem::path layout_file;
  std::map<std::string, std::string> options;
  std::shared_ptr<const LaidOutPublication> print_layout;  // from paginate_for_editions, may be null
  const EditionPreparation* preparation = nullptr;         // the preparation still running, if any (prepare_editions.h)
  // Called with each edition's result the moment it is written (or has failed), on the thread that
  // wrote it, while the others may still run: the preview shows new page images before the PDFs are
  // done. Must be safe to call from several threads at once, and must not throw.
  std::function<void(const EditionResult&)> edition_done = nullptr;
};

struct EditionResult {
  std::string format;
  std::vector<std::filesystem::path> files;  // empty when the edition failed
  std::string error;                         // the failure as text, empty on success
  Diagnostic failure;                        // the failure, with `edition` set, when `error` is not empty
  long milliseconds = 0;                     // how long the edition took on its thread
};

// Formats made only when named (-t png): page images are a view of the print edition, not an edition
// for readers, so "every edition" leaves them out.
bool made_only_on_request(const std::string& format);

// Whether the edition is a folder of files rather than one file (the page images, one per page), so
// that it cannot be written to one file or to standard output.
bool written_as_several_files(const std::string& format);

// Checks that every requested format has a plugin before anything is written; throws InputError
// naming the unknown format and the known ones.
std::vector<std::string> resolve_formats(const EditionRequest& request, const PluginHost& plugins);

// The indices of `formats` in the order their editions are started: the longest first (by their
// plugins' estimates, OutputPlugin::milliseconds_per_page), so that the long ones run beside each
// other and the short ones fill in, and the build's editions end together.
std::vector<std::size_t> starting_order(const std::vector<std::string>& formats, const PluginHost& plugins);

// Renders every format, as many at a time as there are cores, each edition on one thread (the
// publication and its laid-out pages are read-only by now), and returns the results in the order of
// the formats. An edition that fails is
// reported in its result and leaves no file; the others are still made. What the editions report
// reaches `diagnostics` after all are done, in the order of the formats.
std::vector<EditionResult> build_editions(const Publication& publication, const EditionRequest& request,
                                          const PluginHost& plugins, Diagnostics& diagnostics);

}  // namespace persklaar
