// Rules about the file as a whole: its version, encryption, output intent, metadata and ID, and
// JavaScript. PDF/X-4 (ISO 15930-7) asks each of them.
#include <cctype>
#include <qpdf/QPDFObjectHandle.hh>

#include "core/preflight/preflight_rule.h"

namespace persklaar::preflight_rules {
namespace {

std::string xml_unescaped(std::string text) {
  static const std::pair<const char*, const char*> entities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
  for (const auto& [entity, character] : entities) {
    for (std::size_t at = text.find(entity); at != std::string::npos; at = text.find(entity, at + 1)) {
      text.replace(at, std::string(entity).size(), character);
    }
  }
  return text;
}

}  // namespace

// A property written as an element (<ns:name>value</ns:name>, the first rdf:li of an Alt, Seq or
// Bag) or as an attribute (ns:name="value").
std::string xmp_property(const std::string& xmp, const std::string& name) {
  for (std::size_t at = xmp.find("<" + name); at != std::string::npos; at = xmp.find("<" + name, at + 1)) {
    const std::size_t after = at + 1 + name.size();
    if (after >= xmp.size() || (xmp[after] != '>' && xmp[after] != ' ' && xmp[after] != '\n')) continue;
    const std::size_t open_end = xmp.find('>', after);
    const std::size_t close = xmp.find("</" + name + ">", open_end);
    if (open_end == std::string::npos || close == std::string::npos) break;
    std::string value = xmp.substr(open_end + 1, close - open_end - 1);
    if (const std::size_t li = value.find("<rdf:li"); li != std::string::npos) {
      const std::size_t li_end = value.find('>', li);
      const std::size_t li_close = value.find("</rdf:li>", li_end);
      if (li_end != std::string::npos && li_close != std::string::npos)
        value = value.substr(li_end + 1, li_close - li_end - 1);
    }
    return xml_unescaped(value);
  }
  const std::string attribute = name + "=\"";
  for (std::size_t at = xmp.find(attribute); at != std::string::npos; at = xmp.find(attribute, at + 1)) {
    if (at == 0 || !std::isspace(static_cast<unsigned char>(xmp[at - 1]))) continue;
    const std::size_t begin = at + attribute.size();
    const std::size_t end = xmp.find('"', begin);
    if (end != std::string::npos) return xml_unescaped(xmp.substr(begin, end - begin));
  }
  return "";
}

namespace {

std::string info_text(QPDF& pdf, const char* key) {
  QPDFObjectHandle info = pdf.getTrailer().getKey("/Info");
  if (!info.isDictionary()) return "";
  QPDFObjectHandle value = info.getKey(key);
  if (value.isString()) return value.getUTF8Value();
  if (value.isName()) return value.getName().substr(1);
  return "";
}

void check_version(const PdfUnderTest& doc, Findings& findings) {
  if (doc.header_version > "1.6") {
    findings.add("pdf-version", 0, "file header",
                 "the header says PDF " + doc.header_version + "; PDF/X-4 allows at most 1.6",
                 "export as PDF 1.6 (PDF/X-4), or rewrite the header with a PDF/X-aware tool");
  }
}

void check_encryption(const PdfUnderTest& doc, Findings& findings) {
  if (doc.pdf.isEncrypted()) {
    findings.add("encryption", 0, "trailer /Encrypt", "the file is encrypted; a print file must not be",
                 "save it without security settings");
  }
}

void check_output_intent(const PdfUnderTest& doc, Findings& findings) {
  QPDFObjectHandle intents = doc.pdf.getRoot().getKey("/OutputIntents");
  std::vector<QPDFObjectHandle> pdfx;
  if (intents.isArray()) {
    for (auto intent : intents.getArrayAsVector()) {
      if (intent.isDictionary() && intent.getKey("/S").isName() && intent.getKey("/S").getName() == "/GTS_PDFX")
        pdfx.push_back(intent);
    }
  }
  const std::string fix = "export with the printer's output intent (e.g. FOGRA39 for coated paper)";
  if (pdfx.size() != 1) {
    findings.add("output-intent", 0, "catalog /OutputIntents",
                 pdfx.empty() ? "no PDF/X output intent (/S /GTS_PDFX)"
                              : std::to_string(pdfx.size()) + " PDF/X output intents; there must be one",
                 fix);
    return;
  }
  QPDFObjectHandle intent = pdfx.front();
  const std::string where = "output intent" + (intent.isIndirect() ? " " + object_label(intent) : "");
  if (!intent.getKey("/OutputConditionIdentifier").isString()) {
    findings.add("output-intent", 0, where, "the output intent has no OutputConditionIdentifier", fix);
  }
  QPDFObjectHandle profile = intent.getKey("/DestOutputProfile");
  if (!profile.isStream()) {
    if (!intent.getKey("/RegistryName").isString()) {
      findings.add("output-intent", 0, where, "no embedded profile and no RegistryName for the condition", fix);
    }
  } else {
    QPDFObjectHandle n = profile.getDict().getKey("/N");
    if (!n.isInteger() || n.getIntValue() != 4) {
      findings.add("output-intent", 0, where, "the embedded profile is not a CMYK (4-component) profile", fix);
    }
  }
}

void check_metadata(const PdfUnderTest& doc, Findings& findings) {
  QPDF& pdf = doc.pdf;
  const std::string fix = "export as PDF/X-4, which writes matching document information and XMP metadata";
  const std::string version = info_text(pdf, "/GTS_PDFXVersion");
  if (version.rfind("PDF/X-4", 0) != 0) {
    findings.add("pdfx-metadata", 0, "document information",
                 version.empty() ? "no GTS_PDFXVersion" : "GTS_PDFXVersion is '" + version + "', not PDF/X-4", fix);
  }
  const std::string trapped = info_text(pdf, "/Trapped");
  if (trapped != "True" && trapped != "False") {
    findings.add("pdfx-metadata", 0, "document information", "Trapped is not set to True or False", fix);
  }
  QPDFObjectHandle stream = pdf.getRoot().getKey("/Metadata");
  if (!stream.isStream()) {
    findings.add("pdfx-metadata", 0, "catalog /Metadata", "no XMP metadata stream", fix);
    return;
  }
  std::string xmp;
  try {
    const auto data = stream.getStreamData(qpdf_dl_all);
    xmp.assign(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
  } catch (const std::exception& error) {
    findings.add("pdfx-metadata", 0, "XMP metadata", std::string("the XMP cannot be read: ") + error.what(), fix);
    return;
  }
  const std::string where = "XMP metadata " + object_label(stream);
  const std::string xmp_version = xmp_property(xmp, "pdfxid:GTS_PDFXVersion");
  if (xmp_version != version) {
    findings.add("pdfx-metadata", 0, where,
                 "pdfxid:GTS_PDFXVersion ('" + xmp_version + "') differs from the document information's", fix);
  }
  for (const char* required :
       {"xmpMM:DocumentID", "xmpMM:VersionID", "xmpMM:RenditionClass", "xmp:CreateDate", "xmp:ModifyDate"}) {
    if (xmp_property(xmp, required).empty())
      findings.add("pdfx-metadata", 0, where, std::string("no ") + required, fix);
  }
  if (xmp_property(xmp, "pdf:Trapped") != trapped) {
    findings.add("pdfx-metadata", 0, where, "pdf:Trapped differs from the document information's Trapped", fix);
  }
  const std::string title = info_text(pdf, "/Title");
  if (title.empty() || xmp_property(xmp, "dc:title") != title) {
    findings.add("pdfx-metadata", 0, where, "no title, or dc:title differs from the document information's Title",
                 "give the document a title; XMP and document information must agree");
  }
}

void check_trailer_id(const PdfUnderTest& doc, Findings& findings) {
  QPDFObjectHandle id = doc.pdf.getTrailer().getKey("/ID");
  if (!id.isArray() || id.getArrayNItems() != 2 || !id.getArrayItem(0).isString()) {
    findings.add("trailer-id", 0, "trailer /ID", "the file has no ID", "save it again with a PDF/X-aware tool");
  }
}

bool is_javascript_action(QPDFObjectHandle action) {
  return action.isDictionary() && action.getKey("/S").isName() && action.getKey("/S").getName() == "/JavaScript";
}

void check_javascript(const PdfUnderTest& doc, Findings& findings) {
  QPDFObjectHandle root = doc.pdf.getRoot();
  const std::string fix = "remove scripts: a print file must not act";
  QPDFObjectHandle names = root.getKey("/Names");
  if (names.isDictionary() && names.hasKey("/JavaScript")) {
    findings.add("javascript", 0, "catalog /Names /JavaScript", "the document carries JavaScript", fix);
  }
  if (is_javascript_action(root.getKey("/OpenAction")) || root.hasKey("/AA")) {
    findings.add("javascript", 0, "catalog", "the document runs an action or script when opened", fix);
  }
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    QPDFObjectHandle page = doc.pages[p].getObjectHandle();
    if (page.hasKey("/AA"))
      findings.add("javascript", static_cast<int>(p + 1), "page /AA", "the page runs actions", fix);
    QPDFObjectHandle annots = page.getKey("/Annots");
    if (!annots.isArray()) continue;
    for (auto annot : annots.getArrayAsVector()) {
      if (annot.isDictionary() && is_javascript_action(annot.getKey("/A"))) {
        findings.add("javascript", static_cast<int>(p + 1), "annotation " + object_label(annot),
                     "a link runs JavaScript", fix);
      }
    }
  }
}

}  // namespace

std::vector<Rule> document_rules() {
  return {
      {"file-structure", "the file reads without repairs",
       [](const PdfUnderTest& doc, Findings& findings) {
         for (const std::string& warning : doc.warnings) {
           findings.add("file-structure", 0, "file", warning,
                        "save the file again from its application; it is damaged");
         }
       }},
      {"pdf-version", "the header says PDF 1.6 or earlier", check_version},
      {"encryption", "the file is not encrypted", check_encryption},
      {"output-intent", "one PDF/X output intent, with its condition and CMYK profile", check_output_intent},
      {"pdfx-metadata", "GTS_PDFXVersion, Trapped and XMP agreeing with the document information", check_metadata},
      {"trailer-id", "the file has an ID", check_trailer_id},
      {"javascript", "no JavaScript and no actions", check_javascript},
  };
}

}  // namespace persklaar::preflight_rules
