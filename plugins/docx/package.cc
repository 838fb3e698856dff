#include "plugins/docx/package.h"

#include <vector>

namespace persklaar::docx {

std::string Package::normalised(const std::string& name) {
  std::vector<std::string> segments;
  std::size_t begin = 0;
  while (begin <= name.size()) {
    std::size_t end = name.find_first_of("/\\", begin);
    if (end == std::string::npos) end = name.size();
    const std::string segment = name.substr(begin, end - begin);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    begin = end + 1;
  }
  std::string joined;
  for (const auto& segment : segments) joined += (joined.empty() ? "" : "/") + segment;
  return joined;
}

const std::string* Package::find(const std::string& name) const {
  const auto found = parts_.find(normalised(name));
  if (found != parts_.end()) return &found->second;
  // Zip entry names are case-sensitive, but OPC part names are not.
  const std::string wanted = normalised(name);
  for (const auto& [part, bytes] : parts_) {
    if (part.size() != wanted.size()) continue;
    bool same = true;
    for (std::size_t k = 0; k < part.size() && same; ++k) same = std::tolower(part[k]) == std::tolower(wanted[k]);
    if (same) return &bytes;
  }
  return nullptr;
}

}  // namespace persklaar::docx
