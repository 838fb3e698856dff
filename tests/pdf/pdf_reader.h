#pragma once
// Reading a PDF back the way a reader's software sees it, with Poppler: the words of each page
// with their boxes and fonts, the fonts of the document, its information dictionary and its
// outline. Nothing here knows how the PDF was made.
#include <filesystem>
#include <string>
#include <vector>

namespace persklaar::testing {

// One word as Poppler extracts it. Coordinates are points with the origin at the page's top left;
// left/right are the word's advance box, top/bottom its font's ascent and descent.
struct PdfWord {
  std::string text;  // UTF-8
  double left = 0, top = 0, right = 0, bottom = 0;
  double font_size = 0;
  std::string font;          // PostScript name without the subset prefix: "CharisSIL-Italic"
  bool space_after = false;  // a space character follows the word on its line

  double middle() const { return (top + bottom) / 2; }
};

struct PdfPage {
  double width = 0, height = 0;  // the crop box, points
  std::vector<PdfWord> words;    // in Poppler's order; callers sort them themselves
};

struct PdfFont {
  std::string name;  // as written in the file, with its subset prefix: "GJRTKA+Inter-Medium"
  bool embedded = false;
  bool subset = false;
};

struct PdfOutlineItem {
  std::string title;
  std::vector<PdfOutlineItem> children;
};

struct PdfText {
  std::vector<PdfPage> pages;
  std::vector<PdfFont> fonts;  // every distinct font object, over all pages
  std::string title, author, subject;
  std::vector<PdfOutlineItem> outline;  // the top-level bookmarks
};

// Reads `file` with poppler-cpp. Throws std::runtime_error when Poppler cannot open it.
PdfText read_pdf_text(const std::filesystem::path& file);

// "GJRTKA+Inter-Medium" → "Inter-Medium".
std::string without_subset_prefix(const std::string& font_name);

}  // namespace persklaar::testing
