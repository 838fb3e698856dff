#include "plugins/pdf/cmyk_conversion.h"

#include <cstdio>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFTokenizer.hh>
#include <set>
#include <stdexcept>

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

bool is_colour_operator(const std::string& op) {
  static const std::set<std::string> kColourOperators = {"rg", "RG", "g", "G", "cs", "CS", "sc", "SC", "scn", "SCN"};
  return op.size() <= 3 && kColourOperators.count(op) > 0;
}

std::string format_cmyk(const Cmyk& c) {
  char text[96];
  std::snprintf(text, sizeof text, "%.4g %.4g %.4g %.4g", c.cyan, c.magenta, c.yellow, c.black);
  return text;
}

// Rewrites colour operators in one content stream. Operands are held until their operator arrives,
// then written unchanged or replaced.
class CmykFilter final : public QPDFObjectHandle::TokenFilter {
 public:
  explicit CmykFilter(const PrintPalette& palette) : palette_(palette) {}

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
    const bool stroke = op == "RG" || op == "G" || op == "SC" || op == "SCN" || op == "CS";
    bool& rgb_space = stroke ? stroke_rgb_ : fill_rgb_;
    if ((op == "rg" || op == "RG") && numbers.size() == 3) {
      replace(numbers[0], numbers[1], numbers[2], stroke ? "K" : "k");
    } else if ((op == "g" || op == "G") && numbers.size() == 1) {
      replace(numbers[0], numbers[0], numbers[0], stroke ? "K" : "k");
    } else if ((op == "cs" || op == "CS") && last_name == "/DeviceRGB") {
      rgb_space = true;
      write_plain("/DeviceCMYK " + op);
    } else if ((op == "sc" || op == "scn" || op == "SC" || op == "SCN") && rgb_space && numbers.size() == 3) {
      const Cmyk c = palette_.cmyk_for(numbers[0], numbers[1], numbers[2]);
      write_plain(format_cmyk(c) + " " + op);
    } else {
      if (op == "cs" || op == "CS") rgb_space = false;
      flush();
      writeToken(token);
    }
  }
  void handleEOF() override { flush(); }

 private:
  void replace(double r, double g, double b, const char* op) {
    write_plain(format_cmyk(palette_.cmyk_for(r, g, b)) + " " + op);
  }
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

  const PrintPalette& palette_;
  std::vector<Token> pending_;
  bool fill_rgb_ = false, stroke_rgb_ = false;
};

void convert_image(QPDFObjectHandle image, const PrintPalette& palette) {
  QPDFObjectHandle dict = image.getDict();
  if (!is_rgb_space(dict.getKey("/ColorSpace"))) return;
  QPDFObjectHandle bits = dict.getKey("/BitsPerComponent");
  if (!bits.isInteger() || bits.getIntValue() != 8) {
    throw std::runtime_error("an RGB image with other than 8 bits per component cannot be converted to CMYK");
  }
  const auto decoded = image.getStreamData(qpdf_dl_all);
  const std::string rgb(reinterpret_cast<const char*>(decoded->getBuffer()), decoded->getSize());
  const std::vector<unsigned char> cmyk = palette.convert_pixels(rgb);
  image.replaceStreamData(std::string(cmyk.begin(), cmyk.end()), QPDFObjectHandle::newNull(),
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
        xobject.addTokenFilter(std::make_shared<CmykFilter>(palette_));
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
    page.addContentTokenFilter(std::make_shared<CmykFilter>(*palette_));
    make_groups_cmyk(page.getObjectHandle());
    converter.convert_resources(page.getAttribute("/Resources", false));
  }
}

}  // namespace persklaar::pdf
