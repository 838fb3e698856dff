#pragma once
// Where everything goes in the EPUB: one XHTML file per chapter (front matter, body, back matter),
// and for every anchor of the model (chapter, section and heading ids) and every print page that
// begins in it (when the pipeline paginated) the file that holds it, so contents entries, "#id" links
// and the page list can point into the right file.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/model/publication.h"

namespace persklaar::epub {

// All paths are relative to the package document's folder (EPUB/ in the container).
inline constexpr const char* kTextFolder = "text/";
inline constexpr const char* kCoverDocument = "text/cover.xhtml";
inline constexpr const char* kTitleDocument = "text/title.xhtml";
inline constexpr const char* kNavDocument = "text/nav.xhtml";
inline constexpr const char* kStylesheet = "styles/persklaar.css";
inline constexpr const char* kCoverImage = "images/cover.svg";

// A page of the print edition, as the page list and the page-break markers name it.
struct PrintPage {
  int page = 0;
  std::string file;  // the chapter file it begins in, inside the text folder: "chapter-03.xhtml"
};

// The id of the marker where print page `page` begins: "page_7". The underscore keeps it apart from
// the ids the ids pass makes, which are slugs of letters, digits and hyphens.
std::string page_break_id(int page);

struct ChapterDocument {
  const Chapter* chapter = nullptr;
  std::string path;         // "text/chapter-03.xhtml"
  std::string manifest_id;  // "chapter-03"
};

class BookPlan {
 public:
  explicit BookPlan(const Publication& publication);

  const std::vector<ChapterDocument>& chapters() const { return chapters_; }
  // "chapter-03.xhtml#id" for an anchor of the model, as written in a file of the text folder;
  // nothing for an id no chapter has.
  std::optional<std::string> href(const std::string& id) const;
  // The print pages that begin in the text, in page order, each once; empty when the publication was
  // not paginated.
  const std::vector<PrintPage>& print_pages() const { return print_pages_; }

 private:
  void add_pages(const std::vector<PrintPageBreak>& pages, const std::string& file);

  std::vector<ChapterDocument> chapters_;
  std::vector<PrintPage> print_pages_;
  std::map<std::string, std::string> file_of_anchor_;  // id → file name inside the text folder
};

// "text/chapter-03.xhtml" → "chapter-03.xhtml": how files of the text folder refer to each other.
std::string file_name_of(const std::string& path);

}  // namespace persklaar::epub
