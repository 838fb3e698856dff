#include "tests/hostile/reproducer.h"

#include <algorithm>

namespace persklaar::testing {

CliRun Reproducer::build(const std::filesystem::path& manuscript, const std::vector<std::string>& extra,
                         std::chrono::seconds limit) const {
  std::vector<std::string> arguments{"build", manuscript.string(), "-o", out().string()};
  arguments.insert(arguments.end(), extra.begin(), extra.end());
  return run_cli(arguments, folder_, limit);
}

CliRun Reproducer::build_markdown(const std::string& markdown, const std::vector<std::string>& extra,
                                  const std::string& name) const {
  return build(folder_.write(name, markdown), extra);
}

std::vector<std::string> Reproducer::out_files() const {
  std::vector<std::string> names;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(out(), error))
    names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace persklaar::testing
