#include "plugins/epub/epub_book.h"

#include <algorithm>
#include <set>
#include <stdexcept>

#include "core/passes/identifier.h"
#include "core/render/font_library.h"
#include "core/render/font_subset.h"
#include "plugins/epub/accessibility_metadata.h"
#include "plugins/epub/book_plan.h"
#include "plugins/epub/build_time.h"
#include "plugins/epub/chapter_xhtml.h"
#include "plugins/epub/cover_image.h"
#include "plugins/epub/epub_labels.h"
#include "plugins/epub/front_pages.h"
#include "plugins/epub/images.h"
#include "plugins/epub/navigation.h"
#include "plugins/epub/package_document.h"
#include "plugins/epub/stylesheet.h"

namespace persklaar::epub {
namespace {

constexpr const char* kXhtml = "application/xhtml+xml";
constexpr const char* kPackageFolder = "EPUB/";

// "fonts/CharisSIL-Regular.ttf" → "font-charissil-regular": manifest ids must be XML names.
std::string item_id(const std::string& prefix, const std::string& path) {
  std::string id = prefix;
  const std::string name = path.substr(path.rfind('/') + 1);
  for (const char c : name.substr(0, name.rfind('.'))) {
    id += std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(static_cast<unsigned char>(c)))
                                                      : '-';
  }
  return id;
}

class EpubAssembler {
 public:
  EpubAssembler(const Publication& publication, const LayoutSpec& layout, Diagnostics& diagnostics)
      : publication_(publication), layout_(layout), diagnostics_(diagnostics) {}

  // The documents, the stylesheet and the fonts cut down to the documents' characters.
  void add_text_and_fonts(const BookPlan& plan, const ImageCatalog& images) {
    add("cover", kCoverDocument, kXhtml, cover_xhtml(publication_), "", true);
    add("title-page", kTitleDocument, kXhtml, title_page_xhtml(publication_), "", true);
    add("nav", kNavDocument, kXhtml, navigation_xhtml(publication_, plan), "nav", true);
    const ChapterContext context{publication_, plan, images, layout_, diagnostics_};
    for (const ChapterDocument& chapter : plan.chapters()) {
      add(chapter.manifest_id, chapter.path, kXhtml, chapter_xhtml(chapter, context), "", true);
    }

    Stylesheet stylesheet = make_stylesheet(layout_, FontLibrary::with_house_fonts(layout_.house_fonts), holds_code());
    add("stylesheet", kStylesheet, "text/css", std::move(stylesheet.css));
    // Every document and the stylesheet are in: the fonts need only the characters they hold, and
    // HarfBuzz's default features (the stylesheet turns no other on; it turns ligatures off for code).
    const std::set<char32_t> characters = characters_used();
    for (const EmbeddedFont& font : stylesheet.fonts) {
      add(item_id("font-", font.path), font.path, font.media_type, subset_font(font.file, characters));
    }
  }

  void cut_fonts() {
    const BookPlan plan(publication_);
    const ImageCatalog images(publication_, diagnostics_);
    add_text_and_fonts(plan, images);
  }

  std::vector<ArchiveEntry> assemble(std::int64_t timestamp) {
    const BookPlan plan(publication_);
    const ImageCatalog images(publication_, diagnostics_);
    add_text_and_fonts(plan, images);
    add("cover-image", kCoverImage, "image/svg+xml", render_cover_svg(publication_, layout_), "cover-image");
    for (const EmbeddedImage& image : images.images()) {
      add(item_id("image-", image.path), image.path, image.media_type, image.bytes);
    }

    PackageContents package;
    package.identifier = stable_identifier(publication_.metadata);
    package.modified = iso8601_utc(timestamp);
    package.items = items_;
    const bool paginated = !plan.print_pages().empty();
    package.properties = accessibility_metadata(publication_.metadata, {images.all_have_alt_text(), paginated});
    if (paginated) {
      const EpubLabels& words = epub_labels_for(publication_.metadata.language);
      package.page_source = publication_.metadata.title + ", " + words.print_edition + " (" + layout_.name + ")";
    }
    entries_.push_back({kPackageDocument, package_document(publication_.metadata, package)});
    entries_.push_back({"META-INF/container.xml", container_xml()});
    return std::move(entries_);
  }

 private:
  // Whether a document shows code, for which the stylesheet names the monospace face.
  bool holds_code() const {
    return std::any_of(entries_.begin(), entries_.end(),
                       [](const ArchiveEntry& entry) { return entry.bytes.find("<code") != std::string::npos; });
  }

  // The characters of every text entry so far, and printable ASCII, which costs a few glyphs and keeps
  // a reader's own additions (a search box, a footnote marker) in the book's face.
  std::set<char32_t> characters_used() const {
    std::set<char32_t> characters;
    for (char32_t c = 0x20; c < 0x7f; ++c) characters.insert(c);
    for (const ArchiveEntry& entry : entries_) collect_code_points(entry.bytes, characters);
    return characters;
  }

  void add(const std::string& id, const std::string& href, const std::string& media_type, std::string bytes,
           const std::string& properties = "", bool in_spine = false) {
    items_.push_back({id, href, media_type, properties, in_spine});
    entries_.push_back({kPackageFolder + href, std::move(bytes)});
  }

  const Publication& publication_;
  const LayoutSpec& layout_;
  Diagnostics& diagnostics_;
  std::vector<ManifestItem> items_;
  std::vector<ArchiveEntry> entries_;
};

}  // namespace

std::vector<ArchiveEntry> assemble_epub(const Publication& publication, const LayoutSpec& layout,
                                        std::int64_t timestamp, Diagnostics& diagnostics) {
  return EpubAssembler(publication, layout, diagnostics).assemble(timestamp);
}

void prepare_epub_fonts(const Publication& publication, const LayoutSpec& layout) {
  Diagnostics unheard;  // assemble_epub reports the same again
  EpubAssembler(publication, layout, unheard).cut_fonts();
}

}  // namespace persklaar::epub
