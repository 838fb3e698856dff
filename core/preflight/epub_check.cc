// The checks an EPUB 3 file can have without a Java validator: its container (mimetype first and
// stored, container.xml naming a package that exists), its package's required metadata, its
// manifest and spine (every item present, every spine entry an item, one navigation document), and
// the accessibility metadata EPUB Accessibility 1.1 asks for. epubcheck and Ace check far more;
// these are what a build can always check on what it has just written.
#include <tinyxml2.h>
#include <zip.h>

#include <map>
#include <memory>
#include <set>

#include "core/diagnostics/diagnostic.h"
#include "core/preflight/preflight.h"

namespace persklaar {
namespace {

using Archive = std::unique_ptr<zip_t, decltype(&zip_discard)>;

std::string read_entry(zip_t* archive, const std::string& name) {
  zip_stat_t stat;
  if (zip_stat(archive, name.c_str(), 0, &stat) != 0) return "";
  std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen(archive, name.c_str(), 0), zip_fclose);
  if (!file) return "";
  std::string data(static_cast<std::size_t>(stat.size), '\0');
  const zip_int64_t read = zip_fread(file.get(), data.data(), stat.size);
  data.resize(read < 0 ? 0 : static_cast<std::size_t>(read));
  return data;
}

// The local name of an element ("dc:title" → "title").
std::string local(const char* name) {
  const std::string text = name ? name : "";
  const std::size_t colon = text.find(':');
  return colon == std::string::npos ? text : text.substr(colon + 1);
}

const tinyxml2::XMLElement* child(const tinyxml2::XMLElement* parent, const std::string& name) {
  for (auto* e = parent ? parent->FirstChildElement() : nullptr; e; e = e->NextSiblingElement()) {
    if (local(e->Name()) == name) return e;
  }
  return nullptr;
}

struct Check {
  PreflightReport& report;
  void rule(const std::string& name, const std::string& checks) { report.rules.push_back({name, checks}); }
  void fail(const std::string& rule, const std::string& object, const std::string& problem, const std::string& fix) {
    report.findings.push_back({rule, 0, object, problem, fix});
  }
};

void check_container(zip_t* archive, Check& check, std::string& package_path) {
  zip_stat_t stat;
  const bool first = zip_get_name(archive, 0, 0) && std::string(zip_get_name(archive, 0, 0)) == "mimetype";
  const bool stored = zip_stat_index(archive, 0, 0, &stat) == 0 && stat.comp_method == ZIP_CM_STORE;
  if (!first || !stored || read_entry(archive, "mimetype") != "application/epub+zip") {
    check.fail("epub-container", "mimetype", "the first entry is not an uncompressed mimetype 'application/epub+zip'",
               "write the mimetype first, stored without compression");
  }
  tinyxml2::XMLDocument container;
  const std::string xml = read_entry(archive, "META-INF/container.xml");
  const auto* rootfiles = container.Parse(xml.c_str(), xml.size()) == tinyxml2::XML_SUCCESS
                              ? child(container.RootElement(), "rootfiles")
                              : nullptr;
  const auto* rootfile = child(rootfiles, "rootfile");
  package_path = rootfile && rootfile->Attribute("full-path") ? rootfile->Attribute("full-path") : "";
  zip_stat_t package;
  if (package_path.empty() || zip_stat(archive, package_path.c_str(), 0, &package) != 0) {
    check.fail("epub-container", "META-INF/container.xml", "no package document named, or it is missing",
               "name the package (.opf) in container.xml");
    package_path.clear();
  }
}

void check_package(zip_t* archive, const std::string& package_path, Check& check) {
  tinyxml2::XMLDocument package;
  const std::string xml = read_entry(archive, package_path);
  if (package.Parse(xml.c_str(), xml.size()) != tinyxml2::XML_SUCCESS) {
    check.fail("epub-package", package_path, "the package document is not well-formed XML", "write it again");
    return;
  }
  const auto* root = package.RootElement();
  const auto* metadata = child(root, "metadata");
  std::multimap<std::string, std::string> values;  // "title", "language", meta properties → text
  for (auto* e = metadata ? metadata->FirstChildElement() : nullptr; e; e = e->NextSiblingElement()) {
    const std::string key =
        local(e->Name()) == "meta" && e->Attribute("property") ? e->Attribute("property") : local(e->Name());
    if (e->Attribute("refines")) continue;
    values.emplace(key, e->GetText() ? e->GetText() : "");
  }
  for (const char* required : {"identifier", "title", "language", "dcterms:modified"}) {
    if (!values.count(required)) {
      check.fail("epub-package", package_path, std::string("the package has no ") + required,
                 "add it to the package's metadata");
    }
  }
  for (const char* required : {"schema:accessMode", "schema:accessModeSufficient", "schema:accessibilityFeature",
                               "schema:accessibilityHazard", "schema:accessibilitySummary"}) {
    if (!values.count(required)) {
      check.fail("epub-accessibility-metadata", package_path, std::string("no ") + required,
                 "add the accessibility metadata EPUB Accessibility 1.1 asks for");
    }
  }
  bool conforms = false;
  for (auto [at, end] = values.equal_range("dcterms:conformsTo"); at != end; ++at)
    conforms |= at->second.rfind("EPUB Accessibility 1.1", 0) == 0;
  if (!conforms) {
    check.fail("epub-accessibility-metadata", package_path, "no dcterms:conformsTo EPUB Accessibility 1.1",
               "state the conformance the e-book meets");
  }

  const std::string folder =
      package_path.find('/') == std::string::npos ? "" : package_path.substr(0, package_path.rfind('/') + 1);
  std::set<std::string> ids;
  int navigation = 0;
  const auto* manifest = child(root, "manifest");
  for (auto* item = manifest ? manifest->FirstChildElement() : nullptr; item; item = item->NextSiblingElement()) {
    if (item->Attribute("id")) ids.insert(item->Attribute("id"));
    const std::string properties = item->Attribute("properties") ? item->Attribute("properties") : "";
    if (properties.find("nav") != std::string::npos) ++navigation;
    zip_stat_t stat;
    const std::string href = item->Attribute("href") ? item->Attribute("href") : "";
    if (zip_stat(archive, (folder + href).c_str(), 0, &stat) != 0) {
      check.fail("epub-manifest", folder + href, "a manifest item is not in the container",
                 "add the file or drop the item");
    }
  }
  if (navigation != 1) {
    check.fail("epub-manifest", package_path,
               "the manifest has " + std::to_string(navigation) + " navigation documents",
               "mark exactly one item properties=\"nav\"");
  }
  const auto* spine = child(root, "spine");
  int entries = 0;
  for (auto* ref = spine ? spine->FirstChildElement() : nullptr; ref; ref = ref->NextSiblingElement(), ++entries) {
    const std::string idref = ref->Attribute("idref") ? ref->Attribute("idref") : "";
    if (!ids.count(idref)) {
      check.fail("epub-manifest", package_path, "the spine refers to '" + idref + "', which the manifest lacks",
                 "make the spine refer to manifest items");
    }
  }
  if (entries == 0) check.fail("epub-manifest", package_path, "the spine is empty", "list the content documents");
}

}  // namespace

PreflightReport check_epub(const std::filesystem::path& file) {
  PreflightReport report;
  report.file = file;
  report.profile = "epub";
  Check check{report};
  check.rule("epub-container", "the mimetype entry comes first, stored; container.xml names the package");
  check.rule("epub-package", "the package has an identifier, a title, a language and dcterms:modified");
  check.rule("epub-manifest",
             "every manifest item is in the container, the spine lists items, one navigation document");
  check.rule("epub-accessibility-metadata",
             "access modes, features, hazards, summary and conformance to EPUB Accessibility 1.1");
  int error = 0;
  Archive archive(zip_open(file.c_str(), ZIP_RDONLY, &error), zip_discard);
  if (!archive) {
    throw InputError(position_in(file.string()), "not an EPUB (a ZIP container) that can be opened",
                     "check the path, or make the e-book again");
  }
  std::string package;
  check_container(archive.get(), check, package);
  if (!package.empty()) check_package(archive.get(), package, check);
  return report;
}

}  // namespace persklaar
