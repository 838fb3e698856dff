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
  const double left = s.trim_offset, bottom = s.trim_offset;
  QPDFObjectHandle trim = box(left, bottom, left + s.trim_width, bottom + s.trim_height);
  QPDFObjectHandle bleed =
      box(left - s.bleed, bottom - s.bleed, left + s.trim_width + s.bleed, bottom + s.trim_height + s.bleed);
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    QPDFObjectHandle dict = page.getObjectHandle();
    dict.replaceKey("/TrimBox", trim.shallowCopy());
    dict.replaceKey("/BleedBox", bleed.shallowCopy());
    dict.removeKey("/CropBox");  // defaults to the MediaBox: the whole sheet, marks included
  }
}

}  // namespace persklaar::pdf
