#pragma once
// Reading an image a manuscript names, for any edition: the source is relative to the manuscript
// file that names it (its source position's file); it must be a local file inside the manuscript's
// folder or an allowed one (resource_access.h); its bytes must be what its name says — PNG, JPEG
// or GIF by their signature, or an SVG document, which is cleaned (svg_cleaner.h).
#include <filesystem>
#include <optional>
#include <string>

#include "core/diagnostics/diagnostic.h"

namespace persklaar {

struct ImageFile {
  std::filesystem::path file;
  std::string media_type;  // "image/png", "image/jpeg", "image/gif" or "image/svg+xml"
  std::string bytes;       // an SVG's after cleaning
};

// The media type the bytes show by their signature, or nullptr (SVG is not sniffed: it is text).
const char* sniff_raster_image(const std::string& bytes);

// The image, or nullopt after a warning at `where` naming it and why it is left out.
std::optional<ImageFile> read_image(const std::string& source, const SourcePosition& where, Diagnostics& diagnostics);

}  // namespace persklaar
