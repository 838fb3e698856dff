#include "cli/epub_entries.h"

#include <zip.h>

#include <memory>

namespace persklaar::cli {
namespace {

using Archive = std::unique_ptr<zip_t, decltype(&zip_discard)>;

Archive open_archive(const std::filesystem::path& epub) {
  int error = 0;
  return Archive(zip_open(epub.c_str(), ZIP_RDONLY, &error), zip_discard);
}

bool ends_with(const std::string& name, const std::string& tail) {
  return name.size() >= tail.size() && name.compare(name.size() - tail.size(), tail.size(), tail) == 0;
}

}  // namespace

std::vector<std::string> epub_pages(const std::filesystem::path& epub) {
  std::vector<std::string> pages;
  const Archive archive = open_archive(epub);
  if (!archive) return pages;
  const zip_int64_t entries = zip_get_num_entries(archive.get(), 0);
  for (zip_int64_t k = 0; k < entries; ++k) {
    const char* name = zip_get_name(archive.get(), static_cast<zip_uint64_t>(k), 0);
    if (name && ends_with(name, ".xhtml")) pages.emplace_back(name);
  }
  return pages;
}

std::optional<std::string> epub_entry(const std::filesystem::path& epub, const std::string& name) {
  const Archive archive = open_archive(epub);
  if (!archive) return std::nullopt;
  const zip_int64_t index = zip_name_locate(archive.get(), name.c_str(), 0);
  if (index < 0) return std::nullopt;
  zip_stat_t stat;
  if (zip_stat_index(archive.get(), static_cast<zip_uint64_t>(index), 0, &stat) != 0 || stat.size > (64u << 20)) {
    return std::nullopt;
  }
  std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(
      zip_fopen_index(archive.get(), static_cast<zip_uint64_t>(index), 0), zip_fclose);
  if (!file) return std::nullopt;
  std::string bytes(stat.size, '\0');
  if (zip_fread(file.get(), bytes.data(), stat.size) != static_cast<zip_int64_t>(stat.size)) return std::nullopt;
  return bytes;
}

}  // namespace persklaar::cli
