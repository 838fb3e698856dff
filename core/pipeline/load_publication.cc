#include "core/pipeline/load_publication.h"

#include <algorithm>

#include "core/conventions/editorial_checks.h"
#include "core/input/limits.h"
#include "core/input/metadata_yaml.h"
#include "core/passes/structure.h"
#include "core/text/ascii_case.h"

namespace persklaar {
namespace {

std::string extension_of(const std::filesystem::path& file) {
  std::string extension = ascii_lowercase(file.extension().string());
  if (!extension.empty()) extension.erase(0, 1);
  return extension;
}

std::string list_of(const std::vector<std::string>& extensions) {
  std::string out;
  for (const auto& extension : extensions) out += (out.empty() ? "." : ", .") + extension;
  return out.empty() ? "none: no input plugin was found" : out;
}

const LoadedPlugin& reader_for(const ManuscriptPart& part, const PluginHost& plugins) {
  const std::string extension = extension_of(part.file);
  if (const LoadedPlugin* plugin = plugins.input_for_extension(extension)) return *plugin;
  const SourcePosition where = part.named_at.file ? part.named_at : position_in(part.file.string());
  throw InputError(where,
                   extension.empty() ? "'" + part.file.string() + "' has no extension, so its format is unknown"
                                     : "no input plugin reads '." + extension + "' files",
                   "formats that can be read: " + list_of(plugins.input_extensions()));
}

// A file the input plugins could read, lying in the manuscript folder, that the manifest does not
// name: most likely a chapter forgotten in 'chapters:'.
void warn_unlisted_files(const Manuscript& manuscript, const PluginHost& plugins, Diagnostics& diagnostics) {
  if (manuscript.folder.empty()) return;
  const std::vector<std::string> readable = plugins.input_extensions();
  std::vector<std::filesystem::path> unlisted;
  for (const auto& entry : std::filesystem::directory_iterator(manuscript.folder)) {
    if (!entry.is_regular_file()) continue;
    const std::string extension = extension_of(entry.path());
    if (std::find(readable.begin(), readable.end(), extension) == readable.end()) continue;
    const bool listed = std::any_of(manuscript.parts.begin(), manuscript.parts.end(), [&](const ManuscriptPart& part) {
      return std::filesystem::equivalent(part.file, entry.path());
    });
    if (!listed) unlisted.push_back(entry.path());
  }
  std::sort(unlisted.begin(), unlisted.end());
  for (const auto& file : unlisted) {
    diagnostics.warn(manuscript.metadata.position,
                     "'" + file.filename().string() +
                         "' is in the manuscript folder but not in 'chapters:', so it is "
                         "left out",
                     "add it to the chapters list in reading order, or move it out of the folder");
  }
}

// Checked after each file, so that a runaway manuscript stops before it has all been built up.
void check_chapter_count(const Publication& publication, const ManuscriptPart& part) {
  const std::size_t limit = input_limits().chapters;
  if (publication.chapters.size() <= limit) return;
  const Chapter& over = publication.chapters[limit];
  throw InputError(over.position.file ? over.position : position_in(part.file.string()),
                   "the manuscript has more than " + std::to_string(limit) + " chapters",
                   "a chapter starts at every '#' heading; raise the limit with --limit chapters=N if this is meant");
}

}  // namespace

Publication load_publication(const Manuscript& manuscript, const PluginHost& plugins, Diagnostics& diagnostics) {
  warn_unlisted_files(manuscript, plugins, diagnostics);
  Publication publication;
  publication.metadata = manuscript.metadata;
  for (const ManuscriptPart& part : manuscript.parts) {
    const LoadedPlugin& plugin = reader_for(part, plugins);
    Publication fragment = PluginHost::create_input(plugin)->read(part.file, diagnostics);
    // A chapter file of a folder must open with its title; a single file may open with untitled text.
    if (part.named_at.file) check_part_begins_with_chapter(fragment, part.file.filename().string());
    merge_metadata(publication.metadata, fragment.metadata, diagnostics);
    for (Chapter& chapter : fragment.chapters) publication.chapters.push_back(std::move(chapter));
    check_chapter_count(publication, part);
  }
  // A single file without a metadata block: what the metadata lacks is to be added at its top.
  if (!publication.metadata.position.file && !manuscript.parts.empty()) {
    publication.metadata.position = position_in(manuscript.parts.front().file.string(), 1);
  }
  override_metadata(publication.metadata, manuscript.overrides);
  check_editorial_conventions(publication, diagnostics);
  return prepare_publication(std::move(publication), diagnostics);
}

}  // namespace persklaar
