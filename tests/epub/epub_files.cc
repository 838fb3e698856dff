#include "tests/epub/epub_files.h"

#include <tinyxml2.h>
#include <zip.h>

#include <stdexcept>

#include "core/pipeline/build_editions.h"
#include "tests/support/pipeline.h"
#include "tests/support/temporary_folder.h"

namespace persklaar::testing {
namespace {

using tinyxml2::XMLDocument;
using tinyxml2::XMLElement;

void parse(XMLDocument& xml, const std::string& text, const std::string& what) {
  if (xml.Parse(text.data(), text.size()) != tinyxml2::XML_SUCCESS) {
    throw std::runtime_error(what + " is not well-formed XML: " + xml.ErrorStr());
  }
}

void append_text(const tinyxml2::XMLNode* node, std::string& out) {
  for (const tinyxml2::XMLNode* child = node->FirstChild(); child; child = child->NextSibling()) {
    if (const auto* text = child->ToText()) {
      out += text->Value();
    } else if (const XMLElement* element = child->ToElement()) {
      const std::string name = element->Name();
      if (name == "img") {
        if (const char* alt = element->Attribute("alt")) out += std::string(" ") + alt + " ";
      } else if (name == "br") {
        out += ' ';
      } else {
        append_text(element, out);
      }
    }
  }
}

}  // namespace

EpubBuild build_epub(const Publication& publication, const std::filesystem::path& folder) {
  Diagnostics diagnostics;
  EditionRequest request;
  request.formats = {"epub"};
  request.output_directory = folder;
  request.base_name = "edition";
  const auto results = build_editions(publication, request, built_plugins(), diagnostics);
  if (results.size() != 1 || !results.front().error.empty() || results.front().files.empty()) {
    throw std::runtime_error("the epub edition failed: " + (results.empty() ? "" : results.front().error));
  }
  EpubBuild build;
  build.file = results.front().files.front();
  build.bytes = read_file(build.file);
  build.warnings = diagnostics.all();
  return build;
}

EpubArchive::EpubArchive(const std::string& bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) : nullptr;
  if (!archive) {
    const std::string reason = zip_error_strerror(&error);
    if (source) zip_source_free(source);
    zip_error_fini(&error);
    throw std::runtime_error("not a zip archive: " + reason);
  }
  const zip_int64_t count = zip_get_num_entries(archive, 0);
  for (zip_int64_t k = 0; k < count; ++k) {
    const auto index = static_cast<zip_uint64_t>(k);
    zip_stat_t stat;
    zip_stat_index(archive, index, 0, &stat);
    ArchiveMember member{stat.name, std::string(stat.size, '\0'), stat.comp_method == ZIP_CM_STORE};
    zip_file_t* file = zip_fopen_index(archive, index, 0);
    if (!file || zip_fread(file, member.bytes.data(), stat.size) != static_cast<zip_int64_t>(stat.size)) {
      if (file) zip_fclose(file);
      zip_discard(archive);
      throw std::runtime_error("cannot read " + member.name + " from the archive");
    }
    zip_fclose(file);
    members_.push_back(std::move(member));
  }
  zip_discard(archive);
}

const std::string& EpubArchive::entry(const std::string& name) const {
  for (const ArchiveMember& member : members_) {
    if (member.name == name) return member.bytes;
  }
  throw std::out_of_range("the EPUB has no " + name);
}

bool EpubArchive::has(const std::string& name) const {
  for (const ArchiveMember& member : members_) {
    if (member.name == name) return true;
  }
  return false;
}

std::vector<std::string> EpubArchive::spine() const {
  XMLDocument container;
  parse(container, entry("META-INF/container.xml"), "container.xml");
  const std::string package_path =
      container.RootElement()->FirstChildElement("rootfiles")->FirstChildElement("rootfile")->Attribute("full-path");
  const std::string folder = package_path.substr(0, package_path.rfind('/') + 1);
  XMLDocument package;
  parse(package, entry(package_path), package_path);
  std::vector<std::string> order;
  const XMLElement* manifest = package.RootElement()->FirstChildElement("manifest");
  for (const XMLElement* ref = package.RootElement()->FirstChildElement("spine")->FirstChildElement("itemref"); ref;
       ref = ref->NextSiblingElement("itemref")) {
    for (const XMLElement* item = manifest->FirstChildElement("item"); item; item = item->NextSiblingElement("item")) {
      if (std::string(item->Attribute("id")) == ref->Attribute("idref"))
        order.push_back(folder + item->Attribute("href"));
    }
  }
  return order;
}

void replace_entry(const std::filesystem::path& epub, const std::string& name, const std::string& bytes) {
  int error = 0;
  zip_t* archive = zip_open(epub.c_str(), 0, &error);
  if (!archive) throw std::runtime_error("cannot open " + epub.string());
  const zip_int64_t index = zip_name_locate(archive, name.c_str(), 0);
  zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
  if (index < 0 || !source || zip_file_replace(archive, static_cast<zip_uint64_t>(index), source, 0) < 0) {
    if (source) zip_source_free(source);
    zip_discard(archive);
    throw std::runtime_error("cannot replace " + name + " in " + epub.string());
  }
  if (zip_close(archive) < 0) {
    zip_discard(archive);
    throw std::runtime_error("cannot write " + epub.string());
  }
}

std::string collapse_spaces(const std::string& text) {
  std::string out;
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string visible_text(const std::string& xhtml) {
  XMLDocument xml;
  parse(xml, xhtml, "a content document");
  const XMLElement* body = xml.RootElement()->FirstChildElement("body");
  std::string out;
  if (body) append_text(body, out);
  return collapse_spaces(out);
}

}  // namespace persklaar::testing
