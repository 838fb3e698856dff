#include "plugins/epub/front_pages.h"

#include "core/text/labels.h"
#include "plugins/epub/book_plan.h"
#include "plugins/epub/epub_labels.h"
#include "plugins/epub/xhtml_document.h"

namespace persklaar::epub {
namespace {

using tinyxml2::XMLElement;

std::string stylesheet_href() {
  return "../" + std::string(kStylesheet);
}

void add_sentence(std::string& text, const std::string& sentence) {
  if (sentence.empty()) return;
  if (!text.empty()) text += ' ';
  text += sentence;
  const char last = text.back();
  if (last != '.' && last != '!' && last != '?') text += '.';
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& name : names) out += (out.empty() ? "" : ", ") + name;
  return out;
}

}  // namespace

std::string cover_description(const Publication& publication) {
  const Metadata& metadata = publication.metadata;
  std::string text = std::string(epub_labels_for(metadata.language).cover) + ":";
  add_sentence(text, metadata.title);
  add_sentence(text, metadata.subtitle);
  std::string imprint = metadata.publisher;
  if (metadata.date.size() >= 4) imprint += (imprint.empty() ? "" : ", ") + metadata.date.substr(0, 4);
  add_sentence(text, imprint);
  return text;
}

std::string cover_xhtml(const Publication& publication) {
  const Metadata& metadata = publication.metadata;
  XhtmlDocument document(epub_labels_for(metadata.language).cover, metadata.language, stylesheet_href());
  XMLElement* body = document.body();
  body->SetAttribute("class", "cover");
  body->SetAttribute("epub:type", "cover");
  XMLElement* figure = document.add_block(body, "div");
  figure->SetAttribute("class", "cover-image");
  XMLElement* image = document.add_block(figure, "img");
  image->SetAttribute("src", ("../" + std::string(kCoverImage)).c_str());
  image->SetAttribute("alt", cover_description(publication).c_str());
  image->SetAttribute("role", "doc-cover");
  return document.to_string();
}

std::string title_page_xhtml(const Publication& publication) {
  const Metadata& metadata = publication.metadata;
  const Labels& labels = labels_for(metadata.language);
  XhtmlDocument document(metadata.title, metadata.language, stylesheet_href());
  XMLElement* body = document.body();
  body->SetAttribute("class", "title-page accent");
  body->SetAttribute("epub:type", "frontmatter");
  XMLElement* section = document.add_block(body, "section");
  section->SetAttribute("epub:type", "titlepage");
  section->SetAttribute("aria-labelledby", "publication-title");

  XMLElement* title = document.add_block(section, "h1");
  title->SetAttribute("id", "publication-title");
  title->SetAttribute("class", "title");
  document.add_text(title, metadata.title);
  auto line = [&](const char* type_class, const std::string& text) {
    if (text.empty()) return;
    XMLElement* paragraph = document.add_block(section, "p");
    paragraph->SetAttribute("class", type_class);
    document.add_text(paragraph, text);
  };
  line("subtitle", metadata.subtitle);
  line("authors", joined(metadata.authors));
  line("contributors", joined(metadata.contributors));
  if (!metadata.publisher.empty()) line("publisher", std::string(labels.published_by) + " " + metadata.publisher);
  line("date", long_date(metadata.date, metadata.language));
  return document.to_string();
}

}  // namespace persklaar::epub
