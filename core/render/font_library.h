#pragma once
// The bundled fonts (fonts/), registered with fontconfig as application fonts in a configuration of
// their own, so that no edition ever depends on what a machine happens to have installed.
#include <pango/pangocairo.h>

#include <filesystem>
#include <mutex>
#include <string>
#include <vector>

namespace persklaar {

struct FontFile {
  std::filesystem::path file;
  std::string family;  // "Charis SIL"
  int weight = 400;    // 100…900
  bool italic = false;
};

class FontLibrary {
 public:
  // Registers every .ttf/.otf below `folder`. Throws std::runtime_error when none can be read.
  explicit FontLibrary(const std::filesystem::path& folder);
  ~FontLibrary();
  FontLibrary(const FontLibrary&) = delete;
  FontLibrary& operator=(const FontLibrary&) = delete;

  // A Pango font map that sees the bundled fonts and nothing else. Owned by the library.
  PangoFontMap* font_map() const { return font_map_; }
  // A fresh context on that map for laying out text in points (72 per inch). Caller unrefs.
  PangoContext* create_context() const;
  const std::vector<FontFile>& files() const { return files_; }
  // The bundled file closest to a family, weight and style (for embedding in an e-book).
  const FontFile* find(const std::string& family, int weight, bool italic) const;

  // The library for fonts/ of this installation, made once per process.
  static const FontLibrary& bundled();

  // Pango's fonts and layouts on this one font map are not safe to use from two threads at once.
  // Editions are written on threads of their own, so an edition that lays out or paints text (the
  // PDF painter, the e-book's cover) holds this lock while it does. Recursive: a painter may call
  // another (the PDF paints the cover).
  static std::unique_lock<std::recursive_mutex> lock_text();

 private:
  std::vector<FontFile> files_;
  PangoFontMap* font_map_ = nullptr;
};

}  // namespace persklaar
