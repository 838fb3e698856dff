#pragma once
// The package document (package.opf): the publication's metadata, every file of the book (manifest)
// and the reading order (spine); and META-INF/container.xml, which points readers at it.
#include <string>
#include <utility>
#include <vector>

#include "core/model/publication.h"

namespace persklaar::epub {

inline constexpr const char* kPackageDocument = "EPUB/package.opf";

struct ManifestItem {
  std::string id;          // an XML name: "chapter-03"
  std::string href;        // relative to the package document: "text/chapter-03.xhtml"
  std::string media_type;  // "application/xhtml+xml"
  std::string properties;  // "nav", "cover-image" or empty
  bool in_spine = false;   // content documents in reading order
};

struct PackageContents {
  std::string identifier;                                       // "urn:uuid:…"
  std::string modified;                                         // "2019-12-01T00:00:00Z"
  std::vector<ManifestItem> items;                              // spine items in reading order
  std::vector<std::pair<std::string, std::string>> properties;  // extra <meta property> pairs (accessibility)
  std::string page_source;  // the print edition the page list follows (dc:source); empty without one
};

std::string package_document(const Metadata& metadata, const PackageContents& contents);
std::string container_xml();

}  // namespace persklaar::epub
