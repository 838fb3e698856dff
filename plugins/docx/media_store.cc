#include "plugins/docx/media_store.h"

#include <cstdint>
#include <cstdio>

#include "core/output/atomic_file.h"
#include "core/output/private_folder.h"

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

// Word 2003 names pictures "wordml://02000001" or "wordml://Stip", without an extension; the
// editions tell formats by the extension, so it comes from the picture's first bytes then.
std::string extension_of_content(const std::string& bytes) {
  if (bytes.rfind("\x89PNG", 0) == 0) return ".png";
  if (bytes.rfind("\xFF\xD8\xFF", 0) == 0) return ".jpg";
  if (bytes.rfind("GIF8", 0) == 0) return ".gif";
  if (bytes.find("<svg") != std::string::npos && bytes.find("<svg") < 512) return ".svg";
  return "";
}

}  // namespace

std::filesystem::path store_media(const std::string& part_name, const std::string& bytes) {
  const std::filesystem::path& folder = private_temporary_folder();
  std::string extension = extension_of(part_name);
  if (extension.empty()) extension = extension_of_content(bytes);
  const std::filesystem::path file = folder / (hash_of(bytes) + "-" + std::to_string(bytes.size()) + extension);
  std::error_code error;
  if (!std::filesystem::exists(file, error) || std::filesystem::file_size(file, error) != bytes.size()) {
    write_file_atomically(file, bytes);
  }
  return file;
}

}  // namespace persklaar::docx
