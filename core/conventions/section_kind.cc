#include "core/conventions/section_kind.h"

#include <regex>

#include "core/text/ascii_case.h"

namespace persklaar {
namespace {

std::string normalised(const std::string& title) {
  const std::string out = ascii_lowercase(title);
  const auto first = out.find_first_not_of(" \t");
  const auto last = out.find_last_not_of(" \t.:");
  return first == std::string::npos ? std::string() : out.substr(first, last - first + 1);
}

}  // namespace

SectionKind section_kind_from_title(const std::string& title) {
  static const std::regex introduction(R"((inleiding|introductie|introduction))");
  static const std::regex meeting(R"((bijeenkomst|verslag|meeting|meeting report)( ([ivx]+|\d+))?)");
  static const std::regex experiences(R"((ervaringen|experiences))");
  // The longest kind title is a few words; std::regex recurses once per character of a longer run.
  if (title.size() > 64) return SectionKind::generic;
  const std::string text = normalised(title);
  if (std::regex_match(text, introduction)) return SectionKind::introduction;
  if (std::regex_match(text, meeting)) return SectionKind::meeting_report;
  if (std::regex_match(text, experiences)) return SectionKind::experiences;
  return SectionKind::generic;
}

std::optional<SectionKind> section_kind_from_class(const std::string& name) {
  if (name == "introduction") return SectionKind::introduction;
  if (name == "meeting" || name == "meeting-report") return SectionKind::meeting_report;
  if (name == "experiences") return SectionKind::experiences;
  if (name == "generic") return SectionKind::generic;
  return std::nullopt;
}

SectionKind section_kind_of(const Attributes& attributes, const std::string& title) {
  for (const auto& name : attributes.classes) {
    if (auto kind = section_kind_from_class(name)) return *kind;
  }
  return section_kind_from_title(title);
}

Matter matter_of(const Attributes& attributes) {
  if (attributes.has_class("front")) return Matter::front;
  if (attributes.has_class("back")) return Matter::back;
  return Matter::body;
}

}  // namespace persklaar
