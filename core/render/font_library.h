#pragma once
// The bundled fonts (fonts/) and a layout's house fonts, registered with fontconfig as application
// fonts in a configuration of their own, so that no edition ever depends on what a machine happens
// to have installed.
#include <pango/pangocairo.h>

#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/render/fair_recursive_mutex.h"

namespace persklaar {

struct FontFile {
  std::filesystem::path file;
  std::string family;  // "Charis SIL"
  int weight = 400;    // 100…900
  bool italic = false;
};

class FontLibrary {
 public:
  // Registers every .ttf/.otf below `folder`, then each house font (a font file, or a folder whose
  // fonts are all taken). Throws std::runtime_error when none can be read, or naming a house font
  // fontconfig cannot read.
  explicit FontLibrary(const std::filesystem::path& folder, const std::vector<std::filesystem::path>& house_fonts = {});
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
  // The bundled fonts and a layout's house fonts (LayoutSpec::house_fonts), made once per process
  // for each set of house fonts; bundled() when there are none. Safe to call from several threads, and
  // with lock_text() held.
  static const FontLibrary& with_house_fonts(const std::vector<std::filesystem::path>& house_fonts);

  // Pango's fonts and layouts on these font maps are not safe to use from two threads at once.
  // Editions are written on threads of their own, so an edition that lays out or paints text (the
  // PDF painter, the e-book's cover) holds this lock while it does. Recursive: a painter may call
  // another (the PDF paints the cover). Fair: a thread that asks gets it before one that asks later.
  static std::unique_lock<FairRecursiveMutex> lock_text();

 private:
  std::vector<FontFile> files_;
  PangoFontMap* font_map_ = nullptr;
};

// Why fontconfig cannot use `path` as a house font (a font file, or a folder holding at least one),
// or nothing when it can.
std::optional<std::string> house_font_problem(const std::filesystem::path& path);

}  // namespace persklaar
