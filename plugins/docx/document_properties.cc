#include "plugins/docx/document_properties.h"

#include <regex>

namespace persklaar::docx {
namespace {

std::string trimmed(const char* text) {
  if (!text) return {};
  std::string value = text;
  const auto first = value.find_first_not_of(" \t\r\n");
  const auto last = value.find_last_not_of(" \t\r\n");
  return first == std::string::npos ? std::string() : value.substr(first, last - first + 1);
}

// "2019-12-01T09:30:00Z" → "2019-12-01"; keeps "2019-12" and "2019"; anything else is no date.
std::string iso_date(const std::string& value) {
  static const std::regex pattern(R"((\d{4}(-\d{2}(-\d{2})?)?).*)");
  std::smatch match;
  if (!std::regex_match(value, match, pattern)) return {};
  std::string date = match[1].str();
  // A day or month of "00" (LibreOffice's Word 2003 export of a date without one) is not there.
  if (date.size() == 10 && date.compare(8, 2, "00") == 0) date.erase(7);
  if (date.size() == 7 && date.compare(5, 2, "00") == 0) date.erase(4);
  return date;
}

}  // namespace

Metadata document_properties(const tinyxml2::XMLElement* properties, const SourcePosition& where) {
  Metadata metadata;
  metadata.position = where;
  for (const auto* element : elements(properties)) {
    const std::string_view name = local_name(element);
    const std::string value = trimmed(element->GetText());
    if (value.empty()) continue;
    if (name == "title" || name == "Title") {
      metadata.title = value;
    } else if (name == "creator" || name == "Author") {
      metadata.authors = {value};
    } else if (name == "created" || name == "Created") {
      metadata.date = iso_date(value);
    } else if (name == "language") {
      metadata.language = value;
    }
  }
  return metadata;
}

}  // namespace persklaar::docx
