#include "plugins/docx/relationships.h"

#include "plugins/docx/xml_part.h"

namespace persklaar::docx {
namespace {

std::string rels_part_of(const std::string& source_part) {
  const auto slash = source_part.rfind('/');
  const std::string folder = slash == std::string::npos ? "" : source_part.substr(0, slash + 1);
  const std::string name = slash == std::string::npos ? source_part : source_part.substr(slash + 1);
  return folder + "_rels/" + name + ".rels";
}

std::string resolved(const std::string& source_part, const std::string& target) {
  if (!target.empty() && target[0] == '/') return Package::normalised(target);
  const auto slash = source_part.rfind('/');
  const std::string folder = slash == std::string::npos ? "" : source_part.substr(0, slash + 1);
  return Package::normalised(folder + target);
}

std::string last_segment(const std::string& uri) {
  const auto slash = uri.rfind('/');
  return slash == std::string::npos ? uri : uri.substr(slash + 1);
}

}  // namespace

Relationships Relationships::of(const Package& package, const std::string& source_part) {
  Relationships relationships;
  const std::string rels = rels_part_of(source_part);
  const std::string* bytes = package.find(rels);
  if (!bytes) return relationships;
  const XmlPart xml(package.file(), rels, *bytes);
  for (const auto* element : elements(xml.root())) {
    if (local_name(element) != "Relationship") continue;
    const char* id = element->Attribute("Id");
    const char* type = element->Attribute("Type");
    const char* target = element->Attribute("Target");
    if (!id || !target) continue;
    const char* mode = element->Attribute("TargetMode");
    Relationship relationship;
    relationship.type = type ? last_segment(type) : "";
    relationship.external = mode && std::string(mode) == "External";
    relationship.target = relationship.external ? target : resolved(source_part, target);
    relationships.by_id_[id] = std::move(relationship);
  }
  return relationships;
}

const Relationship* Relationships::find(const std::string& id) const {
  const auto found = by_id_.find(id);
  return found == by_id_.end() ? nullptr : &found->second;
}

std::string Relationships::target_of_type(const std::string& type) const {
  for (const auto& [id, relationship] : by_id_) {
    if (relationship.type == type && !relationship.external) return relationship.target;
  }
  return {};
}

}  // namespace persklaar::docx
