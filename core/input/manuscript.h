#pragma once
// A manuscript as the user names it: one file, or a folder whose manuscript.yaml holds the metadata
// and lists the chapter files in reading order.
#include <filesystem>
#include <string>
#include <vector>

#include "core/diagnostics/diagnostic.h"
#include "core/model/publication.h"

namespace persklaar {

inline constexpr const char* kManifestName = "manuscript.yaml";

struct ManuscriptPart {
  std::filesystem::path file;
  SourcePosition named_at;  // the manifest line naming it; empty for a single-file manuscript
};

struct Manuscript {
  std::string name;    // the stem editions are named after: "kenniscafes"
  Metadata metadata;   // from the manifest; empty for a single file
  Metadata overrides;  // from the command line: every field set here wins over the manuscript's own
  std::vector<ManuscriptPart> parts;
  std::filesystem::path folder;  // the manuscript folder; empty for a single file
};

// `path` is a manuscript file, a folder with manuscript.yaml, or that manuscript.yaml itself (which
// stands for its folder). Throws InputError when the path does not exist, a folder has no manifest,
// or the manifest is broken or names a file that is not there or lies outside the folder (with the
// manifest's line). A file named twice is a warning (it would be printed twice). Makes the
// manuscript's folder the one images and chapters are read from (resource_access.h).
Manuscript locate_manuscript(const std::filesystem::path& path, Diagnostics& diagnostics);

// The `language` a manuscript folder's manifest declares (for a folder or its manuscript.yaml),
// read on its own before the build reads anything, with no global state, so any thread may ask.
// Empty for a single file and when the manifest is missing, broken or silent: the build itself
// reports those when it reads the manuscript.
std::string declared_language(const std::filesystem::path& path);

}  // namespace persklaar
