#include "plugins/pdf/cmyk_conversion.h"

#include <cstdio>
#include <qpdf/Pipeline.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFTokenizer.hh>
#include <set>
#include <stdexcept>

#include "plugins/pdf/colour_operators.h"
#include "plugins/pdf/content_stream.h"
#include "plugins/pdf/zlib_deflate.h"

namespace persklaar::pdf {
namespace {

using Token = QPDFTokenizer::Token;

bool is_number(const Token& token) {
  return token.getType() == QPDFTokenizer::tt_integer || token.getType() == QPDFTokenizer::tt_real;
}

bool is_rgb_space(QPDFObjectHandle space) {
  if (space.isName()) return space.getName() == "/DeviceRGB" || space.getName() == "/CalRGB";
  if (space.isArray() && space.getArrayNItems() >= 1) {
    QPDFObjectHandle family = space.getArrayItem(0);
    if (family.isName() && family.getName() == "/CalRGB") return true;
    if (family.isName() && family.getName() == "/ICCBased" && space.getArrayNItems() == 2) {
      QPDFObjectHandle n = space.getArrayItem(1).getDict().getKey("/N");
      return n.isInteger() && n.getIntValue() == 3;
    }
  }
  return false;
}

// Rewrites colour operators in one content stream. Operands are held until their operator arrives,
// then written unchanged or replaced.
class CmykFilter final : public QPDFObjectHandle::TokenFilter {
 public:
  explicit CmykFilter(const PrintPalette& palette) : rewriter_(palette) {}

  void handleToken(const Token& token) override {
    if (token.getType() != QPDFTokenizer::tt_word) {
      pending_.push_back(token);
      return;
    }
    const std::string& op = token.getValue();
    if (!is_colour_operator(op)) {  // text and paths, most of a page: passed on as they came
      flush();
      writeToken(token);
      return;
    }
    std::vector<double> numbers;
    std::string last_name;
    for (const Token& operand : pending_) {
      if (is_number(operand)) numbers.push_back(std::stod(operand.getValue()));
      if (operand.getType() == QPDFTokenizer::tt_name) last_name = operand.getValue();
    }
    if (const auto replacement = rewriter_.rewrite(op, numbers, last_name)) {
      write_plain(*replacement);
    } else {
      flush();
      writeToken(token);
    }
  }
  void handleEOF() override { flush(); }

 private:
  void write_plain(const std::string& text) {
    // Keep the whitespace that separated the operator from what came before.
    if (!pending_.empty() && pending_.front().getType() == QPDFTokenizer::tt_space) writeToken(pending_.front());
    pending_.clear();
    write(text);
  }
  void flush() {
    for (const Token& token : pending_) writeToken(token);
    pending_.clear();
  }

  ColourRewriter rewriter_;
  std::vector<Token> pending_;
};

// Rewrites the colours of one content stream: read quickly where it can be (colour_operators.h),
// otherwise by qpdf's tokenizer when the file is written.
void convert_stream(QPDFObjectHandle stream, const PrintPalette& palette) {
  const auto quickly = [&](const std::string& content) { return rewrite_colours(content, palette); };
  if (rewrite_content(stream, "cmyk\n" + palette.identity(), quickly) != ContentRewritten::yes) {
    stream.addTokenFilter(std::make_shared<CmykFilter>(palette));
  }
}

// An image's RGB samples, converted to CMYK as qpdf decodes them: a photo's pixels are tens of
// megabytes, and each copy of them held at once costs its memory's first touch.
class CmykPixels final : public Pipeline {
 public:
  CmykPixels(const PrintPalette& palette, std::size_t expected_pixels)
      : Pipeline("CMYK pixels", nullptr), palette_(palette) {
    cmyk_.reserve(expected_pixels * 4);
  }

  void write(unsigned char const* data, size_t length) override {
    while (split_ > 0 && split_ < 3 && length > 0) {  // a pixel begun in the last piece
      partial_[split_++] = *data++;
      --length;
      if (split_ == 3) {
        append(partial_, 1);
        split_ = 0;
      }
    }
    const std::size_t whole = length / 3;
    append(data, whole);
    for (std::size_t k = whole * 3; k < length; ++k) partial_[split_++] = data[k];
  }

  void finish() override {}  // a last, incomplete pixel is left out

  const std::string& cmyk() const { return cmyk_; }

 private:
  void append(const unsigned char* rgb, std::size_t count) {
    if (count == 0) return;
    const std::size_t at = cmyk_.size();
    cmyk_.resize(at + count * 4);
    palette_.convert_pixels(rgb, count, reinterpret_cast<unsigned char*>(&cmyk_[at]));
  }

  const PrintPalette& palette_;
  std::string cmyk_;
  unsigned char partial_[3] = {};
  std::size_t split_ = 0;
};

std::size_t pixel_count(QPDFObjectHandle dict) {
  QPDFObjectHandle width = dict.getKey("/Width"), height = dict.getKey("/Height");
  if (!width.isInteger() || !height.isInteger() || width.getIntValue() <= 0 || height.getIntValue() <= 0) return 0;
  const auto count = static_cast<std::size_t>(width.getIntValue()) * static_cast<std::size_t>(height.getIntValue());
  return count <= (std::size_t{1} << 28) ? count : 0;  // a reservation, not a limit
}

void convert_image(QPDFObjectHandle image, const PrintPalette& palette) {
  QPDFObjectHandle dict = image.getDict();
  if (!is_rgb_space(dict.getKey("/ColorSpace"))) return;
  QPDFObjectHandle bits = dict.getKey("/BitsPerComponent");
  if (!bits.isInteger() || bits.getIntValue() != 8) {
    throw std::runtime_error("an RGB image with other than 8 bits per component cannot be converted to CMYK");
  }
  CmykPixels pixels(palette, pixel_count(dict));
  bool decoded = false;
  if (!image.pipeStreamData(&pixels, &decoded, 0, qpdf_dl_all) || !decoded) {
    throw std::runtime_error("the pixels of image " + image.getObjGen().unparse(' ') +
                             " cannot be decoded to convert them to CMYK");
  }
  // Deflated here, as deflate_plain_streams would do before writing, from the one copy there is.
  image.replaceStreamData(zlib_deflated(pixels.cmyk()), QPDFObjectHandle::newName("/FlateDecode"),
                          QPDFObjectHandle::newNull());
  dict.replaceKey("/ColorSpace", QPDFObjectHandle::newName("/DeviceCMYK"));
  dict.removeKey("/Decode");
}

// Transparency groups (of pages and forms) blend in the colour space they name: CMYK, as the press.
void make_groups_cmyk(QPDFObjectHandle dict) {
  QPDFObjectHandle group = dict.getKey("/Group");
  if (group.isDictionary() && is_rgb_space(group.getKey("/CS"))) {
    group.replaceKey("/CS", QPDFObjectHandle::newName("/DeviceCMYK"));
  }
}

class Converter {
 public:
  explicit Converter(const PrintPalette& palette) : palette_(palette) {}

  void convert_resources(QPDFObjectHandle resources) {
    if (!resources.isDictionary()) return;
    QPDFObjectHandle xobjects = resources.getKey("/XObject");
    if (!xobjects.isDictionary()) return;
    for (const std::string& key : xobjects.getKeys()) {
      QPDFObjectHandle xobject = xobjects.getKey(key);
      if (!xobject.isStream() || !seen_.insert(xobject.getObjGen()).second) continue;
      QPDFObjectHandle subtype = xobject.getDict().getKey("/Subtype");
      if (subtype.isName() && subtype.getName() == "/Image") {
        convert_image(xobject, palette_);
        QPDFObjectHandle mask = xobject.getDict().getKey("/SMask");
        if (mask.isStream()) convert_image(mask, palette_);  // gray in practice: left as it is
      } else if (subtype.isName() && subtype.getName() == "/Form") {
        convert_stream(xobject, palette_);
        make_groups_cmyk(xobject.getDict());
        convert_resources(xobject.getDict().getKey("/Resources"));
      }
    }
  }

 private:
  const PrintPalette& palette_;
  std::set<QPDFObjGen> seen_;
};

}  // namespace

void CmykConversionPass::apply(QPDF& pdf) const {
  Converter converter(*palette_);
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    QPDFObjectHandle contents = page.getObjectHandle().getKey("/Contents");
    if (contents.isStream()) {
      convert_stream(contents, *palette_);
    } else {
      page.addContentTokenFilter(std::make_shared<CmykFilter>(*palette_));
    }
    make_groups_cmyk(page.getObjectHandle());
    converter.convert_resources(page.getAttribute("/Resources", false));
  }
}

}  // namespace persklaar::pdf
