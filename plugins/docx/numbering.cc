#include "plugins/docx/numbering.h"

#include <cstdlib>

namespace persklaar::docx {
namespace {

int int_of(const char* value, int otherwise) {
  return value ? std::atoi(value) : otherwise;
}

// Word 2003's number format codes: 23 is a bullet, 255 no number; the rest are kinds of numbers.
bool ordered_2003(const char* nfc) {
  const int code = int_of(nfc, 0);
  return code != 23 && code != 255;
}

bool ordered_format(const char* format) {
  if (!format) return false;
  const std::string value = format;
  return value != "bullet" && value != "none" && !value.empty();
}

std::map<int, ListLevel> levels_of(const tinyxml2::XMLElement* definition, bool word_2003) {
  std::map<int, ListLevel> levels;
  for (const auto* level : elements(definition)) {
    if (!is(level, Ns::word, "lvl")) continue;
    ListLevel read;
    read.start = int_of(child_value(level, "start"), 1);
    read.ordered = word_2003 ? ordered_2003(child_value(level, "nfc")) : ordered_format(child_value(level, "numFmt"));
    levels[int_of(attribute(level, Ns::word, "ilvl"), 0)] = read;
  }
  return levels;
}

void read_overrides(const tinyxml2::XMLElement* instance, std::map<int, int>& overrides) {
  for (const auto* override_element : elements(instance)) {
    if (!is(override_element, Ns::word, "lvlOverride")) continue;
    const int level = int_of(attribute(override_element, Ns::word, "ilvl"), 0);
    if (const char* start = child_value(override_element, "startOverride")) overrides[level] = std::atoi(start);
  }
}

}  // namespace

void Numbering::read(const tinyxml2::XMLElement* numbering) {
  for (const auto* element : elements(numbering)) {
    if (is(element, Ns::word, "abstractNum")) {
      if (const char* id = attribute(element, Ns::word, "abstractNumId")) abstracts_[id] = levels_of(element, false);
    } else if (is(element, Ns::word, "num")) {
      const char* id = attribute(element, Ns::word, "numId");
      if (!id) continue;
      Instance instance;
      if (const char* abstract = child_value(element, "abstractNumId")) instance.abstract_id = abstract;
      read_overrides(element, instance.start_overrides);
      instances_[id] = std::move(instance);
    }
  }
}

void Numbering::read_2003(const tinyxml2::XMLElement* lists) {
  for (const auto* element : elements(lists)) {
    if (is(element, Ns::word, "listDef")) {
      if (const char* id = attribute(element, Ns::word, "listDefId")) abstracts_[id] = levels_of(element, true);
    } else if (is(element, Ns::word, "list")) {
      const char* id = attribute(element, Ns::word, "ilfo");
      if (!id) continue;
      Instance instance;
      if (const char* abstract = child_value(element, "ilst")) instance.abstract_id = abstract;
      read_overrides(element, instance.start_overrides);
      instances_[id] = std::move(instance);
    }
  }
}

std::string Numbering::abstract_of(const std::string& num_id) const {
  const auto found = instances_.find(num_id);
  return found == instances_.end() ? "num:" + num_id : found->second.abstract_id;
}

ListLevel Numbering::level(const std::string& num_id, int level) const {
  const auto instance = instances_.find(num_id);
  if (instance == instances_.end()) return {};
  ListLevel result;
  if (const auto abstract = abstracts_.find(instance->second.abstract_id); abstract != abstracts_.end()) {
    if (const auto found = abstract->second.find(level); found != abstract->second.end()) result = found->second;
  }
  if (const auto start = instance->second.start_overrides.find(level);
      start != instance->second.start_overrides.end()) {
    result.start = start->second;
  }
  return result;
}

bool Numbering::restarts(const std::string& num_id, int level) const {
  const auto instance = instances_.find(num_id);
  return instance != instances_.end() && instance->second.start_overrides.count(level) > 0;
}

}  // namespace persklaar::docx
