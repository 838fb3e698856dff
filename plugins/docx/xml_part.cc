#include "plugins/docx/xml_part.h"

#include <cstring>
#include <utility>

#include "core/diagnostics/diagnostic.h"

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
      if (std::strncmp(name, "xmlns", 5) != 0) continue;
      const std::string_view declared = name[5] == ':' ? std::string_view(name + 6) : std::string_view();
      if ((name[5] == ':' || name[5] == '\0') && declared == prefix) return namespace_of_uri(a->Value());
    }
  }
  return Ns::other;
}

// tinyxml2 drops text made only of white space, whatever its whitespace mode, yet Word writes the
// spaces between words as runs of their own (<w:t xml:space="preserve"> </w:t>). Spaces and tabs
// standing alone between a tag and an end tag are written as character references, which tinyxml2
// keeps; line breaks are left, so line numbers stay those of the part.
std::string protect_lone_spaces(const std::string& bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 64);
  std::size_t k = 0;
  while (k < bytes.size()) {
    const std::size_t close = bytes.find('>', k);
    if (close == std::string::npos) break;
    out.append(bytes, k, close + 1 - k);
    std::size_t end = close + 1;
    while (end < bytes.size() && (bytes[end] == ' ' || bytes[end] == '\t')) ++end;
    if (end > close + 1 && bytes.compare(end, 2, "</") == 0) {
      for (std::size_t j = close + 1; j < end; ++j) out += bytes[j] == ' ' ? "&#32;" : "&#9;";
    } else {
      out.append(bytes, close + 1, end - close - 1);
    }
    k = end;
  }
  if (k < bytes.size()) out.append(bytes, k, std::string::npos);
  return out;
}

}  // namespace

XmlPart::XmlPart(const std::string& container, std::string name, const std::string& bytes)
    : document_(std::make_unique<tinyxml2::XMLDocument>(true, tinyxml2::PRESERVE_WHITESPACE)),
      name_(std::move(name)),
      label_(std::make_shared<const std::string>(container + " (" + name_ + ")")) {
  const std::string text = protect_lone_spaces(bytes);
  if (document_->Parse(text.data(), text.size()) != tinyxml2::XML_SUCCESS || !document_->RootElement()) {
    const int line = document_->ErrorLineNum();
    std::string what = document_->RootElement() || document_->Error() ? document_->ErrorName() : "no root element";
    throw InputError(SourcePosition{label_, line, 0}, "malformed XML in part '" + name_ + "' (" + what + ")",
                     "the document is damaged: open it in Word or LibreOffice and save it again");
  }
}

SourcePosition XmlPart::position(const tinyxml2::XMLNode* node) const {
  return SourcePosition{label_, node ? node->GetLineNum() : 0, 0};
}

std::string_view local_name(const tinyxml2::XMLElement* element) {
  return local_of(element->Name());
}

Ns namespace_of(const tinyxml2::XMLElement* element) {
  return resolve_prefix(element, prefix_of(element->Name()));
}

bool is(const tinyxml2::XMLElement* element, Ns ns, std::string_view local) {
  return element && local_of(element->Name()) == local && namespace_of(element) == ns;
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
    if (local_of(a->Name()) != local) continue;
    const std::string_view prefix = prefix_of(a->Name());
    if (prefix.empty() ? ns == Ns::other : resolve_prefix(element, prefix) == ns) return a->Value();
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
