#pragma once
// One XML part of a Word document, parsed with tinyxml2, and the namespace-aware names the reader
// matches on. Prefixes are the writer's choice (Word writes "w:", some tools "ns0:"), so elements are
// matched by namespace and local name, never by the prefix as written.
#include <tinyxml2.h>

#include <memory>
#include <string>
#include <string_view>

#include "core/model/source_position.h"

namespace persklaar::docx {

// The namespaces the reader understands. Transitional and Strict OOXML map to the same value, and
// WordprocessingML 2003 elements are `word` too: their names and meanings match closely enough to share
// the paragraph, run and table readers.
enum class Ns {
  other,
  word,           // w: (2006 transitional, strict, 2003)
  word2003_aux,   // wx: 2003 auxiliary (sub-sections, fonts)
  annotations,    // aml: 2003 annotations (comments, tracked changes)
  relationships,  // r: relationship ids in attributes
  drawing_word,   // wp: inline and anchored drawings
  drawing,        // a: DrawingML
  picture,        // pic:
  vml,            // v: VML pictures
  markup_compat,  // mc: alternate content
  package,        // pkg: Flat OPC
  office,         // o: 2003 document properties
  word_math,      // m: Office Math
};

class XmlPart {
 public:
  // Parses `bytes` as the part `name` of `container` (the file the user named). Throws InputError
  // naming the file, the part and the line of the first XML error. No entity beyond XML's predefined
  // five and character references is ever expanded (tinyxml2 reads no DTD).
  XmlPart(const std::string& container, std::string name, const std::string& bytes);

  const tinyxml2::XMLElement* root() const { return document_->RootElement(); }
  const std::string& name() const { return name_; }
  // Where `element` stands, as "file (part):line" for messages and the model's positions.
  SourcePosition position(const tinyxml2::XMLNode* node) const;

 private:
  std::unique_ptr<tinyxml2::XMLDocument> document_;
  std::string name_;
  std::shared_ptr<const std::string> label_;
};

// The local name of an element, after any prefix.
std::string_view local_name(const tinyxml2::XMLElement* element);
// The namespace of an element's prefix, found on the element or its ancestors.
Ns namespace_of(const tinyxml2::XMLElement* element);
// True when the element is `local` in namespace `ns`.
bool is(const tinyxml2::XMLElement* element, Ns ns, std::string_view local);

// The first child element `local` in `ns`, or null.
const tinyxml2::XMLElement* child(const tinyxml2::XMLElement* parent, Ns ns, std::string_view local);

// An attribute matched by namespace and local name (w:val, r:id, …), or null. An unprefixed
// attribute matches `Ns::other`.
const char* attribute(const tinyxml2::XMLElement* element, Ns ns, std::string_view local);
// w:val of the child `local`, or null when there is no such child.
const char* child_value(const tinyxml2::XMLElement* parent, std::string_view local);

// Word's on/off property `local` among the children of `parent` (<w:b/>, <w:b w:val="true"/>,
// <w:b w:val="0"/>): -1 when absent, 0 when switched off, 1 when on.
int on_off(const tinyxml2::XMLElement* parent, std::string_view local);

// Iterating over child elements: for (auto* e : elements(parent)).
class ElementRange {
 public:
  class Iterator {
   public:
    explicit Iterator(const tinyxml2::XMLElement* at) : at_(at) {}
    const tinyxml2::XMLElement* operator*() const { return at_; }
    Iterator& operator++() {
      at_ = at_->NextSiblingElement();
      return *this;
    }
    bool operator!=(const Iterator& other) const { return at_ != other.at_; }

   private:
    const tinyxml2::XMLElement* at_;
  };
  explicit ElementRange(const tinyxml2::XMLElement* parent) : parent_(parent) {}
  Iterator begin() const { return Iterator(parent_ ? parent_->FirstChildElement() : nullptr); }
  Iterator end() const { return Iterator(nullptr); }

 private:
  const tinyxml2::XMLElement* parent_;
};
inline ElementRange elements(const tinyxml2::XMLElement* parent) {
  return ElementRange(parent);
}

}  // namespace persklaar::docx
