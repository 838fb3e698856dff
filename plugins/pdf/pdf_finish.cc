#include "plugins/pdf/pdf_finish.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>
#include <stdexcept>

namespace persklaar::pdf {

void finish_pdf(const std::filesystem::path& painted, const std::filesystem::path& finished,
                const CatalogAdditions& additions) {
  try {
    QPDF pdf;
    pdf.processFile(painted.c_str());
    QPDFObjectHandle root = pdf.getRoot();
    root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(additions.language));
    QPDFObjectHandle preferences = QPDFObjectHandle::newDictionary();
    preferences.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
    root.replaceKey("/ViewerPreferences", preferences);
    QPDFObjectHandle mark_info = QPDFObjectHandle::newDictionary();
    mark_info.replaceKey("/Marked", QPDFObjectHandle::newBool(true));
    root.replaceKey("/MarkInfo", mark_info);
    QPDFWriter writer(pdf, finished.c_str());
    writer.setStaticID(true);  // the ID comes from the content, not the clock
    writer.setObjectStreamMode(qpdf_o_generate);
    writer.write();
  } catch (const std::exception& error) {
    throw std::runtime_error(std::string("qpdf: ") + error.what());
  }
}

}  // namespace persklaar::pdf
