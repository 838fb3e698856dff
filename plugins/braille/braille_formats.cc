#include "plugins/braille/braille_formats.h"

#include <tinyxml2.h>

#include "core/passes/identifier.h"
#include "core/text/utf8.h"

namespace persklaar::braille {
namespace {

// North American braille ASCII: the character for each six-dot pattern, indexed by its dots
// (dot 1 the lowest bit, dot 6 the highest), as embossers read BRF files.
constexpr char kBrailleAscii[] = " A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)=";
static_assert(sizeof kBrailleAscii == 65, "one character for each of the 64 six-dot patterns");

std::u32string without_trailing_blanks(std::u32string line) {
  while (!line.empty() && line.back() == U'\u2800') line.pop_back();
  return line;
}

std::string utf8(const std::u32string& cells) {
  std::string out;
  for (char32_t cell : cells) append_utf8(out, cell);
  return out;
}

}  // namespace

char brf_character(char32_t cell) {
  return kBrailleAscii[(cell - 0x2800) & 0x3F];
}

std::string brf_document(const BrailleEdition& edition) {
  std::string out;
  for (const auto& page : edition.pages) {
    for (const auto& line : page) {
      for (char32_t cell : without_trailing_blanks(line)) out += brf_character(cell);
      out += "\r\n";
    }
    out += '\f';
  }
  return out;
}

std::string preview_document(const BrailleEdition& edition) {
  std::string out;
  for (std::size_t k = 0; k < edition.pages.size(); ++k) {
    if (k > 0) out += "\f\n";
    for (const auto& line : edition.pages[k]) out += utf8(without_trailing_blanks(line)) + "\n";
  }
  return out;
}

std::string pef_document(const BrailleEdition& edition, const Metadata& metadata) {
  tinyxml2::XMLPrinter xml;
  xml.PushDeclaration("xml version=\"1.0\" encoding=\"UTF-8\"");
  xml.OpenElement("pef");
  xml.PushAttribute("version", "2008-1");
  xml.PushAttribute("xmlns", "http://www.daisy.org/ns/2008/pef");
  xml.OpenElement("head");
  xml.OpenElement("meta");
  xml.PushAttribute("xmlns:dc", "http://purl.org/dc/elements/1.1/");
  auto dc = [&xml](const char* name, const std::string& value) {
    if (value.empty()) return;
    xml.OpenElement(name);
    xml.PushText(value.c_str());
    xml.CloseElement();
  };
  dc("dc:format", "application/x-pef+xml");
  dc("dc:identifier", stable_identifier(metadata));
  dc("dc:title", metadata.title);
  for (const auto& author : metadata.authors) dc("dc:creator", author);
  dc("dc:publisher", metadata.publisher);
  dc("dc:language", metadata.language);
  dc("dc:date", metadata.date);
  xml.CloseElement();  // meta
  xml.CloseElement();  // head
  xml.OpenElement("body");
  xml.OpenElement("volume");
  xml.PushAttribute("cols", edition.geometry.cells);
  xml.PushAttribute("rows", edition.geometry.lines);
  xml.PushAttribute("rowgap", 0);
  xml.PushAttribute("duplex", edition.geometry.duplex ? "true" : "false");
  xml.OpenElement("section");
  for (const auto& page : edition.pages) {
    xml.OpenElement("page");
    for (const auto& line : page) {
      xml.OpenElement("row");
      const std::string cells = utf8(without_trailing_blanks(line));
      if (!cells.empty()) xml.PushText(cells.c_str());
      xml.CloseElement();
    }
    xml.CloseElement();
  }
  xml.CloseElement();  // section
  xml.CloseElement();  // volume
  xml.CloseElement();  // body
  xml.CloseElement();  // pef
  return xml.CStr();
}

}  // namespace persklaar::braille
