#include "core/input/manuscript.h"

#include <cerrno>
#include <fstream>
#include <iterator>
#include <optional>

#include "core/input/limits.h"
#include "core/input/metadata_yaml.h"
#include "core/input/resource_access.h"
#include "core/input/source_file.h"

namespace persklaar {
namespace {

std::string stem_of(const std::filesystem::path& path) {
  std::filesystem::path clean = path;
  if (!clean.has_filename()) clean = clean.parent_path();  // "samples/kenniscafes/"
  const std::filesystem::path absolute = std::filesystem::absolute(clean).lexically_normal();
  return absolute.has_stem() ? absolute.stem().string() : "manuscript";
}

// The folder whose manifest `path` names: a folder itself, or the folder of its manuscript.yaml;
// nothing for a single manuscript file.
std::optional<std::filesystem::path> manifest_folder(const std::filesystem::path& path) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) return path;
  if (path.filename() == kManifestName) return path.has_parent_path() ? path.parent_path() : ".";
  return std::nullopt;
}

Manuscript read_manifest(const std::filesystem::path& folder, Diagnostics& diagnostics) {
  const std::filesystem::path manifest = folder / kManifestName;
  if (!std::filesystem::exists(manifest)) {
    throw InputError(position_in(folder.string()), std::string("the folder has no ") + kManifestName,
                     "a manuscript folder needs manuscript.yaml with the metadata and a 'chapters:' list of files");
  }
  const SourceText text = read_source_text(manifest);
  const YAML::Node mapping = parse_yaml_mapping(text.text, text.path, 1);
  Manuscript manuscript;
  manuscript.name = stem_of(folder);
  manuscript.metadata = metadata_from_yaml(mapping, text.path, 1, diagnostics, {"chapters"});
  const YAML::Node chapters = mapping["chapters"];
  if (!chapters || !chapters.IsSequence() || chapters.size() == 0) {
    throw InputError(position_in(text.path, chapters ? chapters.Mark().line + 1 : 0),
                     "the manifest lists no chapter files", "add a list:  chapters:\n    - 01-chapter.md");
  }
  if (chapters.size() > input_limits().chapters) {
    throw InputError(position_in(text.path, chapters.Mark().line + 1),
                     "the manifest lists " + std::to_string(chapters.size()) +
                         " chapter files, more than the limit of " + std::to_string(input_limits().chapters),
                     "raise the limit with --limit chapters=N if this is meant");
  }
  for (const auto& item : chapters) {
    const SourcePosition where = position_in(text.path, item.Mark().line + 1, item.Mark().column + 1);
    if (!item.IsScalar()) throw InputError(where, "a chapter entry must be a file name");
    const std::filesystem::path file = folder / item.as<std::string>();
    std::error_code error;
    const auto status = std::filesystem::status(file, error);
    if (error.value() == ELOOP) {
      throw InputError(
          where,
          "the manifest names '" + item.as<std::string>() + "', a loop of symbolic links that never reaches a file",
          "point the link at the chapter file itself");
    }
    if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
      throw InputError(where, "the manifest names '" + item.as<std::string>() + "', which is not a regular file",
                       "list chapter files only (no folders, pipes or devices)");
    }
    if (!std::filesystem::is_regular_file(status)) {
      throw InputError(where, "the manifest names '" + item.as<std::string>() + "', which is not in " + folder.string(),
                       "check the spelling, or remove the line");
    }
    if (!may_read_resource(file)) {
      throw InputError(
          where, "the manifest names '" + item.as<std::string>() + "', which lies outside the manuscript's folder",
          outside_folder_hint());
    }
    for (const ManuscriptPart& earlier : manuscript.parts) {
      if (std::filesystem::equivalent(earlier.file, file)) {
        diagnostics.warn(where,
                         "the manifest names '" + item.as<std::string>() + "' a second time (first on line " +
                             std::to_string(earlier.named_at.line) + "), so it is printed twice",
                         "remove one of the two lines");
      }
    }
    manuscript.parts.push_back({file, where});
  }
  manuscript.folder = folder;
  return manuscript;
}

}  // namespace

Manuscript locate_manuscript(const std::filesystem::path& path, Diagnostics& diagnostics) {
  std::error_code error;
  (void)std::filesystem::status(path, error);
  if (error.value() == ELOOP) {
    throw InputError(position_in(path.string()), "is a loop of symbolic links that never reaches a file",
                     "point the link at the manuscript itself");
  }
  if (!std::filesystem::exists(path, error)) {
    throw InputError(position_in(path.string()), "no such file or folder",
                     "check the path and the spelling of the name");
  }
  if (const std::optional<std::filesystem::path> folder = manifest_folder(path)) {
    set_manuscript_folder(*folder);
    return read_manifest(*folder, diagnostics);
  }
  set_manuscript_folder(std::filesystem::absolute(path).parent_path());
  Manuscript manuscript;
  manuscript.name = stem_of(path);
  manuscript.parts.push_back({path, {}});
  return manuscript;
}

std::string declared_language(const std::filesystem::path& path) {
  constexpr std::size_t kLongestManifestRead = 1u << 20;  // a manifest is a few lines; more is not one
  try {
    const std::optional<std::filesystem::path> folder = manifest_folder(path);
    if (!folder) return {};
    const std::filesystem::path manifest = *folder / kManifestName;
    std::error_code error;
    if (std::filesystem::file_size(manifest, error) > kLongestManifestRead || error) return {};
    std::ifstream in(manifest, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const YAML::Node mapping = YAML::Load(text);
    const YAML::Node language = mapping.IsMap() ? mapping["language"] : YAML::Node();
    return language && language.IsScalar() ? language.Scalar() : std::string();
  } catch (const std::exception&) {  // broken YAML and the like: the build reports it with its line
    return {};
  }
}

}  // namespace persklaar
