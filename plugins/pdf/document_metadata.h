#pragma once
// The document's description as both PDF editions write it, once: the document information
// dictionary and an XMP packet that agree with it (title, author, subject, creator tool, producer,
// dates, language), plus what each standard adds to the packet (PDF/X's version, PDF/UA's part).
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <string>
#include <utility>
#include <vector>

namespace persklaar::pdf {

struct DocumentInfo {
  std::string title, author, subject;
  std::string date;         // ISO 8601 UTC, "2019-12-01T00:00:00Z": creation and modification
  std::string document_id;  // a UUID, "xxxxxxxx-xxxx-…", the same for every build of the manuscript
  std::string language;     // BCP 47: the title's language in the XMP, and dc:language
};

// A standard's own properties in the packet, e.g. {"pdfuaid", "http://www.aiim.org/pdfua/ns/id/",
// {{"part", "1"}}}.
struct XmpSchema {
  std::string prefix, uri;
  std::vector<std::pair<std::string, std::string>> properties;  // local name → value
};

constexpr const char* kProducer = "Persklaar (Cairo, qpdf, lcms2)";
constexpr const char* kCreatorTool = "Persklaar";

// The XMP packet: Dublin Core (format, title in x-default and the document's language, creator,
// description, language), xmp dates and creator tool, pdf:Producer, the xmpMM identifiers, then
// `schemas`.
std::string xmp_packet(const DocumentInfo& info, const std::vector<XmpSchema>& schemas);

// The document information dictionary that says the same as the packet.
QPDFObjectHandle document_information(const DocumentInfo& info);

// Puts the packet into the catalog's /Metadata and the dictionary into the trailer's /Info.
void set_document_metadata(QPDF& pdf, const DocumentInfo& info, const std::vector<XmpSchema>& schemas);

// "2019-12-01T00:00:00Z" → "D:20191201000000Z". Throws std::runtime_error for anything else.
std::string pdf_date(const std::string& iso);

}  // namespace persklaar::pdf
