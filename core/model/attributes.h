#pragma once
// The escape hatch of the closed model: an identifier, classes and key/value pairs, as in pandoc's
// `{#id .class key=value}`. Formats use it for what the model's kinds do not name.
#include <string>
#include <utility>
#include <vector>

namespace persklaar {

struct Attributes {
  std::string id;
  std::vector<std::string> classes;
  std::vector<std::pair<std::string, std::string>> pairs;

  bool has_class(const std::string& name) const;
  bool empty() const { return id.empty() && classes.empty() && pairs.empty(); }
};

}  // namespace persklaar
