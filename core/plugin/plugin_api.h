#pragma once
// The contract between Persklaar and its plugins. A plugin is a shared module (a CMake MODULE
// library) exporting one C function, `persklaar_plugin_descriptor`, that returns a descriptor. The
// host reads `api_version` first and refuses any module whose version differs from its own, so the
// rest of the descriptor and the C++ interfaces below may change whenever the version is raised.
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/diagnostics/diagnostic.h"
#include "core/model/publication.h"

namespace persklaar {

struct LaidOutPublication;

// Raise on any change to the descriptor, to InputPlugin/OutputPlugin or to the model types.
inline constexpr int kPluginApiVersion = 6;

enum class PluginKind : int { input = 1, output = 2 };

// Reads one manuscript file into a publication fragment (chapters, and metadata the file carries).
// Throws InputError for input it cannot read; reports warnings through `diagnostics`.
class InputPlugin {
 public:
  virtual ~InputPlugin() = default;
  virtual Publication read(const std::filesystem::path& file, Diagnostics& diagnostics) = 0;
};

struct OutputRequest {
  std::string format;                          // the format asked for, one of the plugin's formats
  std::filesystem::path output_directory;      // exists when write() is called
  std::string base_name;                       // e.g. "kenniscafes": editions are base_name + suffix
  std::filesystem::path layout_file;           // the layout to follow; empty for the default
  std::map<std::string, std::string> options;  // edition options from the command line, e.g. wrap=72
  // The print layout the pipeline already made with `layout_file` (see core/pipeline/paginate.h);
  // a paginated edition paints it instead of laying out again. May be null.
  std::shared_ptr<const LaidOutPublication> print_layout;
};

// Renders a publication into one edition. Writes only through AtomicFile, returns the files written,
// throws InputError when the publication cannot be rendered. The pipeline writes the editions of a
// build at the same time, each with its own plugin object on its own thread: the publication and
// the print layout are shared read-only, and state a plugin shares between its objects (statics)
// must be safe across threads (core/pipeline/once_per_build.h).
class OutputPlugin {
 public:
  virtual ~OutputPlugin() = default;
  virtual std::vector<std::filesystem::path> write(const Publication& publication, const OutputRequest& request,
                                                   Diagnostics& diagnostics) = 0;

  // Work the edition can do before the print pages exist (compiling tables, translating text), to
  // fill caches write() will find: the pipeline calls it on another thread while it lays the pages
  // out, with a copy of the publication as read (no print pages yet) and a request without an output
  // folder or print layout. write() must not depend on it having run, and it reports nothing (write()
  // reports what it finds). The default does nothing.
  virtual void prepare(const Publication& /*publication*/, const OutputRequest& /*request*/) {}

  // Roughly how long write() takes for `format`, in milliseconds of one core per print page of a
  // magazine. The pipeline starts the longest editions first, so that the build's editions end
  // together rather than one long edition after the others. The default suits a quick edition.
  virtual double milliseconds_per_page(const std::string& /*format*/) const { return 1.0; }
};

}  // namespace persklaar

extern "C" {

struct PersklaarPluginDescriptor {
  int api_version;                            // kPluginApiVersion of the core the plugin was built against; keep first
  const char* name;                           // "markdown", "text", …
  int kind;                                   // a PluginKind
  const char* formats;                        // comma-separated: file extensions an input reads ("md,markdown"),
                                              // or formats an output writes ("txt")
  const char* summary;                        // one line for `persklaar plugins`
  persklaar::InputPlugin* (*create_input)();  // set for input plugins, null otherwise
  persklaar::OutputPlugin* (*create_output)();  // set for output plugins, null otherwise
};

}  // extern "C"

// The name of the entry point every plugin exports, with C linkage.
#define PERSKLAAR_PLUGIN_ENTRY_POINT "persklaar_plugin_descriptor"
#define PERSKLAAR_PLUGIN_EXPORT extern "C" __attribute__((visibility("default")))
