#include "plugins/epub/images.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>

#include "core/input/image_file.h"
#include "core/model/plain_text.h"
#include "core/text/slug.h"

namespace persklaar::epub {
namespace {

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
          } else if constexpr (kHoldsInlines<T>) {
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

  std::optional<ImageFile> image = read_image(source, where, diagnostics);  // warns when it cannot be used
  if (!image) return;
  index_of_source_[source] = images_.size();
  images_.push_back(
      {source, package_name(images_.size() + 1, image->file), image->media_type, std::move(image->bytes)});
}

}  // namespace persklaar::epub
