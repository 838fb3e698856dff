// PDF/UA-1 rules about the file as a whole: its metadata, catalog and structure tree. Each rule is
// named after the failure condition of the Matterhorn Protocol 1.1 it checks ("06-002/…").
#include <qpdf/QPDFObjectHandle.hh>
#include <set>

#include "core/preflight/preflight_rule.h"

namespace persklaar::preflight_rules {
namespace {

std::string name_of(QPDFObjectHandle object, const char* key) {
  QPDFObjectHandle value = object.isDictionary() ? object.getKey(key) : QPDFObjectHandle();
  return value.isName() ? value.getName().substr(1) : "";
}

const std::set<std::string>& standard_types() {
  static const std::set<std::string> types = {
      "Document",  "Part",    "Art",   "Sect",    "Div",       "BlockQuote", "Caption", "TOC",     "TOCI",  "Index",
      "NonStruct", "Private", "P",     "H",       "H1",        "H2",         "H3",      "H4",      "H5",    "H6",
      "L",         "LI",      "Lbl",   "LBody",   "Table",     "TR",         "TH",      "TD",      "THead", "TBody",
      "TFoot",     "Span",    "Quote", "Note",    "Reference", "BibEntry",   "Code",    "Link",    "Annot", "Ruby",
      "RB",        "RT",      "RP",    "Warichu", "WT",        "WP",         "Figure",  "Formula", "Form"};
  return types;
}

std::string mapped(const std::string& type, QPDFObjectHandle role_map) {
  std::string current = type;
  for (int step = 0; step < 16; ++step) {
    if (standard_types().count(current)) return current;
    const std::string next = name_of(role_map, ("/" + current).c_str());
    if (next.empty()) return "";
    current = next;
  }
  return "";  // a cycle
}

void collect(QPDFObjectHandle node, QPDFObjectHandle role_map, std::vector<TreeElement>& out,
             std::set<QPDFObjGen>& seen) {
  QPDFObjectHandle kids = node.getKey("/K");
  const auto visit = [&](QPDFObjectHandle kid) {
    if (!kid.isDictionary() || !kid.getKey("/S").isName()) return;
    if (kid.isIndirect() && !seen.insert(kid.getObjGen()).second) return;
    const std::string type = kid.getKey("/S").getName().substr(1);
    out.push_back({kid, type, mapped(type, role_map)});
    collect(kid, role_map, out, seen);
  };
  if (kids.isArray()) {
    for (int k = 0; k < kids.getArrayNItems(); ++k) visit(kids.getArrayItem(k));
  } else {
    visit(kids);
  }
}

// The structure elements, depth first in /K order, each with its type after the role map: collected
// once for all the rules that read them.
const std::vector<TreeElement>& elements_of(const PdfUnderTest& doc) {
  if (doc.elements) return *doc.elements;
  std::vector<TreeElement>& out = doc.elements.emplace();
  QPDFObjectHandle tree = doc.pdf.getRoot().getKey("/StructTreeRoot");
  if (!tree.isDictionary()) return out;
  std::set<QPDFObjGen> seen;
  collect(tree, tree.getKey("/RoleMap"), out, seen);
  return out;
}

std::string element_label(const TreeElement& element) {
  const std::string object = object_label(element.object);
  return element.type + " element" + (object.empty() ? "" : " " + object);
}

std::string metadata_of(QPDF& pdf) {
  QPDFObjectHandle stream = pdf.getRoot().getKey("/Metadata");
  if (!stream.isStream()) return "";
  try {
    const auto data = stream.getStreamData(qpdf_dl_all);
    return std::string(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
  } catch (const std::exception&) {
    return "";
  }
}

void check_metadata(const PdfUnderTest& doc, Findings& findings) {
  if (!doc.pdf.getRoot().getKey("/Metadata").isStream()) {
    findings.add("06-001/metadata", 0, "catalog", "the document has no XMP metadata stream",
                 "write an XMP packet into the catalog's /Metadata");
  }
}

void check_pdfuaid(const PdfUnderTest& doc, Findings& findings) {
  const std::string xmp = metadata_of(doc.pdf);
  if (xmp.empty()) return;  // 06-001 says so
  if (xmp_property(xmp, "pdfuaid:part") != "1") {
    findings.add("06-002/pdfua-identifier", 0, "XMP metadata", "the metadata does not claim PDF/UA (pdfuaid:part 1)",
                 "add pdfuaid:part 1 (namespace http://www.aiim.org/pdfua/ns/id/) once the file conforms");
  }
}

void check_title(const PdfUnderTest& doc, Findings& findings) {
  const std::string xmp = metadata_of(doc.pdf);
  if (xmp.empty()) return;
  if (xmp_property(xmp, "dc:title").empty()) {
    findings.add("06-003/title", 0, "XMP metadata", "the metadata has no dc:title",
                 "give the document a title in its XMP metadata");
  }
}

void check_display_title(const PdfUnderTest& doc, Findings& findings) {
  QPDFObjectHandle display = doc.pdf.getRoot().getKey("/ViewerPreferences").getKey("/DisplayDocTitle");
  if (!display.isBool()) {
    findings.add("07-001/display-doc-title", 0, "catalog /ViewerPreferences", "DisplayDocTitle is not set",
                 "set /ViewerPreferences << /DisplayDocTitle true >>, so viewers show the title, not the file name");
  } else if (!display.getBoolValue()) {
    findings.add("07-001/display-doc-title", 0, "catalog /ViewerPreferences", "DisplayDocTitle is false (07-002)",
                 "set DisplayDocTitle to true");
  }
}

void check_language(const PdfUnderTest& doc, Findings& findings) {
  QPDFObjectHandle lang = doc.pdf.getRoot().getKey("/Lang");
  if (!lang.isString() || lang.getUTF8Value().empty()) {
    findings.add("11-006/language", 0, "catalog", "the document's language (/Lang) is not set",
                 "set the catalog's /Lang, e.g. (nl), so screen readers speak the right language");
  }
}

void check_role_map(const PdfUnderTest& doc, Findings& findings) {
  for (const TreeElement& element : elements_of(doc)) {
    if (element.standard.empty()) {
      findings.add("02-001/role-map", 0, element_label(element),
                   "the type " + element.type + " is not standard and the role map does not lead to one",
                   "map it in the StructTreeRoot's /RoleMap to a standard type");
    }
  }
}

void check_figure_alt(const PdfUnderTest& doc, Findings& findings) {
  for (const TreeElement& element : elements_of(doc)) {
    if (element.standard != "Figure") continue;
    QPDFObjectHandle alt = element.object.getKey("/Alt");
    QPDFObjectHandle actual = element.object.getKey("/ActualText");
    if ((!alt.isString() || alt.getUTF8Value().empty()) && !actual.isString()) {
      findings.add("13-004/figure-alt", 0, element_label(element), "a figure has no alternative text (/Alt)",
                   "give the image its alt text in the manuscript, or mark it decorative");
    }
  }
}

void check_headings(const PdfUnderTest& doc, Findings& findings) {
  int previous = 0;
  for (const TreeElement& element : elements_of(doc)) {
    const std::string& type = element.standard;
    if (type.size() != 2 || type[0] != 'H' || type[1] < '1' || type[1] > '6') continue;
    const int level = type[1] - '0';
    if (previous == 0 && level != 1) {
      findings.add("14-003/heading-levels", 0, element_label(element),
                   "the first heading is " + type + ", not H1 (14-002)", "begin the headings with H1");
    } else if (level > previous + 1) {
      findings.add("14-003/heading-levels", 0, element_label(element),
                   type + " follows H" + std::to_string(previous) + ": a heading level is skipped",
                   "use each heading level in turn");
    }
    previous = level;
  }
}

bool has_scope(QPDFObjectHandle attributes) {
  if (attributes.isDictionary()) return attributes.getKey("/Scope").isName();
  if (!attributes.isArray()) return false;
  for (int k = 0; k < attributes.getArrayNItems(); ++k) {
    if (has_scope(attributes.getArrayItem(k))) return true;
  }
  return false;
}

void check_header_scope(const PdfUnderTest& doc, Findings& findings) {
  for (const TreeElement& element : elements_of(doc)) {
    if (element.standard != "TH" || has_scope(element.object.getKey("/A"))) continue;
    findings.add("15-003/th-scope", 0, element_label(element), "a table header cell has no /Scope",
                 "give each TH an attribute /Scope /Column (or /Row, /Both)");
  }
}

void check_note_id(const PdfUnderTest& doc, Findings& findings) {
  for (const TreeElement& element : elements_of(doc)) {
    if (element.standard == "Note" && !element.object.getKey("/ID").isString()) {
      findings.add("19-003/note-id", 0, element_label(element), "a note has no /ID",
                   "give each Note element a unique /ID");
    }
  }
}

}  // namespace

std::vector<Rule> ua_document_rules() {
  return {
      {"06-001/metadata", "Matterhorn 06-001: the catalog has an XMP metadata stream", check_metadata},
      {"06-002/pdfua-identifier", "Matterhorn 06-002: the XMP claims PDF/UA with pdfuaid:part 1", check_pdfuaid},
      {"06-003/title", "Matterhorn 06-003: the XMP has dc:title", check_title},
      {"07-001/display-doc-title", "Matterhorn 07-001, 07-002: ViewerPreferences DisplayDocTitle is true",
       check_display_title},
      {"11-006/language", "Matterhorn 11-006: the catalog names the document's language (/Lang)", check_language},
      {"02-001/role-map", "Matterhorn 02-001: every structure type is standard or mapped to one", check_role_map},
      {"13-004/figure-alt", "Matterhorn 13-004: every Figure has alternative text", check_figure_alt},
      {"14-003/heading-levels", "Matterhorn 14-002, 14-003: headings begin at H1 and skip no level", check_headings},
      {"15-003/th-scope", "Matterhorn 15-003: every TH has a Scope", check_header_scope},
      {"19-003/note-id", "Matterhorn 19-003: every Note has an ID", check_note_id},
  };
}

}  // namespace persklaar::preflight_rules
