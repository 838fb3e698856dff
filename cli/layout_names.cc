#include "cli/layout_names.h"

#include <algorithm>

#include "cli/commands.h"
#include "cli/suggest.h"
#include "core/resources/resource_paths.h"

namespace persklaar::cli {

std::vector<std::filesystem::path> bundled_layouts() {
  std::vector<std::filesystem::path> layouts;
  for (const auto& entry : std::filesystem::directory_iterator(data_folder("layouts"))) {
    if (entry.is_regular_file() && entry.path().extension() == ".xml") layouts.push_back(entry.path());
  }
  std::sort(layouts.begin(), layouts.end());
  return layouts;
}

std::filesystem::path resolve_layout(const std::string& value) {
  const std::filesystem::path path(value);
  const bool is_path = value.find('/') != std::string::npos || path.extension() == ".xml";
  std::error_code error;
  if (is_path) {
    if (!std::filesystem::is_regular_file(path, error)) {
      throw UsageError("--layout " + value +
                       ": no such layout file\n  hint: check the path, or name a bundled "
                       "layout ('persklaar layouts' lists them)");
    }
    return path;
  }
  std::vector<std::string> names;
  for (const auto& layout : bundled_layouts()) {
    if (layout.stem() == value) return layout;
    names.push_back(layout.stem().string());
  }
  if (std::filesystem::is_regular_file(path, error)) return path;  // a layout file in the current folder
  std::string list;
  for (const auto& name : names) list += (list.empty() ? "" : ", ") + name;
  throw UsageError("--layout " + value + ": no bundled layout has that name" + did_you_mean(value, names) +
                   "\n  hint: the layouts are " + list + "; or give the path of a layout file");
}

}  // namespace persklaar::cli
