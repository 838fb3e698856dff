#include "core/conventions/editorial_checks.h"

#include <algorithm>

#include "core/conventions/section_kind.h"

namespace persklaar {
namespace {

std::string listed(const std::vector<std::string>& names, const std::string& prefix) {
  std::string out;
  for (const auto& name : names) out += (out.empty() ? "" : ", ") + prefix + name;
  return out;
}

bool contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

void check_attributes(const Attributes& attributes, const SourcePosition& where, Diagnostics& diagnostics) {
  for (const auto& name : attributes.classes) {
    if (contains(known_heading_classes(), name)) continue;
    diagnostics.warn(where, "unknown class '." + name + "' on a heading is ignored",
                     "known classes: " + listed(known_heading_classes(), ".") + "; remove it if it is a leftover");
  }
  for (const auto& [key, value] : attributes.pairs) {
    if (contains(known_heading_keys(), key)) continue;
    diagnostics.warn(where, "unknown attribute '" + key + "=" + value + "' on a heading is ignored",
                     "known attributes: " + listed(known_heading_keys(), "") + "=…");
  }
}

}  // namespace

const std::vector<std::string>& known_heading_classes() {
  static const std::vector<std::string> classes = {"front",          "back",        "introduction", "meeting",
                                                   "meeting-report", "experiences", "generic"};
  return classes;
}

const std::vector<std::string>& known_heading_keys() {
  static const std::vector<std::string> keys = {"lang"};
  return keys;
}

void check_part_begins_with_chapter(const Publication& fragment, const std::string& part) {
  if (fragment.chapters.empty() || fragment.chapters.front().has_heading) return;
  const Chapter& untitled = fragment.chapters.front();
  throw InputError(untitled.position,
                   "'" + part +
                       "' has text before its first chapter title ('# …'), so that text "
                       "belongs to no chapter",
                   "begin the file with the chapter's title: # Title (or '# Title {.front}' for front matter)");
}

void check_editorial_conventions(const Publication& publication, Diagnostics& diagnostics) {
  for (const Chapter& chapter : publication.chapters) {
    check_attributes(chapter.attributes, chapter.position, diagnostics);
    for (const Section& section : chapter.sections) {
      check_attributes(section.attributes, section.position, diagnostics);
      if (section.kind != SectionKind::experiences) continue;
      for (const Block& block : section.blocks) {
        if (!std::holds_alternative<BlockQuote>(block.value)) continue;
        diagnostics.warn(block.position,
                         "this quotation in an experiences section is not a testimonial: its last line names no one",
                         "end it with a line '— Name - role' (an em dash, the name, a spaced hyphen, the role)");
      }
    }
  }
}

}  // namespace persklaar
