#include "plugins/pdf/stream_deflate.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include "plugins/pdf/zlib_deflate.h"

namespace persklaar::pdf {
namespace {

bool is_metadata(QPDFObjectHandle dictionary) {
  QPDFObjectHandle type = dictionary.getKey("/Type");
  return type.isName() && type.getName() == "/Metadata";
}

}  // namespace

void deflate_plain_streams(QPDF& pdf) {
  for (QPDFObjectHandle object : pdf.getAllObjects()) {
    if (!object.isStream()) continue;
    QPDFObjectHandle dictionary = object.getDict();
    if (!dictionary.getKey("/Filter").isNull() || is_metadata(dictionary)) continue;
    const std::shared_ptr<Buffer> plain = object.getRawStreamData();
    const std::string_view bytes(reinterpret_cast<const char*>(plain->getBuffer()), plain->getSize());
    object.replaceStreamData(zlib_deflated(bytes), QPDFObjectHandle::newName("/FlateDecode"),
                             QPDFObjectHandle::newNull());
  }
}

}  // namespace persklaar::pdf
