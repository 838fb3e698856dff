#include "plugins/pdf/page_boxes.h"

#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

namespace persklaar::pdf {
namespace {

QPDFObjectHandle box(double llx, double lly, double urx, double ury) {
  return QPDFObjectHandle::newFromRectangle(QPDFObjectHandle::Rectangle(llx, lly, urx, ury));
}

}  // namespace

void PageBoxesPass::apply(QPDF& pdf) const {
  const SheetGeometry& s = sheet_;
  auto around_trim = [&](double margin) {
    return box(s.trim_origin - margin, s.trim_origin - margin, s.trim_origin + s.trim_width + margin,
               s.trim_origin + s.trim_height + margin);
  };
  QPDFObjectHandle trim = around_trim(0), bleed = around_trim(s.bleed), media = around_trim(s.sheet_margin);
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    QPDFObjectHandle dict = page.getObjectHandle();
    dict.replaceKey("/MediaBox", media.shallowCopy());
    dict.replaceKey("/TrimBox", trim.shallowCopy());
    dict.replaceKey("/BleedBox", bleed.shallowCopy());
    dict.removeKey("/CropBox");  // defaults to the MediaBox: the whole sheet, marks included
  }
}

}  // namespace persklaar::pdf
