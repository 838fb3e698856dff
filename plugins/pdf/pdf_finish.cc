#include "plugins/pdf/pdf_finish.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>
#include <stdexcept>

#include "core/diagnostics/diagnostic.h"
#include "core/output/write_error.h"

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
