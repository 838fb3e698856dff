#pragma once
// An XHTML content document built with tinyxml2, which escapes every text and attribute value: the
// root in the XHTML and EPUB namespaces with the publication's language, a head with the title and
// the stylesheet, and a body. Block elements go on lines of their own so the files read well in a
// diff; inline content is written without added white space, which would change the text.
#include <tinyxml2.h>

#include <string>

namespace persklaar::epub {

class XhtmlDocument {
 public:
  // `stylesheet` is relative to the document ("../styles/persklaar.css"); empty for none.
  XhtmlDocument(const std::string& title, const std::string& language, const std::string& stylesheet);
  XhtmlDocument(const XhtmlDocument&) = delete;
  XhtmlDocument& operator=(const XhtmlDocument&) = delete;

  tinyxml2::XMLElement* body() { return body_; }

  // A block-level child, on a line of its own.
  tinyxml2::XMLElement* add_block(tinyxml2::XMLElement* parent, const char* name);
  // An inline child, with nothing around it.
  tinyxml2::XMLElement* add_inline(tinyxml2::XMLElement* parent, const char* name);
  // Text, escaped by tinyxml2. Empty text adds nothing.
  void add_text(tinyxml2::XMLElement* parent, const std::string& text);

  // The document, starting with the XML declaration and the HTML doctype.
  std::string to_string() const;

 private:
  tinyxml2::XMLDocument xml_;
  tinyxml2::XMLElement* body_ = nullptr;
};

// `lang` and `xml:lang` both: EPUB reading systems read the second, browsers and checkers the first.
void set_language(tinyxml2::XMLElement* element, const std::string& language);

}  // namespace persklaar::epub
