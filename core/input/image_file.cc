#include "core/input/image_file.h"

#include <fstream>
#include <iterator>

#include "core/input/limits.h"
#include "core/input/resource_access.h"
#include "core/input/svg_cleaner.h"
#include "core/passes/safe_links.h"
#include "core/text/ascii_case.h"

namespace persklaar {
namespace {

// The type the file's name promises, one of the EPUB 3 core media types every reader shows.
const char* media_type_of(const std::filesystem::path& file) {
  const std::string extension = ascii_lowercase(file.extension().string());
  if (extension == ".png") return "image/png";
  if (extension == ".jpg" || extension == ".jpeg") return "image/jpeg";
  if (extension == ".gif") return "image/gif";
  if (extension == ".svg") return "image/svg+xml";
  return nullptr;
}

bool starts_with(const std::string& bytes, std::string_view signature) {
  return bytes.size() >= signature.size() && bytes.compare(0, signature.size(), signature) == 0;
}

}  // namespace

const char* sniff_raster_image(const std::string& bytes) {
  if (starts_with(bytes, std::string_view("\x89PNG\r\n\x1a\n", 8))) return "image/png";
  if (starts_with(bytes, "\xFF\xD8\xFF")) return "image/jpeg";
  if (starts_with(bytes, "GIF87a") || starts_with(bytes, "GIF89a")) return "image/gif";
  return nullptr;
}

std::optional<ImageFile> read_image(const std::string& source, const SourcePosition& where, Diagnostics& diagnostics) {
  const auto leave_out = [&](const std::string& why, const std::string& hint) {
    diagnostics.warn(where, "image '" + source + "' " + why, hint);
    return std::nullopt;
  };
  if (!link_scheme(source).empty() && source.find(":/") != 1 && source.find(":\\") != 1) {
    return leave_out("is not a local file, and an edition may only show images it contains",
                     "download it next to the manuscript and name the file instead");
  }
  const std::filesystem::path file =
      where.file ? std::filesystem::path(where.file_name()).parent_path() / source : std::filesystem::path(source);
  const char* media_type = media_type_of(file);
  if (!media_type) return leave_out("is not PNG, JPEG, GIF or SVG, so it is left out", "convert it to one of those");
  if (!may_read_resource(file))
    return leave_out("lies outside the manuscript's folder, so it is left out", outside_folder_hint());
  std::error_code error;
  if (!std::filesystem::is_regular_file(file, error)) {
    return leave_out("is not found at " + file.string(),
                     "image files are looked for relative to the manuscript file that names them");
  }
  if (std::filesystem::file_size(file, error) > input_limits().file_bytes) {
    return leave_out("is larger than " + human_size(input_limits().file_bytes), "make it smaller");
  }
  std::ifstream in(file, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) return leave_out("cannot be read", "check its permissions");
  if (std::string(media_type) == "image/svg+xml") {
    std::string why;
    auto cleaned = clean_svg(bytes, why);
    if (!cleaned) return leave_out("is not an SVG image: " + why, "export it again as SVG");
    if (cleaned->removed > 0) {
      diagnostics.warn(where, "image '" + source + "': " + std::to_string(cleaned->removed) +
                                  " unsafe parts (scripts, entities, external references, event handlers) are "
                                  "left out of it");
    }
    return ImageFile{file, media_type, std::move(cleaned->svg)};
  }
  const char* sniffed = sniff_raster_image(bytes);
  if (!sniffed || std::string(sniffed) != media_type) {
    return leave_out(std::string("is named like ") + (media_type + 6) + " but its bytes are " +
                         (sniffed ? std::string(sniffed + 6) : std::string("not an image")),
                     "save the image again in the format its name says");
  }
  return ImageFile{file, media_type, std::move(bytes)};
}

}  // namespace persklaar
