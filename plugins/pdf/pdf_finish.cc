#include "plugins/pdf/pdf_finish.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>
#include <stdexcept>

#include "core/diagnostics/diagnostic.h"
#include "core/output/write_error.h"

namespace persklaar::pdf {
namespace {

// The structure elements under `node` (a StructTreeRoot or StructElem), depth first, in /K order.
void collect_elements(QPDFObjectHandle node, std::vector<QPDFObjectHandle>& out, int depth = 0) {
  if (depth > 200) return;  // Cairo's trees are shallow; a cycle must not hang the build
  QPDFObjectHandle kids = node.getKey("/K");
  const auto visit = [&](QPDFObjectHandle kid) {
    if (!kid.isDictionary() || !kid.hasKey("/S")) return;  // marked-content references, annotations
    out.push_back(kid);
    collect_elements(kid, out, depth + 1);
  };
  if (kids.isArray()) {
    for (int k = 0; k < kids.getArrayNItems(); ++k) visit(kids.getArrayItem(k));
  } else {
    visit(kids);
  }
}

void add_to_elements(QPDFObjectHandle root, const std::vector<ElementAdditions>& additions) {
  QPDFObjectHandle tree = root.getKey("/StructTreeRoot");
  if (!tree.isDictionary()) return;
  std::vector<QPDFObjectHandle> elements;
  collect_elements(tree, elements);
  if (elements.size() != additions.size()) return;
  for (std::size_t k = 0; k < elements.size(); ++k) {
    const ElementAdditions& add = additions[k];
    if (!add.language.empty()) elements[k].replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(add.language));
    if (!add.id.empty()) elements[k].replaceKey("/ID", QPDFObjectHandle::newString(add.id));
  }
}

}  // namespace

void finish_pdf(const std::filesystem::path& painted, const std::filesystem::path& finished,
                const CatalogAdditions& additions) {
  try {
    QPDF pdf;
    pdf.processFile(painted.c_str());
    QPDFObjectHandle root = pdf.getRoot();
    root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(additions.language));
    add_to_elements(root, additions.elements);
    QPDFObjectHandle preferences = QPDFObjectHandle::newDictionary();
    preferences.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
    root.replaceKey("/ViewerPreferences", preferences);
    QPDFObjectHandle mark_info = QPDFObjectHandle::newDictionary();
    mark_info.replaceKey("/Marked", QPDFObjectHandle::newBool(true));
    root.replaceKey("/MarkInfo", mark_info);
    // Written through a checked file, so that a full disk is reported as such and not as whatever
    // qpdf makes of a short write.
    CheckedFile output(finished);
    try {
      QPDFWriter writer(pdf);
      writer.setOutputFile(finished.c_str(), output.handle(), false);
      writer.setStaticID(true);  // the ID comes from the content, not the clock
      writer.setObjectStreamMode(qpdf_o_generate);
      writer.write();
    } catch (const std::exception&) {
      output.close();  // throws the write error when there was one
      throw;
    }
    output.close();
  } catch (const InputError&) {
    throw;
  } catch (const std::exception& error) {
    throw std::runtime_error(std::string("qpdf: ") + error.what());
  }
}

}  // namespace persklaar::pdf
