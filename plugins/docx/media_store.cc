#include "plugins/docx/media_store.h"

#include <cstdint>
#include <cstdio>

#include "core/output/atomic_file.h"

namespace persklaar::docx {
namespace {

// FNV-1a, 64 bits: enough to tell a document's images apart, and stable between runs.
std::string hash_of(const std::string& bytes) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
  return text;
}

std::string extension_of(const std::string& part_name) {
  const auto dot = part_name.rfind('.');
  const auto slash = part_name.rfind('/');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  std::string extension = part_name.substr(dot);
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return extension;
}

}  // namespace

std::filesystem::path store_media(const std::string& part_name, const std::string& bytes) {
  const std::filesystem::path folder = std::filesystem::temp_directory_path() / "persklaar-word-media";
  std::filesystem::create_directories(folder);
  const std::filesystem::path file =
      folder / (hash_of(bytes) + "-" + std::to_string(bytes.size()) + extension_of(part_name));
  std::error_code error;
  if (!std::filesystem::exists(file, error) || std::filesystem::file_size(file, error) != bytes.size()) {
    write_file_atomically(file, bytes);
  }
  return file;
}

}  // namespace persklaar::docx
