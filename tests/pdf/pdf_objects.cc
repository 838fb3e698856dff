#include "tests/pdf/pdf_objects.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFOutlineDocumentHelper.hh>
#include <qpdf/QPDFOutlineObjectHelper.hh>
#include <set>
#include <stdexcept>

namespace persklaar::testing {
namespace {

// The page a destination array ([page /XYZ …]) points to, 0-based; -1 when it points nowhere.
int page_of_destination(QPDF& pdf, QPDFObjectHandle destination) {
  if (!destination.isArray() || destination.getArrayNItems() < 1) return -1;
  QPDFObjectHandle page = destination.getArrayItem(0);
  if (!page.isIndirect()) return -1;
  try {
    return pdf.findPage(page);
  } catch (const std::exception&) {
    return -1;
  }
}

// The structure tree, depth first: every element's /S counted once (a tree is not supposed to hold
// cycles, but a broken file must not hang the test).
void count_tags(QPDFObjectHandle node, PdfObjects& out, std::set<QPDFObjGen>& seen) {
  if (node.isIndirect() && !seen.insert(node.getObjGen()).second) return;
  if (node.isArray()) {
    for (QPDFObjectHandle item : node.aitems()) count_tags(item, out, seen);
    return;
  }
  if (!node.isDictionary()) return;  // a marked-content id
  if (node.getKey("/Type").isNameAndEquals("/MCR") || node.getKey("/Type").isNameAndEquals("/OBJR")) return;
  if (node.getKey("/S").isName()) {
    const std::string type = node.getKey("/S").getName().substr(1);
    ++out.tags[type];
    const auto text = [&](const char* key) {
      QPDFObjectHandle value = node.getKey(key);
      return value.isString() ? value.getUTF8Value() : std::string();
    };
    out.elements.push_back({type, text("/Lang"), text("/ID"), text("/Alt")});
  }
  if (node.hasKey("/K")) count_tags(node.getKey("/K"), out, seen);
}

PdfLink read_link(QPDF& pdf, QPDFOutlineDocumentHelper& outlines, QPDFObjectHandle annotation, int page,
                  double page_height) {
  PdfLink link;
  link.page = page;
  QPDFObjectHandle rect = annotation.getKey("/Rect");
  if (rect.isArray() && rect.getArrayNItems() == 4) {
    const double x1 = rect.getArrayItem(0).getNumericValue(), y1 = rect.getArrayItem(1).getNumericValue();
    const double x2 = rect.getArrayItem(2).getNumericValue(), y2 = rect.getArrayItem(3).getNumericValue();
    link.left = std::min(x1, x2);
    link.right = std::max(x1, x2);
    link.top = page_height - std::max(y1, y2);
    link.bottom = page_height - std::min(y1, y2);
  }
  QPDFObjectHandle destination = annotation.getKey("/Dest");
  QPDFObjectHandle action = annotation.getKey("/A");
  if (action.isDictionary()) {
    if (action.getKey("/S").isNameAndEquals("/URI") && action.getKey("/URI").isString()) {
      link.uri = action.getKey("/URI").getStringValue();
    } else if (action.getKey("/S").isNameAndEquals("/GoTo")) {
      destination = action.getKey("/D");
    }
  }
  if (destination.isString() || destination.isName()) {
    link.destination = destination.isString() ? destination.getUTF8Value() : destination.getName().substr(1);
    destination = outlines.resolveNamedDest(destination);
  }
  link.target_page = page_of_destination(pdf, destination);
  return link;
}

}  // namespace

PdfObjects read_pdf_objects(const std::filesystem::path& file) {
  PdfObjects out;
  try {
    QPDF pdf;
    pdf.processFile(file.c_str());
    QPDFObjectHandle root = pdf.getRoot();
    if (root.getKey("/Lang").isString()) out.language = root.getKey("/Lang").getUTF8Value();
    QPDFObjectHandle marked = root.getKey("/MarkInfo").getKeyIfDict("/Marked");
    out.marked = marked.isBool() && marked.getBoolValue();
    QPDFObjectHandle structure = root.getKey("/StructTreeRoot");
    out.has_structure = structure.isDictionary();
    if (out.has_structure) {
      std::set<QPDFObjGen> seen;
      count_tags(structure.getKey("/K"), out, seen);
    }

    QPDFOutlineDocumentHelper outlines(pdf);
    const std::vector<QPDFObjectHandle>& pages = pdf.getAllPages();
    for (std::size_t k = 0; k < pages.size(); ++k) {
      QPDFObjectHandle page = pages[k];
      QPDFObjectHandle box = page.getKey("/MediaBox");
      const double height = box.isArray() && box.getArrayNItems() == 4
                                ? box.getArrayItem(3).getNumericValue() - box.getArrayItem(1).getNumericValue()
                                : 0;
      QPDFObjectHandle annotations = page.getKey("/Annots");
      if (!annotations.isArray()) continue;
      for (QPDFObjectHandle annotation : annotations.aitems()) {
        if (!annotation.isDictionary() || !annotation.getKey("/Subtype").isNameAndEquals("/Link")) continue;
        out.links.push_back(read_link(pdf, outlines, annotation, static_cast<int>(k), height));
      }
    }
    for (QPDFOutlineObjectHelper& entry : outlines.getTopLevelOutlines()) {
      out.outline.push_back({entry.getTitle(), page_of_destination(pdf, entry.getDest())});
    }
  } catch (const std::exception& error) {
    throw std::runtime_error("qpdf, reading " + file.string() + ": " + error.what());
  }
  return out;
}

}  // namespace persklaar::testing
