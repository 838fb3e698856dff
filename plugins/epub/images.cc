#include "plugins/epub/images.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/model/plain_text.h"
#include "core/text/slug.h"

namespace persklaar::epub {
namespace {

// The image types of the EPUB 3 core media types; any reader shows them.
const char* media_type_of(const std::filesystem::path& file) {
  std::string extension = file.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (extension == ".png") return "image/png";
  if (extension == ".jpg" || extension == ".jpeg") return "image/jpeg";
  if (extension == ".gif") return "image/gif";
  if (extension == ".svg") return "image/svg+xml";
  return nullptr;
}

bool is_remote(const std::string& source) {
  const auto colon = source.find(':');
  if (colon == std::string::npos || colon < 2) return false;  // "c:" is a drive, not a scheme
  return std::all_of(source.begin(), source.begin() + static_cast<std::ptrdiff_t>(colon),
                     [](unsigned char c) { return std::isalnum(c) || c == '+' || c == '-' || c == '.'; });
}

// A name inside the package: its place in reading order keeps names unique, the slug keeps them safe.
std::string package_name(std::size_t number, const std::filesystem::path& file) {
  std::string stem = slugify(file.stem().string());
  if (stem.empty()) stem = "image";
  std::string extension = file.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  char prefix[16];
  std::snprintf(prefix, sizeof prefix, "%02zu-", number);
  return "images/" + std::string(prefix) + stem + extension;
}

}  // namespace

ImageCatalog::ImageCatalog(const Publication& publication, Diagnostics& diagnostics) {
  for (const Chapter& chapter : publication.chapters) {
    visit(chapter.title, diagnostics);
    for (const Section& section : chapter.sections) {
      visit(section.title, diagnostics);
      visit(section.blocks, diagnostics);
    }
  }
}

const EmbeddedImage* ImageCatalog::find(const std::string& source) const {
  const auto found = index_of_source_.find(source);
  return found == index_of_source_.end() ? nullptr : &images_[found->second];
}

void ImageCatalog::visit(const Blocks& blocks, Diagnostics& diagnostics) {
  for (const Block& block : blocks) {
    std::visit(
        [&](const auto& item) {
          using T = std::decay_t<decltype(item)>;
          if constexpr (std::is_same_v<T, Paragraph> || std::is_same_v<T, Heading>) {
            visit(item.content, diagnostics);
          } else if constexpr (std::is_same_v<T, BlockQuote>) {
            visit(item.content, diagnostics);
          } else if constexpr (std::is_same_v<T, Testimonial>) {
            visit(item.content, diagnostics);
            visit(item.person, diagnostics);
            visit(item.role, diagnostics);
          } else if constexpr (std::is_same_v<T, List>) {
            for (const Blocks& entry : item.items) visit(entry, diagnostics);
          } else if constexpr (std::is_same_v<T, Figure>) {
            add(item.source, item.alt, block.position, diagnostics);
            visit(item.caption, diagnostics);
          } else if constexpr (std::is_same_v<T, Table>) {
            for (const TableCell& cell : item.header) visit(cell.content, diagnostics);
            for (const auto& row : item.rows) {
              for (const TableCell& cell : row) visit(cell.content, diagnostics);
            }
          }
        },
        block.value);
  }
}

void ImageCatalog::visit(const Inlines& inlines, Diagnostics& diagnostics) {
  for (const Inline& node : inlines) {
    std::visit(
        [&](const auto& item) {
          using T = std::decay_t<decltype(item)>;
          if constexpr (std::is_same_v<T, Image>) {
            add(item.source, item.alt, node.position, diagnostics);
          } else if constexpr (std::is_same_v<T, Emphasis> || std::is_same_v<T, Strong> || std::is_same_v<T, Link>) {
            visit(item.content, diagnostics);
          }
        },
        node.value);
  }
}

void ImageCatalog::add(const std::string& source, const Inlines& alt, const SourcePosition& where,
                       Diagnostics& diagnostics) {
  if (plain_text(alt).empty()) {
    all_have_alt_text_ = false;
    diagnostics.warn(where, "image '" + source + "' has no alt text",
                     "describe what it shows for readers who cannot see it: ![a description](" + source + ")");
  }
  if (!tried_.insert(source).second) return;

  if (is_remote(source)) {
    diagnostics.warn(where, "image '" + source + "' is on the web, and an EPUB may only show images it contains",
                     "download it next to the manuscript and name the file instead");
    return;
  }
  const std::filesystem::path file =
      where.file ? std::filesystem::path(where.file_name()).parent_path() / source : std::filesystem::path(source);
  const char* media_type = media_type_of(file);
  if (!media_type) {
    diagnostics.warn(where, "image '" + source + "' is not PNG, JPEG, GIF or SVG, so the EPUB leaves it out",
                     "convert it to one of those formats");
    return;
  }
  std::ifstream in(file, std::ios::binary);
  std::ostringstream bytes;
  if (in) bytes << in.rdbuf();
  if (!in || bytes.str().empty()) {
    diagnostics.warn(where, "image '" + source + "' is not found at " + file.string(),
                     "image files are looked for relative to the manuscript file that names them");
    return;
  }
  index_of_source_[source] = images_.size();
  images_.push_back({source, package_name(images_.size() + 1, file), media_type, bytes.str()});
}

}  // namespace persklaar::epub
