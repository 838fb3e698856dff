#include "plugins/pdf/finishing_pass.h"

#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>
#include <stdexcept>

namespace persklaar::pdf {

void finish_pdf(const std::string& painted, const std::filesystem::path& finished, const FinishingPasses& passes,
                const WriteSettings& settings) {
  try {
    QPDF pdf;
    pdf.processMemoryFile("painted PDF", painted.data(), painted.size());
    for (const auto& pass : passes) pass->apply(pdf);
    QPDFWriter writer(pdf, finished.c_str());
    if (settings.content_id) {
      writer.setDeterministicID(true);
    } else {
      writer.setStaticID(true);  // the ID comes from the content, not the clock
    }
    if (!settings.pdf_version.empty()) writer.forcePDFVersion(settings.pdf_version);
    writer.setObjectStreamMode(qpdf_o_generate);
    writer.setDecodeLevel(qpdf_dl_none);
    writer.write();
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

}  // namespace persklaar::pdf
