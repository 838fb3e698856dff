#include "core/input/resource_access.h"

#include <algorithm>

namespace persklaar {
namespace {

struct Access {
  std::filesystem::path manuscript;  // canonical; empty when unset
  std::vector<std::filesystem::path> allowed;
};

Access& access() {
  static Access settings;
  return settings;
}

std::filesystem::path resolved(const std::filesystem::path& path) {
  std::error_code error;
  std::filesystem::path canonical = std::filesystem::weakly_canonical(std::filesystem::absolute(path), error);
  return error ? std::filesystem::absolute(path).lexically_normal() : canonical;
}

bool inside(const std::filesystem::path& file, const std::filesystem::path& folder) {
  const auto relative = file.lexically_relative(folder);
  return !relative.empty() && *relative.begin() != "..";
}

}  // namespace

void set_manuscript_folder(const std::filesystem::path& folder) {
  access().manuscript = resolved(folder);
}

void allow_folder_outside(const std::filesystem::path& folder) {
  access().allowed.push_back(resolved(folder));
}

void reset_resource_access() {
  access() = Access{};
}

bool may_read_resource(const std::filesystem::path& file) {
  const Access& settings = access();
  if (settings.manuscript.empty()) return true;
  const std::filesystem::path real = resolved(file);
  if (inside(real, settings.manuscript)) return true;
  return std::any_of(settings.allowed.begin(), settings.allowed.end(),
                     [&](const std::filesystem::path& folder) { return inside(real, folder); });
}

std::string outside_folder_hint() {
  return "move the file into the manuscript's folder (" + access().manuscript.string() +
         "), or allow its folder with --allow-outside PATH";
}

}  // namespace persklaar
