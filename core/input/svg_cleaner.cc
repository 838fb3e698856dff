#include "core/input/svg_cleaner.h"

#include <tinyxml2.h>

#include <cctype>
#include <vector>

#include "core/text/ascii_case.h"

namespace persklaar {
namespace {

using tinyxml2::XMLElement;
using tinyxml2::XMLNode;

// The name without its namespace prefix: "xlink:href" → "href".
std::string local_name(const char* name) {
  const std::string full = ascii_lowercase(name);
  const std::size_t colon = full.find(':');
  return colon == std::string::npos ? full : full.substr(colon + 1);
}

// Takes out "<!DOCTYPE …>" with its internal subset ("[ <!ENTITY …> ]"), which tinyxml2 would
// otherwise read as far as the first '>' only.
std::string without_doctype(const std::string& bytes, int& removed) {
  std::string out = bytes;
  for (std::size_t at = out.find("<!DOCTYPE"); at != std::string::npos; at = out.find("<!DOCTYPE", at)) {
    int depth = 0;
    std::size_t end = at;
    for (; end < out.size(); ++end) {
      if (out[end] == '[') ++depth;
      if (out[end] == ']') --depth;
      if (out[end] == '>' && depth <= 0) break;
    }
    out.erase(at, end == out.size() ? std::string::npos : end - at + 1);
    ++removed;
  }
  return out;
}

// A reference inside the image itself: "#id" or "url(#id)".
bool is_internal_reference(const std::string& value) {
  std::string text;
  for (const char c : value) {
    if (!std::isspace(static_cast<unsigned char>(c))) text += c;
  }
  return text.empty() || text[0] == '#';
}

// Whether every url(…) in a style or attribute value points inside the image.
bool urls_are_internal(const std::string& value) {
  const std::string text = ascii_lowercase(value);
  if (text.find("@import") != std::string::npos || text.find("expression(") != std::string::npos) return false;
  for (std::size_t at = text.find("url("); at != std::string::npos; at = text.find("url(", at + 4)) {
    std::size_t k = at + 4;
    while (k < text.size() && (std::isspace(static_cast<unsigned char>(text[k])) || text[k] == '\'' || text[k] == '"'))
      ++k;
    if (k >= text.size() || text[k] != '#') return false;
  }
  return true;
}

bool is_dangerous_element(const std::string& name) {
  return name == "script" || name == "foreignobject" || name == "iframe" || name == "embed" || name == "object" ||
         name == "handler" || name == "listener";
}

void clean_element(XMLElement* element, int& removed) {
  std::vector<std::string> drop;
  for (const auto* a = element->FirstAttribute(); a; a = a->Next()) {
    const std::string name = local_name(a->Name());
    const bool event = name.rfind("on", 0) == 0;
    const bool reference = name == "href" || name == "src";
    if (event || (reference && !is_internal_reference(a->Value())) || !urls_are_internal(a->Value())) {
      drop.push_back(a->Name());
    }
  }
  for (const auto& name : drop) element->DeleteAttribute(name.c_str());
  removed += static_cast<int>(drop.size());

  for (XMLNode* child = element->FirstChild(); child;) {
    XMLNode* next = child->NextSibling();
    XMLElement* inner = child->ToElement();
    const bool unknown = child->ToUnknown() || child->ToDeclaration();  // <!…>, <?…?>
    const bool dangerous = inner && is_dangerous_element(local_name(inner->Name()));
    const bool bad_style =
        inner && local_name(inner->Name()) == "style" && !urls_are_internal(inner->GetText() ? inner->GetText() : "");
    if (unknown || dangerous || bad_style) {
      element->DeleteChild(child);
      ++removed;
    } else if (inner) {
      clean_element(inner, removed);
    }
    child = next;
  }
}

}  // namespace

std::optional<CleanedSvg> clean_svg(const std::string& bytes, std::string& why) {
  CleanedSvg result;
  const std::string text = without_doctype(bytes, result.removed);
  tinyxml2::XMLDocument document(true, tinyxml2::PRESERVE_WHITESPACE);
  if (document.Parse(text.data(), text.size()) != tinyxml2::XML_SUCCESS) {
    why = std::string("it is not well-formed XML (") + document.ErrorStr() + ")";
    return std::nullopt;
  }
  XMLElement* root = document.RootElement();
  if (!root || local_name(root->Name()) != "svg") {
    why = "its root element is not <svg>";
    return std::nullopt;
  }
  // Everything outside the root (declarations, stylesheet instructions, comments) goes; the
  // printer writes the XML declaration again.
  for (XMLNode* node = document.FirstChild(); node;) {
    XMLNode* next = node->NextSibling();
    if (node != root) {
      if (!node->ToDeclaration()) ++result.removed;
      document.DeleteChild(node);
    }
    node = next;
  }
  clean_element(root, result.removed);
  tinyxml2::XMLPrinter printer;
  printer.PushHeader(false, true);
  document.Print(&printer);
  result.svg = printer.CStr();
  return result;
}

}  // namespace persklaar
