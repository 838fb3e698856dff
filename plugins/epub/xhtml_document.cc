#include "plugins/epub/xhtml_document.h"

namespace persklaar::epub {

using tinyxml2::XMLElement;

void set_language(XMLElement* element, const std::string& language) {
  element->SetAttribute("lang", language.c_str());
  element->SetAttribute("xml:lang", language.c_str());
}

XhtmlDocument::XhtmlDocument(const std::string& title, const std::string& language, const std::string& stylesheet) {
  xml_.InsertEndChild(xml_.NewDeclaration());  // version 1.0, UTF-8
  xml_.InsertEndChild(xml_.NewUnknown("DOCTYPE html"));
  XMLElement* html = xml_.NewElement("html");
  xml_.InsertEndChild(html);
  html->SetAttribute("xmlns", "http://www.w3.org/1999/xhtml");
  html->SetAttribute("xmlns:epub", "http://www.idpf.org/2007/ops");
  set_language(html, language);

  XMLElement* head = add_block(html, "head");
  XMLElement* title_element = add_block(head, "title");
  add_text(title_element, title);
  if (!stylesheet.empty()) {
    XMLElement* link = add_block(head, "link");
    link->SetAttribute("rel", "stylesheet");
    link->SetAttribute("type", "text/css");
    link->SetAttribute("href", stylesheet.c_str());
  }
  head->InsertEndChild(xml_.NewText("\n"));
  body_ = add_block(html, "body");
  html->InsertEndChild(xml_.NewText("\n"));
}

XMLElement* XhtmlDocument::add_block(XMLElement* parent, const char* name) {
  parent->InsertEndChild(xml_.NewText("\n"));
  XMLElement* element = xml_.NewElement(name);
  parent->InsertEndChild(element);
  return element;
}

XMLElement* XhtmlDocument::add_inline(XMLElement* parent, const char* name) {
  XMLElement* element = xml_.NewElement(name);
  parent->InsertEndChild(element);
  return element;
}

void XhtmlDocument::add_text(XMLElement* parent, const std::string& text) {
  if (!text.empty()) parent->InsertEndChild(xml_.NewText(text.c_str()));
}

std::string XhtmlDocument::to_string() const {
  tinyxml2::XMLPrinter printer(nullptr, /*compact=*/true);
  xml_.Print(&printer);
  std::string out(printer.CStr(), static_cast<std::size_t>(printer.CStrSize() - 1));
  out += '\n';
  return out;
}

}  // namespace persklaar::epub
