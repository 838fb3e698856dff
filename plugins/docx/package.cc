#include "plugins/docx/package.h"

#include <cctype>
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

Package::Package(std::string file, const std::vector<std::string>& names, std::unique_ptr<Source> source)
    : file_(std::move(file)), source_(std::move(source)) {
  for (const std::string& name : names) unread_[normalised(name)] = name;
}

const std::string* Package::part(const std::string& normalised_name) const {
  const auto read = parts_.find(normalised_name);
  if (read != parts_.end()) return &read->second;
  const auto unread = unread_.find(normalised_name);
  if (unread == unread_.end()) return nullptr;
  std::string bytes = source_->read(unread->second);
  unread_.erase(unread);
  return &(parts_[normalised_name] = std::move(bytes));
}

const std::string* Package::find(const std::string& name) const {
  const std::string wanted = normalised(name);
  if (const std::string* found = part(wanted)) return found;
  // Zip entry names are case-sensitive, but OPC part names are not.
  const auto same_ignoring_case = [&wanted](const std::string& other) {
    if (other.size() != wanted.size()) return false;
    for (std::size_t k = 0; k < other.size(); ++k) {
      if (std::tolower(other[k]) != std::tolower(wanted[k])) return false;
    }
    return true;
  };
  const std::string* first = nullptr;  // in name order, read or not
  for (const auto* names : {&parts_, &unread_}) {
    for (const auto& [other, unused] : *names) {
      if (same_ignoring_case(other) && (!first || other < *first)) first = &other;
    }
  }
  return first ? part(std::string(*first)) : nullptr;
}

}  // namespace persklaar::docx
