// PDF/UA-1 rules about each page: its marked content (every mark tagged or an artifact, neither
// inside the other), its annotations (tab order, link descriptions and their Link elements) and
// its fonts (embedded, with a ToUnicode map for every code shown). Named after the failure
// conditions of the Matterhorn Protocol 1.1.
#include <map>
#include <qpdf/QPDFObjectHandle.hh>
#include <set>

#include "core/preflight/preflight_rule.h"

namespace persklaar::preflight_rules {
namespace {

const MarkedContent& marked(const PdfUnderTest& doc, std::size_t page) {
  if (doc.marked.empty()) {
    for (QPDFPageObjectHelper& p : doc.pages) doc.marked.push_back(walk_marked_content(p));
  }
  return doc.marked[page];
}

// The value a number tree holds for `key` (flat /Nums, or /Kids with /Limits).
QPDFObjectHandle number_tree_value(QPDFObjectHandle node, int key, int depth = 0) {
  if (!node.isDictionary() || depth > 32) return QPDFObjectHandle::newNull();
  QPDFObjectHandle nums = node.getKey("/Nums");
  for (int k = 0; nums.isArray() && k + 1 < nums.getArrayNItems(); k += 2) {
    if (nums.getArrayItem(k).isInteger() && nums.getArrayItem(k).getIntValue() == key) return nums.getArrayItem(k + 1);
  }
  QPDFObjectHandle kids = node.getKey("/Kids");
  for (int k = 0; kids.isArray() && k < kids.getArrayNItems(); ++k) {
    QPDFObjectHandle value = number_tree_value(kids.getArrayItem(k), key, depth + 1);
    if (!value.isNull()) return value;
  }
  return QPDFObjectHandle::newNull();
}

QPDFObjectHandle parent_tree(const PdfUnderTest& doc) {
  return doc.pdf.getRoot().getKey("/StructTreeRoot").getKey("/ParentTree");
}

void check_tagged(const PdfUnderTest& doc, Findings& findings) {
  QPDFObjectHandle root = doc.pdf.getRoot();
  if (!root.getKey("/StructTreeRoot").isDictionary()) {
    findings.add("01-005/untagged-content", 0, "catalog", "the document has no structure tree: nothing is tagged",
                 "export a tagged PDF");
  }
  QPDFObjectHandle marked_flag = root.getKey("/MarkInfo").getKey("/Marked");
  if (!marked_flag.isBool() || !marked_flag.getBoolValue()) {
    findings.add("01-005/untagged-content", 0, "catalog /MarkInfo", "the document is not marked as tagged",
                 "set /MarkInfo << /Marked true >>");
  }
  QPDFObjectHandle tree = parent_tree(doc);
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    const MarkedContent& content = marked(doc, p);
    const int page = static_cast<int>(p + 1);
    if (content.untagged > 0) {
      findings.add("01-005/untagged-content", page, "content stream",
                   std::to_string(content.untagged) + " of " + std::to_string(content.painted) +
                       " painting operators are neither tagged nor an artifact, the first: " + content.first_untagged,
                   "tag the content, or mark it as an artifact when it is decoration or page furniture");
    }
    for (const std::string& problem : content.problems) {
      findings.add("01-005/untagged-content", page, "content stream", "cannot be read: " + problem,
                   "export the PDF again");
    }
    if (content.mcids.empty()) continue;
    QPDFObjectHandle key = doc.pages[p].getObjectHandle().getKey("/StructParents");
    QPDFObjectHandle owners = key.isInteger() ? number_tree_value(tree, key.getIntValue()) : QPDFObjectHandle();
    int orphans = 0;
    long long first = -1;
    for (long long mcid : content.mcids) {
      const bool owned = owners.isArray() && mcid >= 0 && mcid < owners.getArrayNItems() &&
                         owners.getArrayItem(static_cast<int>(mcid)).isDictionary();
      if (!owned && orphans++ == 0) first = mcid;
    }
    if (orphans > 0) {
      findings.add("01-005/untagged-content", page, "marked content",
                   std::to_string(orphans) + " marked-content sequence(s) belong to no structure element (MCID " +
                       std::to_string(first) + " first)",
                   "refer to each MCID from its structure element and the parent tree");
    }
  }
}

void check_tagged_in_artifact(const PdfUnderTest& doc, Findings& findings) {
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    const int count = marked(doc, p).tagged_in_artifact;
    if (count > 0) {
      findings.add("01-004/tagged-in-artifact", static_cast<int>(p + 1), "marked content",
                   std::to_string(count) + " tagged sequence(s) lie inside an artifact",
                   "close the artifact before tagged content begins");
    }
  }
}

void check_artifact_in_tagged(const PdfUnderTest& doc, Findings& findings) {
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    const int count = marked(doc, p).artifact_in_tagged;
    if (count > 0) {
      findings.add("01-003/artifact-in-tagged", static_cast<int>(p + 1), "marked content",
                   std::to_string(count) + " artifact(s) lie inside tagged content",
                   "close the tagged sequence before the artifact begins");
    }
  }
}

template <typename Check>
void for_each_annotation(const PdfUnderTest& doc, Check check) {
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    QPDFObjectHandle annotations = doc.pages[p].getObjectHandle().getKey("/Annots");
    for (int k = 0; annotations.isArray() && k < annotations.getArrayNItems(); ++k) {
      QPDFObjectHandle annotation = annotations.getArrayItem(k);
      if (annotation.isDictionary()) check(static_cast<int>(p + 1), annotation);
    }
  }
}

bool is_link(QPDFObjectHandle annotation) {
  return annotation.getKey("/Subtype").isName() && annotation.getKey("/Subtype").getName() == "/Link";
}

void check_tabs(const PdfUnderTest& doc, Findings& findings) {
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    QPDFObjectHandle page = doc.pages[p].getObjectHandle();
    QPDFObjectHandle annotations = page.getKey("/Annots");
    if (!annotations.isArray() || annotations.getArrayNItems() == 0) continue;
    QPDFObjectHandle tabs = page.getKey("/Tabs");
    if (!tabs.isName() || tabs.getName() != "/S") {
      findings.add("28-008/tabs", static_cast<int>(p + 1), "page " + object_label(page),
                   tabs.isName() ? "the page has annotations and /Tabs " + tabs.getName() + ", not /S (28-009)"
                                 : "the page has annotations but no /Tabs",
                   "set /Tabs /S, so the tab order follows the structure");
    }
  }
}

void check_link_contents(const PdfUnderTest& doc, Findings& findings) {
  for_each_annotation(doc, [&](int page, QPDFObjectHandle annotation) {
    QPDFObjectHandle contents = annotation.getKey("/Contents");
    if (is_link(annotation) && (!contents.isString() || contents.getUTF8Value().empty())) {
      findings.add("28-012/link-contents", page, "link " + object_label(annotation),
                   "a link has no description (/Contents)", "give the link annotation its text or address");
    }
  });
}

bool refers_to(QPDFObjectHandle kids, QPDFObjectHandle annotation) {
  const auto is_reference = [&](QPDFObjectHandle kid) {
    return kid.isDictionary() && kid.getKey("/Type").isName() && kid.getKey("/Type").getName() == "/OBJR" &&
           kid.getKey("/Obj").getObjGen() == annotation.getObjGen();
  };
  if (!kids.isArray()) return is_reference(kids);
  for (int k = 0; k < kids.getArrayNItems(); ++k) {
    if (is_reference(kids.getArrayItem(k))) return true;
  }
  return false;
}

void check_link_tagged(const PdfUnderTest& doc, Findings& findings) {
  QPDFObjectHandle tree = parent_tree(doc);
  for_each_annotation(doc, [&](int page, QPDFObjectHandle annotation) {
    if (!is_link(annotation)) return;
    QPDFObjectHandle key = annotation.getKey("/StructParent");
    QPDFObjectHandle element = key.isInteger() ? number_tree_value(tree, key.getIntValue()) : QPDFObjectHandle();
    const bool tagged = element.isDictionary() && element.getKey("/S").isName() &&
                        element.getKey("/S").getName() == "/Link" && refers_to(element.getKey("/K"), annotation);
    if (!tagged) {
      findings.add("28-011/link-tagged", page, "link " + object_label(annotation),
                   "a link annotation is not inside a Link element (by an object reference)",
                   "refer to the annotation from its Link element with an OBJR, and back with /StructParent");
    }
  });
}

// The fonts a page's content shows text in, by resource name.
std::map<std::string, QPDFObjectHandle> fonts_used(const PdfUnderTest& doc, std::size_t page) {
  std::map<std::string, QPDFObjectHandle> used;
  QPDFObjectHandle fonts = doc.pages[page].getAttribute("/Resources", false).getKey("/Font");
  for (const auto& [name, codes] : marked(doc, page).codes) {
    if (fonts.isDictionary() && fonts.getKey(name).isDictionary()) used[name] = fonts.getKey(name);
  }
  return used;
}

QPDFObjectHandle descriptor_of(QPDFObjectHandle font) {
  if (font.getKey("/Subtype").isName() && font.getKey("/Subtype").getName() == "/Type0") {
    QPDFObjectHandle descendants = font.getKey("/DescendantFonts");
    if (descendants.isArray() && descendants.getArrayNItems() > 0)
      return descendants.getArrayItem(0).getKey("/FontDescriptor");
  }
  return font.getKey("/FontDescriptor");
}

std::string font_label(const std::string& name, QPDFObjectHandle font) {
  const std::string object = object_label(font);
  QPDFObjectHandle base = font.getKey("/BaseFont");
  return "font " + name + (base.isName() ? " " + base.getName().substr(1) : "") + (object.empty() ? "" : " " + object);
}

void check_fonts_embedded(const PdfUnderTest& doc, Findings& findings) {
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    for (auto [name, font] : fonts_used(doc, p)) {
      if (font.getKey("/Subtype").isName() && font.getKey("/Subtype").getName() == "/Type3") continue;
      QPDFObjectHandle descriptor = descriptor_of(font);
      const bool embedded = descriptor.isDictionary() &&
                            (descriptor.getKey("/FontFile").isStream() || descriptor.getKey("/FontFile2").isStream() ||
                             descriptor.getKey("/FontFile3").isStream());
      if (!embedded) {
        findings.add("31-009/font-embedded", static_cast<int>(p + 1), font_label(name, font),
                     "the font is not embedded", "embed every font the text uses");
      }
    }
  }
}

// The codes a ToUnicode CMap maps, each with whether its text is usable (not U+0000, U+FEFF, U+FFFE).
std::map<unsigned, bool> to_unicode_codes(const std::string& cmap) {
  std::map<unsigned, bool> codes;
  std::vector<std::string> hex;  // the hex strings of one section, in order
  const auto usable = [](const std::string& text) {
    return text != "0000" && text != "FEFF" && text != "FFFE" && !text.empty();
  };
  std::size_t at = 0;
  while (true) {
    const std::size_t chars = cmap.find("beginbfchar", at), ranges = cmap.find("beginbfrange", at);
    const std::size_t begin = std::min(chars, ranges);
    if (begin == std::string::npos) break;
    const bool range = begin == ranges;
    const std::size_t end = cmap.find(range ? "endbfrange" : "endbfchar", begin);
    if (end == std::string::npos) break;
    std::vector<std::string> items;  // hex strings; "[" and "]" for arrays
    for (std::size_t k = begin; k < end; ++k) {
      if (cmap[k] == '<') {
        const std::size_t close = cmap.find('>', k);
        if (close == std::string::npos || close > end) break;
        std::string h;
        for (std::size_t j = k + 1; j < close; ++j) {
          if (std::isxdigit(static_cast<unsigned char>(cmap[j]))) h += static_cast<char>(std::toupper(cmap[j]));
        }
        items.push_back(h);
        k = close;
      } else if (cmap[k] == '[' || cmap[k] == ']') {
        items.push_back(std::string(1, cmap[k]));
      }
    }
    for (std::size_t k = 0; k < items.size();) {
      if (!range && k + 1 < items.size()) {
        codes[static_cast<unsigned>(std::stoul(items[k].empty() ? "0" : items[k], nullptr, 16))] = usable(items[k + 1]);
        k += 2;
      } else if (range && k + 2 < items.size()) {
        const unsigned lo = static_cast<unsigned>(std::stoul(items[k].empty() ? "0" : items[k], nullptr, 16));
        const unsigned hi = static_cast<unsigned>(std::stoul(items[k + 1].empty() ? "0" : items[k + 1], nullptr, 16));
        std::size_t next = k + 3;
        if (items[k + 2] == "[") {
          std::size_t j = k + 3;
          for (unsigned code = lo; j < items.size() && items[j] != "]"; ++j, ++code) codes[code] = usable(items[j]);
          next = j + 1;
        } else {
          for (unsigned code = lo; code <= hi && code - lo < 65536; ++code) codes[code] = true;
        }
        k = next;
      } else {
        break;
      }
    }
    at = end + 1;
  }
  return codes;
}

void check_to_unicode(const PdfUnderTest& doc, Findings& findings) {
  std::map<QPDFObjGen, std::map<unsigned, bool>> maps;  // read once per font
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    const MarkedContent& content = marked(doc, p);
    for (auto [name, font] : fonts_used(doc, p)) {
      QPDFObjectHandle stream = font.getKey("/ToUnicode");
      if (!stream.isStream()) {
        findings.add("31-027/to-unicode", static_cast<int>(p + 1), font_label(name, font),
                     "the font has no ToUnicode map: its text cannot be read out or searched",
                     "embed the font with a ToUnicode CMap");
        continue;
      }
      auto found = maps.find(stream.getObjGen());
      if (found == maps.end()) {
        std::string data;
        try {
          const auto buffer = stream.getStreamData(qpdf_dl_all);
          data.assign(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
        } catch (const std::exception&) {
        }
        found = maps.emplace(stream.getObjGen(), to_unicode_codes(data)).first;
      }
      int missing = 0;
      unsigned first = 0;
      for (unsigned code : content.codes.at(name)) {
        const auto mapped = found->second.find(code);
        if ((mapped == found->second.end() || !mapped->second) && missing++ == 0) first = code;
      }
      if (missing > 0) {
        findings.add("31-027/to-unicode", static_cast<int>(p + 1), font_label(name, font),
                     std::to_string(missing) + " character code(s) shown have no usable Unicode text (code " +
                         std::to_string(first) + " first)",
                     "map every glyph the text uses in the font's ToUnicode CMap");
      }
    }
  }
}

}  // namespace

std::vector<Rule> ua_page_rules() {
  return {
      {"01-005/untagged-content",
       "Matterhorn 01-005: every painted mark is tagged content of a structure element or an artifact", check_tagged},
      {"01-004/tagged-in-artifact", "Matterhorn 01-004: no tagged content inside an artifact",
       check_tagged_in_artifact},
      {"01-003/artifact-in-tagged", "Matterhorn 01-003: no artifact inside tagged content", check_artifact_in_tagged},
      {"28-008/tabs", "Matterhorn 28-008, 28-009: pages with annotations have /Tabs /S", check_tabs},
      {"28-011/link-tagged", "Matterhorn 28-011: each link annotation sits in a Link element (OBJR)",
       check_link_tagged},
      {"28-012/link-contents", "Matterhorn 28-012: each link annotation has /Contents", check_link_contents},
      {"31-009/font-embedded", "Matterhorn 31-009 (ISO 14289-1 7.21.4.1): every font used is embedded",
       check_fonts_embedded},
      {"31-027/to-unicode", "Matterhorn 31-027, 31-030 (ISO 14289-1 7.21.7): every code shown maps to Unicode text",
       check_to_unicode},
  };
}

}  // namespace persklaar::preflight_rules
