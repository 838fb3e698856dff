#include "plugins/epub/package_document.h"

#include <tinyxml2.h>

namespace persklaar::epub {
namespace {

using tinyxml2::XMLDocument;
using tinyxml2::XMLElement;

// Pretty-printed: the package has no mixed content, so indentation changes no value.
std::string print(const XMLDocument& xml) {
  tinyxml2::XMLPrinter printer;
  xml.Print(&printer);
  return std::string(printer.CStr(), static_cast<std::size_t>(printer.CStrSize() - 1));
}

XMLElement* add(XMLElement* parent, const char* name, const std::string& text = {}) {
  XMLElement* element = parent->GetDocument()->NewElement(name);
  parent->InsertEndChild(element);
  if (!text.empty()) element->SetText(text.c_str());
  return element;
}

XMLElement* meta(XMLElement* metadata, const std::string& property, const std::string& value,
                 const std::string& refines = {}) {
  XMLElement* element = add(metadata, "meta", value);
  if (!refines.empty()) element->SetAttribute("refines", ("#" + refines).c_str());
  element->SetAttribute("property", property.c_str());
  return element;
}

void people(XMLElement* metadata, const char* element_name, const char* id_stem, const char* marc_role,
            const std::vector<std::string>& names) {
  for (std::size_t k = 0; k < names.size(); ++k) {
    const std::string id = id_stem + std::to_string(k + 1);
    add(metadata, element_name, names[k])->SetAttribute("id", id.c_str());
    meta(metadata, "role", marc_role, id)->SetAttribute("scheme", "marc:relators");
  }
}

void write_metadata(XMLElement* package, const Metadata& metadata, const PackageContents& contents) {
  XMLElement* element = add(package, "metadata");
  element->SetAttribute("xmlns:dc", "http://purl.org/dc/elements/1.1/");
  add(element, "dc:identifier", contents.identifier)->SetAttribute("id", "publication-id");
  add(element, "dc:title", metadata.title)->SetAttribute("id", "title");
  meta(element, "title-type", "main", "title");
  if (!metadata.subtitle.empty()) {
    add(element, "dc:title", metadata.subtitle)->SetAttribute("id", "subtitle");
    meta(element, "title-type", "subtitle", "subtitle");
  }
  add(element, "dc:language", metadata.language);
  people(element, "dc:creator", "creator-", "aut", metadata.authors);
  people(element, "dc:contributor", "contributor-", "ctb", metadata.contributors);
  if (!metadata.publisher.empty()) add(element, "dc:publisher", metadata.publisher);
  if (!metadata.date.empty()) add(element, "dc:date", metadata.date);
  // EPUB 3.3 names the page list's source with pageBreakSource; epubcheck 4.2 checks EPUB 3.2, which
  // does not know it and has dc:source refined as the source of the pagination instead. Ace reads
  // either.
  if (!contents.page_source.empty()) {
    add(element, "dc:source", contents.page_source)->SetAttribute("id", "print-source");
    meta(element, "source-of", "pagination", "print-source");
  }
  meta(element, "dcterms:modified", contents.modified);
  for (const auto& [property, value] : contents.properties) meta(element, property, value);
}

}  // namespace

std::string package_document(const Metadata& metadata, const PackageContents& contents) {
  XMLDocument xml;
  xml.InsertEndChild(xml.NewDeclaration());
  XMLElement* package = xml.NewElement("package");
  xml.InsertEndChild(package);
  package->SetAttribute("xmlns", "http://www.idpf.org/2007/opf");
  package->SetAttribute("version", "3.0");
  package->SetAttribute("unique-identifier", "publication-id");
  package->SetAttribute("xml:lang", metadata.language.c_str());
  write_metadata(package, metadata, contents);

  XMLElement* manifest = add(package, "manifest");
  for (const ManifestItem& item : contents.items) {
    XMLElement* element = add(manifest, "item");
    element->SetAttribute("id", item.id.c_str());
    element->SetAttribute("href", item.href.c_str());
    element->SetAttribute("media-type", item.media_type.c_str());
    if (!item.properties.empty()) element->SetAttribute("properties", item.properties.c_str());
  }
  XMLElement* spine = add(package, "spine");
  for (const ManifestItem& item : contents.items) {
    if (item.in_spine) add(spine, "itemref")->SetAttribute("idref", item.id.c_str());
  }
  return print(xml);
}

std::string container_xml() {
  XMLDocument xml;
  xml.InsertEndChild(xml.NewDeclaration());
  XMLElement* container = xml.NewElement("container");
  xml.InsertEndChild(container);
  container->SetAttribute("version", "1.0");
  container->SetAttribute("xmlns", "urn:oasis:names:tc:opendocument:xmlns:container");
  XMLElement* rootfile = add(add(container, "rootfiles"), "rootfile");
  rootfile->SetAttribute("full-path", kPackageDocument);
  rootfile->SetAttribute("media-type", "application/oebps-package+xml");
  return print(xml);
}

}  // namespace persklaar::epub
