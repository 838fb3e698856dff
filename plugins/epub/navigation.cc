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

void contents(XhtmlDocument& document, const Publication& publication, const BookPlan& plan) {
  const Labels& labels = labels_for(publication.metadata.language);
  XMLElement* nav = document.add_block(document.body(), "nav");
  nav->SetAttribute("epub:type", "toc");
  nav->SetAttribute("role", "doc-toc");
  nav->SetAttribute("id", "toc");
  nav->SetAttribute("aria-labelledby", "toc-title");
  XMLElement* heading = document.add_block(nav, "h1");
  heading->SetAttribute("id", "toc-title");
  document.add_text(heading, labels.contents);

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
  XMLElement* nav = document.add_block(document.body(), "nav");
  nav->SetAttribute("epub:type", "landmarks");
  nav->SetAttribute("id", "landmarks");
  nav->SetAttribute("aria-labelledby", "landmarks-title");
  nav->SetAttribute("hidden", "hidden");
  XMLElement* heading = document.add_block(nav, "h2");
  heading->SetAttribute("id", "landmarks-title");
  document.add_text(heading, words.landmarks);

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
  XMLElement* nav = document.add_block(document.body(), "nav");
  nav->SetAttribute("epub:type", "page-list");
  nav->SetAttribute("role", "doc-pagelist");
  nav->SetAttribute("id", "page-list");
  nav->SetAttribute("aria-labelledby", "page-list-title");
  nav->SetAttribute("hidden", "hidden");
  XMLElement* heading = document.add_block(nav, "h2");
  heading->SetAttribute("id", "page-list-title");
  document.add_text(heading, epub_labels_for(publication.metadata.language).pages);
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
