#pragma once
// Reading what Poppler's C++ interface does not show, with qpdf: the catalog's /Lang and
// /MarkInfo, the tags of the structure tree, link annotations with their targets, and the pages
// the outline's entries go to.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace persklaar::testing {

// A /Link annotation. Coordinates in points from the page's top left, like PdfWord's.
struct PdfLink {
  int page = 0;  // 0-based page the annotation is on
  double left = 0, top = 0, right = 0, bottom = 0;
  std::string uri;          // /A /URI, for an external link; empty otherwise
  std::string destination;  // a named destination (/Dest or /A /GoTo /D), if named
  int target_page = -1;     // 0-based page an internal link goes to; -1 for none or unresolvable
};

struct PdfOutlineTarget {
  std::string title;
  int page = -1;  // 0-based; -1 when the entry's destination does not resolve to a page
};

// A structure element with what the finishing passes add to it.
struct PdfElement {
  std::string type;      // /S without the slash: "P", "Figure", "Note"
  std::string language;  // /Lang; empty when absent
  std::string id;        // /ID
  std::string alt;       // /Alt
};

struct PdfObjects {
  std::string language;              // the catalog's /Lang; empty when absent
  bool marked = false;               // /MarkInfo /Marked true
  bool has_structure = false;        // /StructTreeRoot present
  std::map<std::string, int> tags;   // structure element type (/S) → how many elements
  std::vector<PdfElement> elements;  // every structure element, depth first
  std::vector<PdfLink> links;
  std::vector<PdfOutlineTarget> outline;  // the top-level outline entries, in order
};

// Reads `file` with qpdf. Throws std::runtime_error with qpdf's message on failure.
PdfObjects read_pdf_objects(const std::filesystem::path& file);

}  // namespace persklaar::testing
