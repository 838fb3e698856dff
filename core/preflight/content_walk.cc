#include "core/preflight/content_walk.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <qpdf/QPDFObjectHandle.hh>
#include <set>

namespace persklaar::preflight_rules {
namespace {

struct Matrix {
  double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;
  // this × then: apply this first, then `then` (PDF's order for cm and Tm against the CTM).
  Matrix times(const Matrix& m) const {
    return {a * m.a + b * m.c, a * m.b + b * m.d,       c * m.a + d * m.c,
            c * m.b + d * m.d, e * m.a + f * m.c + m.e, e * m.b + f * m.d + m.f};
  }
  double x_of(double x, double y) const { return a * x + c * y + e; }
  double y_of(double x, double y) const { return b * x + d * y + f; }
  double scale() const { return std::sqrt(std::fabs(a * d - b * c)); }
};

Matrix matrix_of(const std::vector<QPDFObjectHandle>& operands, std::size_t first = 0) {
  double v[6] = {1, 0, 0, 1, 0, 0};
  for (std::size_t k = 0; k < 6 && first + k < operands.size(); ++k) {
    QPDFObjectHandle o = operands[first + k];
    if (o.isNumber()) v[k] = o.getNumericValue();
  }
  return {v[0], v[1], v[2], v[3], v[4], v[5]};
}

std::string label(const std::string& name, QPDFObjectHandle object) {
  return object.isIndirect() ? name + " (object " + std::to_string(object.getObjectID()) + ")" : name;
}

// A colour space as the rules name it: the family of a name or array, resolving named resources.
std::string space_family(QPDFObjectHandle space, QPDFObjectHandle resources) {
  if (space.isName()) {
    const std::string name = space.getName();
    if (name == "/DeviceRGB" || name == "/DeviceCMYK" || name == "/DeviceGray" || name == "/Pattern") {
      return name.substr(1);
    }
    QPDFObjectHandle spaces = resources.isDictionary() ? resources.getKey("/ColorSpace") : QPDFObjectHandle();
    if (spaces.isDictionary() && spaces.hasKey(name)) return space_family(spaces.getKey(name), resources);
    return name.substr(1);
  }
  if (space.isArray() && space.getArrayNItems() > 0 && space.getArrayItem(0).isName()) {
    const std::string family = space.getArrayItem(0).getName().substr(1);
    if (family == "ICCBased" && space.getArrayNItems() > 1 && space.getArrayItem(1).isStream()) {
      QPDFObjectHandle n = space.getArrayItem(1).getDict().getKey("/N");
      const int components = n.isInteger() ? n.getIntValue() : 0;
      return components == 3 ? "DeviceRGB" : components == 4 ? "DeviceCMYK" : "DeviceGray";
    }
    if (family == "CalRGB") return "DeviceRGB";
    if (family == "Indexed" && space.getArrayNItems() > 1) return space_family(space.getArrayItem(1), resources);
    return family;
  }
  return "unknown";
}

// Glyph widths of a font, in thousandths of the text size, for the extent of shown text.
class FontWidths {
 public:
  explicit FontWidths(QPDFObjectHandle font) {
    QPDFObjectHandle subtype = font.getKey("/Subtype");
    two_byte_ = subtype.isName() && subtype.getName() == "/Type0";
    if (two_byte_) {
      QPDFObjectHandle descendants = font.getKey("/DescendantFonts");
      QPDFObjectHandle cid =
          descendants.isArray() && descendants.getArrayNItems() > 0 ? descendants.getArrayItem(0) : QPDFObjectHandle();
      if (!cid.isDictionary()) return;
      if (cid.getKey("/DW").isNumber()) default_ = cid.getKey("/DW").getNumericValue();
      read_cid_widths(cid.getKey("/W"));
    } else {
      QPDFObjectHandle first = font.getKey("/FirstChar"), widths = font.getKey("/Widths");
      if (!first.isInteger() || !widths.isArray()) return;
      const int base = first.getIntValue();
      for (int k = 0; k < widths.getArrayNItems(); ++k) {
        if (widths.getArrayItem(k).isNumber()) widths_[base + k] = widths.getArrayItem(k).getNumericValue();
      }
    }
  }

  double width(const std::string& bytes) const {
    double total = 0;
    const std::size_t step = two_byte_ ? 2 : 1;
    for (std::size_t k = 0; k + step <= bytes.size(); k += step) {
      int code = static_cast<unsigned char>(bytes[k]);
      if (two_byte_) code = code * 256 + static_cast<unsigned char>(bytes[k + 1]);
      const auto found = widths_.find(code);
      total += found == widths_.end() ? default_ : found->second;
    }
    return total;
  }

 private:
  void read_cid_widths(QPDFObjectHandle w) {
    if (!w.isArray()) return;
    const int n = w.getArrayNItems();
    for (int k = 0; k + 1 < n;) {
      QPDFObjectHandle first = w.getArrayItem(k), next = w.getArrayItem(k + 1);
      if (!first.isInteger()) return;
      if (next.isArray()) {  // c [w1 w2 …]
        for (int j = 0; j < next.getArrayNItems(); ++j) {
          if (next.getArrayItem(j).isNumber())
            widths_[first.getIntValue() + j] = next.getArrayItem(j).getNumericValue();
        }
        k += 2;
      } else if (k + 2 < n && next.isInteger() && w.getArrayItem(k + 2).isNumber()) {  // c1 c2 w
        const double width = w.getArrayItem(k + 2).getNumericValue();
        for (int c = first.getIntValue(); c <= next.getIntValue() && c - first.getIntValue() < 65536; ++c)
          widths_[c] = width;
        k += 3;
      } else {
        return;
      }
    }
  }

  bool two_byte_ = false;
  double default_ = 500;
  std::map<int, double> widths_;
};

double max_cmyk_coverage(QPDFObjectHandle image) {
  QPDFObjectHandle bits = image.getDict().getKey("/BitsPerComponent");
  if (!bits.isInteger() || bits.getIntValue() != 8) return 0;
  try {
    const auto data = image.getStreamData(qpdf_dl_all);
    const unsigned char* p = data->getBuffer();
    int highest = 0;
    for (std::size_t k = 0; k + 4 <= data->getSize(); k += 4)
      highest = std::max(highest, p[k] + p[k + 1] + p[k + 2] + p[k + 3]);
    return highest / 255.0;
  } catch (const std::exception&) {
    return 0;  // undecodable data is reported by qpdf's warnings
  }
}

struct GraphicsState {
  Matrix ctm;
  double line_width = 1;
  std::string fill_space = "DeviceGray", stroke_space = "DeviceGray";
};

class Walker final : public QPDFObjectHandle::ParserCallbacks {
 public:
  Walker(PageContent& out, QPDFObjectHandle resources, const Matrix& ctm, std::string where,
         std::map<QPDFObjGen, FontWidths>& fonts, int depth)
      : out_(out), resources_(resources), where_(std::move(where)), fonts_(fonts), depth_(depth) {
    state_.ctm = ctm;
  }

  void handleObject(QPDFObjectHandle object) override {
    if (!object.isOperator()) {
      operands_.push_back(object);
      return;
    }
    operate(object.getOperatorValue());
    operands_.clear();
  }
  void handleEOF() override {}

 private:
  double number(std::size_t k) {
    return k < operands_.size() && operands_[k].isNumber() ? operands_[k].getNumericValue() : 0;
  }
  std::vector<double> numbers() {
    std::vector<double> values;
    for (auto o : operands_) {
      if (o.isNumber()) values.push_back(o.getNumericValue());
    }
    return values;
  }
  void colour(const std::string& space) { out_.colours.push_back({space, numbers(), where_}); }

  void operate(const std::string& op) {
    if (op == "q") {
      stack_.push_back(state_);
    } else if (op == "Q") {
      if (!stack_.empty()) {
        state_ = stack_.back();
        stack_.pop_back();
      }
    } else if (op == "cm") {
      state_.ctm = matrix_of(operands_).times(state_.ctm);
    } else if (op == "w") {
      state_.line_width = number(0);
    } else if (op == "S" || op == "s" || op == "B" || op == "B*" || op == "b" || op == "b*") {
      out_.strokes.push_back({state_.line_width * state_.ctm.scale()});
    } else if (op == "rg" || op == "RG") {
      (op == "rg" ? state_.fill_space : state_.stroke_space) = "DeviceRGB";
      colour("DeviceRGB");
    } else if (op == "k" || op == "K") {
      (op == "k" ? state_.fill_space : state_.stroke_space) = "DeviceCMYK";
      colour("DeviceCMYK");
    } else if (op == "g" || op == "G") {
      (op == "g" ? state_.fill_space : state_.stroke_space) = "DeviceGray";
      colour("DeviceGray");
    } else if ((op == "cs" || op == "CS") && !operands_.empty()) {
      const std::string family = space_family(operands_.back(), resources_);
      (op == "cs" ? state_.fill_space : state_.stroke_space) = family;
      out_.colours.push_back({family, {}, where_});
    } else if (op == "sc" || op == "scn" || op == "SC" || op == "SCN") {
      colour(op[0] == 's' ? state_.fill_space : state_.stroke_space);
    } else if (op == "gs" && !operands_.empty() && operands_[0].isName()) {
      graphics_state(operands_[0].getName());
    } else if (op == "sh" && !operands_.empty() && operands_[0].isName()) {
      QPDFObjectHandle shading = resource("/Shading", operands_[0].getName());
      if (shading.isDictionary() || shading.isStream()) {
        QPDFObjectHandle dict = shading.isStream() ? shading.getDict() : shading;
        out_.colours.push_back({space_family(dict.getKey("/ColorSpace"), resources_), {}, where_ + ", shading"});
      }
    } else if (op == "Do" && !operands_.empty() && operands_[0].isName()) {
      paint_xobject(operands_[0].getName());
    } else {
      text(op);
    }
  }

  void text(const std::string& op) {
    if (op == "BT") {
      tm_ = tlm_ = Matrix{};
    } else if (op == "Tf" && operands_.size() >= 2) {
      font_size_ = number(1);
      font_name_ = operands_[0].isName() ? operands_[0].getName() : "";
      font_ = resource("/Font", font_name_);
    } else if (op == "Tz") {
      horizontal_scale_ = number(0) / 100;
    } else if (op == "TL") {
      leading_ = number(0);
    } else if (op == "Tr") {
      render_mode_ = static_cast<int>(number(0));
    } else if (op == "Td" || op == "TD") {
      if (op == "TD") leading_ = -number(1);
      tlm_ = Matrix{1, 0, 0, 1, number(0), number(1)}.times(tlm_);
      tm_ = tlm_;
    } else if (op == "Tm") {
      tm_ = tlm_ = matrix_of(operands_);
    } else if (op == "T*") {
      next_line();
    } else if (op == "Tj" || op == "'" || op == "\"" || op == "TJ") {
      if (op != "Tj" && op != "TJ") next_line();
      show(operands_.empty() ? QPDFObjectHandle::newNull() : operands_.back());
    }
  }

  void next_line() {
    tlm_ = Matrix{1, 0, 0, 1, 0, -leading_}.times(tlm_);
    tm_ = tlm_;
  }

  void show(QPDFObjectHandle shown) {
    double advance = 0;  // thousandths of the size
    const FontWidths& widths = widths_of(font_);
    auto add = [&](QPDFObjectHandle item) {
      if (item.isString()) advance += widths.width(item.getStringValue());
      if (item.isNumber()) advance -= item.getNumericValue();
    };
    if (shown.isArray()) {
      for (int k = 0; k < shown.getArrayNItems(); ++k) add(shown.getArrayItem(k));
    } else {
      add(shown);
    }
    const double width = advance / 1000 * font_size_ * horizontal_scale_;
    const Matrix m = tm_.times(state_.ctm);
    if (render_mode_ != 3 && render_mode_ != 7) {
      const double xs[4] = {m.x_of(0, 0), m.x_of(width, 0), m.x_of(0, font_size_ * 0.7),
                            m.x_of(width, font_size_ * 0.7)};
      const double ys[4] = {m.y_of(0, 0), m.y_of(width, 0), m.y_of(0, font_size_ * 0.7),
                            m.y_of(width, font_size_ * 0.7)};
      TextShow t;
      t.size = font_size_ * std::sqrt(m.c * m.c + m.d * m.d);
      t.x0 = *std::min_element(xs, xs + 4);
      t.x1 = *std::max_element(xs, xs + 4);
      t.y0 = *std::min_element(ys, ys + 4);
      t.y1 = *std::max_element(ys, ys + 4);
      t.font = font_name_;
      out_.texts.push_back(t);
    }
    tm_ = Matrix{1, 0, 0, 1, width, 0}.times(tm_);
  }

  const FontWidths& widths_of(QPDFObjectHandle font) {
    static const FontWidths none{QPDFObjectHandle::newDictionary()};
    if (!font.isDictionary()) return none;
    return fonts_.try_emplace(font.getObjGen(), font).first->second;
  }

  QPDFObjectHandle resource(const char* kind, const std::string& name) {
    if (!resources_.isDictionary()) return QPDFObjectHandle::newNull();
    QPDFObjectHandle group = resources_.getKey(kind);
    return group.isDictionary() ? group.getKey(name) : QPDFObjectHandle::newNull();
  }

  void graphics_state(const std::string& name) {
    QPDFObjectHandle gs = resource("/ExtGState", name);
    if (!gs.isDictionary()) return;
    for (const char* key : {"/TR", "/TR2"}) {
      QPDFObjectHandle tr = gs.getKey(key);
      if (!tr.isNull() && !(tr.isName() && tr.getName() == "/Default")) {
        out_.transfer_functions.push_back(label("graphics state " + name, gs) + " sets " + key);
      }
    }
    QPDFObjectHandle mask = gs.getKey("/SMask");
    if (mask.isDictionary() && mask.getKey("/G").isStream()) {
      group_space(mask.getKey("/G").getDict(), "soft mask of " + name);
    }
  }

  void group_space(QPDFObjectHandle dict, const std::string& what) {
    QPDFObjectHandle group = dict.getKey("/Group");
    if (group.isDictionary() && group.hasKey("/CS")) {
      out_.colours.push_back({space_family(group.getKey("/CS"), resources_), {}, "transparency group of " + what});
    }
  }

  void paint_xobject(const std::string& name) {
    QPDFObjectHandle xobject = resource("/XObject", name);
    if (!xobject.isStream()) return;
    QPDFObjectHandle dict = xobject.getDict();
    QPDFObjectHandle subtype = dict.getKey("/Subtype");
    const std::string what = label(name, xobject);
    if (subtype.isName() && subtype.getName() == "/Image") {
      ImagePlacement image;
      image.name = what;
      image.width_px = dict.getKey("/Width").isInteger() ? dict.getKey("/Width").getIntValue() : 0;
      image.height_px = dict.getKey("/Height").isInteger() ? dict.getKey("/Height").getIntValue() : 0;
      const Matrix& m = state_.ctm;
      image.width_pt = std::hypot(m.a, m.b);
      image.height_pt = std::hypot(m.c, m.d);
      // The unit square's corners under the current matrix.
      const double xs[] = {m.e, m.e + m.a, m.e + m.c, m.e + m.a + m.c};
      const double ys[] = {m.f, m.f + m.b, m.f + m.d, m.f + m.b + m.d};
      image.x0 = *std::min_element(xs, xs + 4);
      image.x1 = *std::max_element(xs, xs + 4);
      image.y0 = *std::min_element(ys, ys + 4);
      image.y1 = *std::max_element(ys, ys + 4);
      image.object = xobject.getObjectID();
      const bool mask = dict.getKey("/ImageMask").isBool() && dict.getKey("/ImageMask").getBoolValue();
      if (!mask) {
        const std::string space = space_family(dict.getKey("/ColorSpace"), resources_);
        out_.colours.push_back({space, {}, "image " + what});
        if (space == "DeviceCMYK") image.max_coverage = max_cmyk_coverage(xobject);
      }
      out_.images.push_back(image);
    } else if (subtype.isName() && subtype.getName() == "/Form" && depth_ < 12 &&
               !visiting_.count(xobject.getObjGen())) {
      group_space(dict, "form " + what);
      const Matrix form_matrix = dict.hasKey("/Matrix") && dict.getKey("/Matrix").isArray()
                                     ? matrix_of(dict.getKey("/Matrix").getArrayAsVector())
                                     : Matrix{};
      QPDFObjectHandle form_resources = dict.hasKey("/Resources") ? dict.getKey("/Resources") : resources_;
      Walker inner(out_, form_resources, form_matrix.times(state_.ctm), "form " + what, fonts_, depth_ + 1);
      inner.visiting_ = visiting_;
      inner.visiting_.insert(xobject.getObjGen());
      try {
        QPDFObjectHandle::parseContentStream(xobject, &inner);
      } catch (const std::exception& error) {
        out_.problems.push_back("form " + what + ": " + error.what());
      }
    }
  }

  PageContent& out_;
  QPDFObjectHandle resources_;
  std::string where_;
  std::map<QPDFObjGen, FontWidths>& fonts_;
  int depth_;
  std::set<QPDFObjGen> visiting_;
  std::vector<QPDFObjectHandle> operands_;
  GraphicsState state_;
  std::vector<GraphicsState> stack_;
  Matrix tm_, tlm_;
  double font_size_ = 0, leading_ = 0, horizontal_scale_ = 1;
  int render_mode_ = 0;
  std::string font_name_;
  QPDFObjectHandle font_;
};

}  // namespace

PageContent walk_page(QPDFPageObjectHelper& page) {
  PageContent content;
  std::map<QPDFObjGen, FontWidths> fonts;
  QPDFObjectHandle resources = page.getAttribute("/Resources", false);
  Walker walker(content, resources, Matrix{}, "content stream", fonts, 0);
  QPDFObjectHandle dict = page.getObjectHandle();
  QPDFObjectHandle group = dict.getKey("/Group");
  if (group.isDictionary() && group.hasKey("/CS")) {
    content.colours.push_back({space_family(group.getKey("/CS"), resources), {}, "the page's transparency group"});
  }
  try {
    page.parseContents(&walker);
  } catch (const std::exception& error) {
    content.problems.push_back(std::string("content stream: ") + error.what());
  }
  return content;
}

}  // namespace persklaar::preflight_rules
