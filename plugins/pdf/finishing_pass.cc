#include "plugins/pdf/finishing_pass.h"

#include <qpdf/Pl_Flate.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>
#include <stdexcept>

#include "core/diagnostics/diagnostic.h"
#include "core/output/write_error.h"
#include "plugins/pdf/stream_deflate.h"

namespace persklaar::pdf {

void finish_pdf(const std::string& painted, const std::filesystem::path& finished, const FinishingPasses& passes,
                const WriteSettings& settings) {
  try {
    // What qpdf deflates itself, the object streams (every other stream reaches it deflated by
    // libdeflate: stream_deflate.h), is deflated fast, at level 1. qpdf keeps the level for the whole
    // process.
    Pl_Flate::setCompressionLevel(1);
    QPDF pdf;
    // Cairo's painting must read cleanly: qpdf repairs a damaged object with made-up keys and goes on,
    // which would hand the reader a broken link or tag without a word. Its warnings are collected
    // instead of printed, and any is this build's error (and a finding for the fuzzers).
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("painted PDF", painted.data(), painted.size());
    if (pdf.anyWarnings()) {
      throw std::runtime_error("the painted PDF cannot be read without repair: " +
                               pdf.getWarnings().front().getMessageDetail());
    }
    for (const auto& pass : passes) pass->apply(pdf);
    deflate_plain_streams(pdf);
    // Written through a checked file, so that a full disk is reported as such and not as whatever
    // qpdf makes of a short write.
    CheckedFile output(finished);
    try {
      QPDFWriter writer(pdf);
      writer.setOutputFile(finished.c_str(), output.handle(), false);
      if (settings.content_id) {
        writer.setDeterministicID(true);
      } else {
        writer.setStaticID(true);  // the ID comes from the content, not the clock
      }
      if (!settings.pdf_version.empty()) writer.forcePDFVersion(settings.pdf_version);
      writer.setObjectStreamMode(settings.object_streams ? qpdf_o_generate : qpdf_o_disable);
      writer.setDecodeLevel(qpdf_dl_none);
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

void CatalogPass::apply(QPDF& pdf) const {
  QPDFObjectHandle root = pdf.getRoot();
  root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(language_));
  QPDFObjectHandle preferences = QPDFObjectHandle::newDictionary();
  preferences.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
  root.replaceKey("/ViewerPreferences", preferences);
  QPDFObjectHandle mark_info = QPDFObjectHandle::newDictionary();
  mark_info.replaceKey("/Marked", QPDFObjectHandle::newBool(true));
  root.replaceKey("/MarkInfo", mark_info);
}

namespace {

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

// A link element's annotation (an object reference among the element's kids) gets its /Contents.
void describe_annotations(QPDFObjectHandle kids, const std::string& contents) {
  const auto describe = [&](QPDFObjectHandle kid) {
    if (!kid.isDictionary() || !kid.getKey("/Type").isName() || kid.getKey("/Type").getName() != "/OBJR") return;
    QPDFObjectHandle annotation = kid.getKey("/Obj");
    if (annotation.isDictionary()) annotation.replaceKey("/Contents", QPDFObjectHandle::newUnicodeString(contents));
  };
  if (!kids.isArray()) return describe(kids);
  for (int k = 0; k < kids.getArrayNItems(); ++k) describe(kids.getArrayItem(k));
}

}  // namespace

std::vector<QPDFObjectHandle> structure_elements(QPDF& pdf) {
  std::vector<QPDFObjectHandle> elements;
  QPDFObjectHandle tree = pdf.getRoot().getKey("/StructTreeRoot");
  if (tree.isDictionary()) collect_elements(tree, elements);
  return elements;
}

void StructureElementPass::apply(QPDF& pdf) const {
  std::vector<QPDFObjectHandle> elements = structure_elements(pdf);
  if (elements.size() != elements_.size()) return;
  for (std::size_t k = 0; k < elements.size(); ++k) {
    const ElementAdditions& add = elements_[k];
    if (!add.language.empty()) elements[k].replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(add.language));
    if (!add.id.empty()) elements[k].replaceKey("/ID", QPDFObjectHandle::newString(add.id));
    if (!add.alt.empty()) elements[k].replaceKey("/Alt", QPDFObjectHandle::newUnicodeString(add.alt));
    if (!add.contents.empty()) describe_annotations(elements[k].getKey("/K"), add.contents);
  }
}

}  // namespace persklaar::pdf
