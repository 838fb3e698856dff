#include "plugins/docx/xml_part.h"

#include <cstring>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/diagnostics/diagnostic.h"
#include "plugins/docx/part_text.h"

namespace persklaar::docx {
namespace {

struct KnownNamespace {
  const char* uri;
  Ns ns;
};

// Transitional and Strict OOXML URIs, and WordprocessingML 2003's.
constexpr KnownNamespace kNamespaces[] = {
    {"http://schemas.openxmlformats.org/wordprocessingml/2006/main", Ns::word},
    {"http://purl.oclc.org/ooxml/wordprocessingml/main", Ns::word},
    {"http://schemas.microsoft.com/office/word/2003/wordml", Ns::word},
    {"http://schemas.microsoft.com/office/word/2003/auxHint", Ns::word2003_aux},
    {"http://schemas.microsoft.com/aml/2001/core", Ns::annotations},
    {"http://schemas.openxmlformats.org/officeDocument/2006/relationships", Ns::relationships},
    {"http://purl.oclc.org/ooxml/officeDocument/relationships", Ns::relationships},
    {"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", Ns::drawing_word},
    {"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing", Ns::drawing_word},
    {"http://schemas.openxmlformats.org/drawingml/2006/main", Ns::drawing},
    {"http://purl.oclc.org/ooxml/drawingml/main", Ns::drawing},
    {"http://schemas.openxmlformats.org/drawingml/2006/picture", Ns::picture},
    {"http://purl.oclc.org/ooxml/drawingml/picture", Ns::picture},
    {"urn:schemas-microsoft-com:vml", Ns::vml},
    {"http://schemas.openxmlformats.org/markup-compatibility/2006", Ns::markup_compat},
    {"http://schemas.microsoft.com/office/2006/xmlPackage", Ns::package},
    {"urn:schemas-microsoft-com:office:office", Ns::office},
    {"http://schemas.openxmlformats.org/officeDocument/2006/math", Ns::word_math},
    {"http://purl.oclc.org/ooxml/officeDocument/math", Ns::word_math},
};

Ns namespace_of_uri(const char* uri) {
  for (const auto& known : kNamespaces) {
    if (std::strcmp(known.uri, uri) == 0) return known.ns;
  }
  return Ns::other;
}

std::string_view prefix_of(const char* name) {
  const char* colon = std::strchr(name, ':');
  return colon ? std::string_view(name, static_cast<std::size_t>(colon - name)) : std::string_view();
}

std::string_view local_of(const char* name) {
  const char* colon = std::strchr(name, ':');
  return colon ? std::string_view(colon + 1) : std::string_view(name);
}

// The namespace bound to `prefix` ("" for the default namespace) where `element` stands.
Ns resolve_prefix(const tinyxml2::XMLElement* element, std::string_view prefix) {
  for (const tinyxml2::XMLNode* node = element; node; node = node->Parent()) {
    const auto* scope = node->ToElement();
    if (!scope) break;
    for (const tinyxml2::XMLAttribute* a = scope->FirstAttribute(); a; a = a->Next()) {
      const char* name = a->Name();
      if (name[0] != 'x' || std::strncmp(name, "xmlns", 5) != 0) continue;
      const std::string_view declared = name[5] == ':' ? std::string_view(name + 6) : std::string_view();
      if ((name[5] == ':' || name[5] == '\0') && declared == prefix) return namespace_of_uri(a->Value());
    }
  }
  return Ns::other;
}

// Whether "w:" is WordprocessingML's prefix throughout the part: declared once, to one of its URIs.
bool word_prefix_is_w(const std::string& bytes) {
  const std::size_t at = bytes.find("xmlns:w=\"");
  if (at == std::string::npos || bytes.find("xmlns:w=\"", at + 1) != std::string::npos) return false;
  const std::size_t value = at + 9;
  const std::size_t end = bytes.find('"', value);
  return end != std::string::npos && namespace_of_uri(bytes.substr(value, end - value).c_str()) == Ns::word;
}

}  // namespace

// Looking a prefix up on every ancestor of every element is most of the reading time, so each part
// resolves the prefixes declared on its root once. Only prefixes some inner element declares again
// (LibreOffice declares DrawingML's there) are looked up the long way.
struct NamespaceScope {
  struct Prefix {
    std::string prefix;
    Ns ns = Ns::other;
    bool redeclared = false;
  };
  std::vector<Prefix> at_root;
  std::unordered_set<std::string> redeclared;
  // "w:" when the root binds Word's namespace to "w" and no element binds "w" again: then a name that
  // begins so is in Word's namespace without any lookup, which is most names the reader asks about.
  std::string word_qualifier;
};

namespace {

std::string_view declared_prefix(const char* attribute_name) {
  if (attribute_name[0] != 'x' || std::strncmp(attribute_name, "xmlns", 5) != 0) return "\x01";  // not a declaration
  if (attribute_name[5] == '\0') return {};
  return attribute_name[5] == ':' ? std::string_view(attribute_name + 6) : std::string_view("\x01");
}

void collect_redeclared(const tinyxml2::XMLElement* element, NamespaceScope& scope) {
  for (const auto* inner = element->FirstChildElement(); inner; inner = inner->NextSiblingElement()) {
    for (const tinyxml2::XMLAttribute* a = inner->FirstAttribute(); a; a = a->Next()) {
      const std::string_view prefix = declared_prefix(a->Name());
      if (prefix != "\x01") scope.redeclared.insert(std::string(prefix));
    }
    collect_redeclared(inner, scope);
  }
}

// Whether any "xmlns" stands after the root's start tag: most parts declare every namespace on the
// root, and then the walk over every element looking for declarations is not needed. (A '>' inside
// an attribute value of the root only makes this find an earlier end, so it errs towards walking.)
bool declares_inside_root(const std::string& text) {
  std::size_t root = text.find('<');
  while (root != std::string::npos && root + 1 < text.size() && (text[root + 1] == '?' || text[root + 1] == '!')) {
    root = text.find('<', root + 1);
  }
  const std::size_t end = root == std::string::npos ? std::string::npos : text.find('>', root);
  return end == std::string::npos || text.find("xmlns", end) != std::string::npos;
}

// The part's scope travels with its tinyxml2 document as the document node's user data.
const NamespaceScope* scope_of(const tinyxml2::XMLElement* element) {
  return static_cast<const NamespaceScope*>(element->GetDocument()->GetUserData());
}

// Whether `name` begins with `prefix` (compared here rather than with strncmp: these are a few
// letters, and the reader compares names all the time).
bool begins_with(const char* name, std::string_view prefix) {
  for (const char c : prefix) {
    if (*name++ != c) return false;
  }
  return true;
}

// Whether `name` is `qualifier` followed by `local` and nothing more.
bool is_qualified(const char* name, const std::string& qualifier, std::string_view local) {
  name += qualifier.size();
  return begins_with(name, local) && name[local.size()] == '\0';
}

// The Word qualifier of the element's part when `name` begins with it, else null.
const std::string* word_qualifier_of(const tinyxml2::XMLElement* element, const char* name) {
  const NamespaceScope* scope = scope_of(element);
  if (!scope || scope->word_qualifier.empty()) return nullptr;
  return begins_with(name, scope->word_qualifier) ? &scope->word_qualifier : nullptr;
}

Ns lookup_prefix(const tinyxml2::XMLElement* element, std::string_view prefix) {
  if (const auto* scope = scope_of(element)) {
    for (const auto& known : scope->at_root) {
      if (known.prefix == prefix) {
        if (known.redeclared) break;
        return known.ns;
      }
    }
    if (!scope->redeclared.count(std::string(prefix))) return Ns::other;
  }
  return resolve_prefix(element, prefix);
}

}  // namespace

XmlPart::~XmlPart() = default;

XmlPart::XmlPart(const std::string& container, std::string name, const std::string& bytes)
    : document_(std::make_unique<tinyxml2::XMLDocument>(true, tinyxml2::PRESERVE_WHITESPACE)),
      name_(std::move(name)),
      label_(std::make_shared<const std::string>(container + " (" + name_ + ")")) {
  const std::string text = prepare_for_parsing(bytes, word_prefix_is_w(bytes));
  if (document_->Parse(text.data(), text.size()) == tinyxml2::XML_ELEMENT_DEPTH_EXCEEDED) {
    throw InputError(SourcePosition{label_, document_->ErrorLineNum(), 0},
                     "elements in part '" + name_ + "' are nested more than " +
                         std::to_string(TINYXML2_MAX_ELEMENT_DEPTH) + " levels deep",
                     "no word processor nests so deep: the document is damaged or was made to harm; open it in "
                     "Word or LibreOffice and save it again");
  }
  if (document_->Error() || !document_->RootElement()) {
    const int line = document_->ErrorLineNum();
    std::string what = document_->RootElement() || document_->Error() ? document_->ErrorName() : "no root element";
    throw InputError(SourcePosition{label_, line, 0}, "malformed XML in part '" + name_ + "' (" + what + ")",
                     "the document is damaged: open it in Word or LibreOffice and save it again");
  }
  namespaces_ = std::make_unique<NamespaceScope>();
  if (declares_inside_root(text)) collect_redeclared(root(), *namespaces_);
  for (const tinyxml2::XMLAttribute* a = root()->FirstAttribute(); a; a = a->Next()) {
    const std::string_view prefix = declared_prefix(a->Name());
    if (prefix == "\x01") continue;
    const bool redeclared = namespaces_->redeclared.count(std::string(prefix)) > 0;
    // The word processing namespace first: most lookups are for it.
    const Ns ns = namespace_of_uri(a->Value());
    NamespaceScope::Prefix entry{std::string(prefix), ns, redeclared};
    if (ns == Ns::word) {
      namespaces_->at_root.insert(namespaces_->at_root.begin(), std::move(entry));
    } else {
      namespaces_->at_root.push_back(std::move(entry));
    }
  }
  if (!namespaces_->at_root.empty()) {
    const NamespaceScope::Prefix& first = namespaces_->at_root.front();
    if (first.ns == Ns::word && !first.redeclared && !first.prefix.empty()) {
      namespaces_->word_qualifier = first.prefix + ":";
    }
  }
  document_->SetUserData(namespaces_.get());
}

SourcePosition XmlPart::position(const tinyxml2::XMLNode* node) const {
  return SourcePosition{label_, node ? node->GetLineNum() : 0, 0};
}

std::string_view local_name(const tinyxml2::XMLElement* element) {
  return local_of(element->Name());
}

Ns namespace_of(const tinyxml2::XMLElement* element) {
  const char* name = element->Name();
  if (word_qualifier_of(element, name)) return Ns::word;
  return lookup_prefix(element, prefix_of(name));
}

bool is(const tinyxml2::XMLElement* element, Ns ns, std::string_view local) {
  if (!element) return false;
  const char* name = element->Name();
  if (ns == Ns::word) {
    if (const std::string* qualifier = word_qualifier_of(element, name)) return is_qualified(name, *qualifier, local);
  }
  return local_of(name) == local && namespace_of(element) == ns;
}

const tinyxml2::XMLElement* child(const tinyxml2::XMLElement* parent, Ns ns, std::string_view local) {
  for (const auto* element : elements(parent)) {
    if (is(element, ns, local)) return element;
  }
  return nullptr;
}

const char* attribute(const tinyxml2::XMLElement* element, Ns ns, std::string_view local) {
  if (!element) return nullptr;
  for (const tinyxml2::XMLAttribute* a = element->FirstAttribute(); a; a = a->Next()) {
    const char* name = a->Name();
    if (ns == Ns::word) {
      if (const std::string* qualifier = word_qualifier_of(element, name)) {
        if (is_qualified(name, *qualifier, local)) return a->Value();
        continue;
      }
    }
    if (local_of(name) != local) continue;
    const std::string_view prefix = prefix_of(name);
    if (prefix.empty() ? ns == Ns::other : lookup_prefix(element, prefix) == ns) return a->Value();
  }
  return nullptr;
}

const char* child_value(const tinyxml2::XMLElement* parent, std::string_view local) {
  const auto* found = child(parent, Ns::word, local);
  if (!found) return nullptr;
  const char* value = attribute(found, Ns::word, "val");
  return value ? value : "";
}

int on_off(const tinyxml2::XMLElement* parent, std::string_view local) {
  const char* value = child_value(parent, local);
  if (!value) return -1;
  const std::string_view v(value);
  return (v == "0" || v == "false" || v == "off" || v == "none") ? 0 : 1;
}

}  // namespace persklaar::docx
