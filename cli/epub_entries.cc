#include "cli/epub_entries.h"

#include <tinyxml2.h>
#include <zip.h>

#include <memory>

namespace persklaar::cli {
namespace {

using Archive = std::unique_ptr<zip_t, decltype(&zip_discard)>;

Archive open_archive(const std::filesystem::path& epub) {
  int error = 0;
  return Archive(zip_open(epub.c_str(), ZIP_RDONLY, &error), zip_discard);
}

}  // namespace

std::vector<std::string> epub_pages(const std::filesystem::path& epub) {
  std::vector<std::string> pages;
  // The container names the package document; its spine gives the reading order.
  const auto container = epub_entry(epub, "META-INF/container.xml");
  tinyxml2::XMLDocument container_xml;
  if (!container || container_xml.Parse(container->data(), container->size()) != tinyxml2::XML_SUCCESS) return pages;
  const tinyxml2::XMLElement* rootfiles =
      container_xml.RootElement() ? container_xml.RootElement()->FirstChildElement("rootfiles") : nullptr;
  const tinyxml2::XMLElement* rootfile = rootfiles ? rootfiles->FirstChildElement("rootfile") : nullptr;
  const char* package_path = rootfile ? rootfile->Attribute("full-path") : nullptr;
  const auto package = package_path ? epub_entry(epub, package_path) : std::nullopt;
  tinyxml2::XMLDocument package_xml;
  if (!package || package_xml.Parse(package->data(), package->size()) != tinyxml2::XML_SUCCESS) return pages;
  const std::filesystem::path folder = std::filesystem::path(package_path).parent_path();
  const tinyxml2::XMLElement* root = package_xml.RootElement();
  const tinyxml2::XMLElement* manifest = root->FirstChildElement("manifest");
  const tinyxml2::XMLElement* spine = root->FirstChildElement("spine");
  if (!manifest || !spine) return pages;
  for (const auto* reference = spine->FirstChildElement("itemref"); reference;
       reference = reference->NextSiblingElement("itemref")) {
    const char* id = reference->Attribute("idref");
    for (const auto* item = manifest->FirstChildElement("item"); item && id; item = item->NextSiblingElement("item")) {
      const char* href = item->Attribute("href");
      if (href && item->Attribute("id", id)) pages.push_back((folder / href).lexically_normal().generic_string());
    }
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
