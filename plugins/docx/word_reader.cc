#include "plugins/docx/word_reader.h"

#include <map>
#include <optional>

#include "plugins/docx/base64.h"
#include "plugins/docx/body_reader.h"
#include "plugins/docx/document_properties.h"
#include "plugins/docx/document_structure.h"
#include "plugins/docx/relationships.h"

namespace persklaar::docx {
namespace {

std::optional<XmlPart> optional_part(const Package& package, const std::string& name) {
  if (name.empty()) return std::nullopt;
  const std::string* bytes = package.find(name);
  if (!bytes) return std::nullopt;
  return std::optional<XmlPart>(std::in_place, package.file(), name, *bytes);
}

// What a zip without a Word document inside most likely is, for the message.
[[noreturn]] void refuse_other_package(const Package& package) {
  const std::string* mimetype = package.find("mimetype");
  if (mimetype && mimetype->rfind("application/vnd.oasis.opendocument.text", 0) == 0) {
    throw InputError(position_in(package.file()), "this is an OpenDocument text (.odt), not a Word document",
                     "save it as a Word document (.docx) in LibreOffice: File, Save As");
  }
  if (package.find("xl/workbook.xml") || package.find("ppt/presentation.xml")) {
    throw InputError(position_in(package.file()), "this is an Excel or PowerPoint file, not a Word document",
                     "a manuscript is a Word document (.docx)");
  }
  throw InputError(position_in(package.file()), "the zip file holds no Word document (no main document part)",
                   "save the manuscript from Word as a Word document (.docx)");
}

const tinyxml2::XMLElement* body_of(const XmlPart& document) {
  const auto* body = child(document.root(), Ns::word, "body");
  if (!is(document.root(), Ns::word, "document") && !is(document.root(), Ns::word, "wordDocument")) body = nullptr;
  if (!body) {
    throw InputError(document.position(document.root()), "the main document part has no w:body",
                     "the document is damaged: open it in Word or LibreOffice and save it again");
  }
  return body;
}

// The footnotes or endnotes part: each note's blocks, by the id the text's references use. Word's
// separator "notes" (the rule above the footnotes) are not notes.
void read_notes(const DocumentParts& parts, const std::string& part_name, std::string_view kind,
                std::vector<WordNote>& notes) {
  auto part = optional_part(parts.package, part_name);
  if (!part) return;
  const Relationships relationships = Relationships::of(parts.package, part_name);
  BodyReader reader(parts, *part, relationships);
  for (const auto* note : elements(part->root())) {
    if (!is(note, Ns::word, kind)) continue;
    const char* type = attribute(note, Ns::word, "type");
    const char* id = attribute(note, Ns::word, "id");
    if ((type && std::string_view(type) != "normal") || !id) continue;
    notes.push_back({std::string(kind) + "-" + id, reader.blocks(note), part->position(note)});
  }
}

}  // namespace

Publication read_ooxml(const Package& package, Diagnostics& diagnostics) {
  const Relationships package_relationships = Relationships::of(package, "");
  std::string main_part = package_relationships.target_of_type("officeDocument");
  if (main_part.empty() || !package.find(main_part)) main_part = "word/document.xml";
  auto document = optional_part(package, main_part);
  if (!document) refuse_other_package(package);
  const Relationships relationships = Relationships::of(package, main_part);

  StyleSheet styles;
  if (auto part = optional_part(package, relationships.target_of_type("styles"))) styles.read(part->root());
  Numbering numbering;
  if (auto part = optional_part(package, relationships.target_of_type("numbering"))) numbering.read(part->root());

  DocumentParts parts{package, styles, numbering, diagnostics};
  BodyReader reader(parts, *document, relationships);
  WordDocument word;
  word.body = reader.blocks(body_of(*document));
  read_notes(parts, relationships.target_of_type("footnotes"), "footnote", word.notes);
  read_notes(parts, relationships.target_of_type("endnotes"), "endnote", word.notes);
  if (auto part = optional_part(package, package_relationships.target_of_type("core-properties"))) {
    word.properties = document_properties(part->root(), part->position(part->root()));
  }
  return build_publication(std::move(word), numbering);
}

Publication read_word_2003(const std::string& file, const std::string& bytes, Diagnostics& diagnostics) {
  const XmlPart document(file, "Word 2003 XML", bytes);
  StyleSheet styles;
  styles.read(child(document.root(), Ns::word, "styles"));
  Numbering numbering;
  numbering.read_2003(child(document.root(), Ns::word, "lists"));

  // Pictures are stored in the text as w:binData, named by the address their v:imagedata uses.
  std::map<std::string, std::string> images;
  std::function<void(const tinyxml2::XMLElement*)> collect = [&](const tinyxml2::XMLElement* element) {
    for (const auto* inner : elements(element)) {
      if (is(inner, Ns::word, "binData")) {
        const char* name = attribute(inner, Ns::word, "name");
        if (auto decoded = decode_base64(inner->GetText()); name && decoded) images[name] = std::move(*decoded);
      } else {
        collect(inner);
      }
    }
  };
  const auto* body = body_of(document);
  collect(body);

  const Package no_package(file);
  DocumentParts parts{no_package, styles, numbering, diagnostics, &images};
  const Relationships none;
  BodyReader reader(parts, document, none);
  WordDocument word;
  word.body = reader.blocks(body);
  word.notes = reader.take_inline_notes();
  if (const auto* properties = child(document.root(), Ns::office, "DocumentProperties")) {
    word.properties = document_properties(properties, document.position(properties));
  }
  return build_publication(std::move(word), numbering);
}

}  // namespace persklaar::docx
