#pragma once
// The manuscript's images in the EPUB. A figure's or image's source is relative to the manuscript
// file that names it (the file of its source position); found files of a type every EPUB reader shows
// (PNG, JPEG, GIF, SVG) are embedded. Each image without alt text, and each that cannot be embedded
// (missing, remote, another type), is a warning naming it; an image that is not embedded is
// represented by its alt text.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/diagnostics/diagnostic.h"
#include "core/model/publication.h"

namespace persklaar::epub {

struct EmbeddedImage {
  std::string source;      // as the manuscript writes it
  std::string path;        // in the package: "images/01-photo.jpg"
  std::string media_type;  // "image/jpeg"
  std::string bytes;
};

class ImageCatalog {
 public:
  // Reads every image the publication names, in reading order, reporting what it cannot use.
  ImageCatalog(const Publication& publication, Diagnostics& diagnostics);

  // The embedded image for a source, or null when it was not embedded.
  const EmbeddedImage* find(const std::string& source) const;
  const std::vector<EmbeddedImage>& images() const { return images_; }
  // Every image the manuscript shows has alt text (the condition for claiming alternativeText).
  bool all_have_alt_text() const { return all_have_alt_text_; }

 private:
  void add(const std::string& source, const Inlines& alt, const SourcePosition& where, Diagnostics& diagnostics);
  void visit(const Blocks& blocks, Diagnostics& diagnostics);
  void visit(const Inlines& inlines, Diagnostics& diagnostics);

  std::vector<EmbeddedImage> images_;
  std::map<std::string, std::size_t> index_of_source_;
  std::set<std::string> tried_;  // sources already looked for, so each problem is told once
  bool all_have_alt_text_ = true;
};

}  // namespace persklaar::epub
