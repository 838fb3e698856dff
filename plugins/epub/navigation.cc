#include "plugins/epub/navigation.h"

#include "core/text/labels.h"
#include "plugins/epub/epub_labels.h"
#include "plugins/epub/xhtml_document.h"

namespace persklaar::epub {
namespace {

using tinyxml2::XMLElement;

XMLElement* entry(XhtmlDocument& document, XMLElement* list, const std::string& href, const std::string& text) {
  XMLElement* item = document.add_block(list, "li");
  XMLElement* link = document.add_inline(item, "a");
  link->SetAttribute("href", href.c_str());
  document.add_text(link, text);
  return item;
}

// A navigation element of `type` with its id, labelled by its own heading; hidden from the reading
// view when `hidden` (landmarks and page list serve reading systems, not the reader's eye).
XMLElement* titled_nav(XhtmlDocument& document, const char* type, const char* role, const char* heading_tag,
                       const std::string& title, bool hidden) {
  const std::string id = type;
  XMLElement* nav = document.add_block(document.body(), "nav");
  nav->SetAttribute("epub:type", type);
  if (role) nav->SetAttribute("role", role);
  nav->SetAttribute("id", id.c_str());
  nav->SetAttribute("aria-labelledby", (id + "-title").c_str());
  if (hidden) nav->SetAttribute("hidden", "hidden");
  XMLElement* heading = document.add_block(nav, heading_tag);
  heading->SetAttribute("id", (id + "-title").c_str());
  document.add_text(heading, title);
  return nav;
}

void contents(XhtmlDocument& document, const Publication& publication, const BookPlan& plan) {
  const Labels& labels = labels_for(publication.metadata.language);
  XMLElement* nav = titled_nav(document, "toc", "doc-toc", "h1", labels.contents, false);

  XMLElement* chapters = document.add_block(nav, "ol");
  XMLElement* chapter_item = nullptr;
  XMLElement* sections = nullptr;
  for (const TocEntry& toc : publication.toc) {
    const auto href = plan.href(toc.id);
    if (!href) continue;  // cannot happen: every contents entry is an anchor of a chapter file
    if (toc.level == 1 || !chapter_item) {
      chapter_item = entry(document, chapters, *href, chapter_heading(labels, toc.chapter_number, toc.title));
      sections = nullptr;
    } else {
      if (!sections) sections = document.add_block(chapter_item, "ol");
      entry(document, sections, *href, toc.title);
    }
  }
}

void landmarks(XhtmlDocument& document, const Publication& publication, const BookPlan& plan) {
  const Labels& labels = labels_for(publication.metadata.language);
  const EpubLabels& words = epub_labels_for(publication.metadata.language);
  XMLElement* nav = titled_nav(document, "landmarks", nullptr, "h2", words.landmarks, true);

  XMLElement* list = document.add_block(nav, "ol");
  auto landmark = [&](const char* type, const std::string& href, const std::string& text) {
    XMLElement* item = entry(document, list, href, text);
    item->FirstChildElement("a")->SetAttribute("epub:type", type);
  };
  landmark("cover", file_name_of(kCoverDocument), words.cover);
  landmark("titlepage", file_name_of(kTitleDocument), words.title_page);
  landmark("toc", file_name_of(kNavDocument) + "#toc", labels.contents);
  for (const ChapterDocument& chapter : plan.chapters()) {
    if (chapter.chapter->matter == Matter::body) {
      landmark("bodymatter", file_name_of(chapter.path), words.start);
      break;
    }
  }
}

void page_list(XhtmlDocument& document, const Publication& publication, const BookPlan& plan) {
  if (plan.print_pages().empty()) return;
  XMLElement* nav = titled_nav(document, "page-list", "doc-pagelist", "h2",
                               epub_labels_for(publication.metadata.language).pages, true);
  XMLElement* list = document.add_block(nav, "ol");
  for (const PrintPage& page : plan.print_pages()) {
    entry(document, list, page.file + "#" + page_break_id(page.page), std::to_string(page.page));
  }
}

}  // namespace

std::string navigation_xhtml(const Publication& publication, const BookPlan& plan) {
  const Labels& labels = labels_for(publication.metadata.language);
  XhtmlDocument document(labels.contents, publication.metadata.language, "../" + std::string(kStylesheet));
  document.body()->SetAttribute("class", "navigation accent");
  document.body()->SetAttribute("epub:type", "frontmatter");
  contents(document, publication, plan);
  landmarks(document, publication, plan);
  page_list(document, publication, plan);
  return document.to_string();
}

}  // namespace persklaar::epub
