#pragma once
// Deflating the streams Cairo left plain, before qpdf writes the file. Cairo paints without
// compressing (the finishing reads every page anyway), so fonts and page content reach the writer
// plain; deflated here with libdeflate (zlib_deflate.h), qpdf writes them as they are.
#include <qpdf/QPDF.hh>

namespace persklaar::pdf {

// Gives every stream without a filter the FlateDecode filter and its data deflated, except XMP
// metadata, which readers and validators expect plain.
void deflate_plain_streams(QPDF& pdf);

}  // namespace persklaar::pdf
