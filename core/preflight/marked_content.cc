#include "core/preflight/marked_content.h"

#include <qpdf/QPDFObjectHandle.hh>

namespace persklaar::preflight_rules {
namespace {

bool is_painting(const std::string& op) {
  static const std::set<std::string> painting = {"f",  "F",  "f*", "B",  "B*", "b", "b*", "S", "s",
                                                 "sh", "Do", "BI", "Tj", "TJ", "'", "\"", "EI"};
  return painting.count(op) > 0;
}

bool is_two_byte(QPDFObjectHandle font) {
  return font.isDictionary() && font.getKey("/Subtype").isName() && font.getKey("/Subtype").getName() == "/Type0";
}

class MarkedContentWalker final : public QPDFObjectHandle::ParserCallbacks {
 public:
  MarkedContentWalker(MarkedContent& out, QPDFObjectHandle resources) : out_(out), resources_(resources) {}

  void handleObject(QPDFObjectHandle object) override {
    if (!object.isOperator()) {
      operands_.push_back(object);
      return;
    }
    const std::string op = object.getOperatorValue();
    if (op == "BDC" || op == "BMC") {
      begin(op);
    } else if (op == "EMC") {
      if (!stack_.empty()) stack_.pop_back();
    } else if (op == "Tf" && !operands_.empty() && operands_[0].isName()) {
      font_name_ = operands_[0].getName();
    } else if (is_painting(op)) {
      paint(op);
    }
    operands_.clear();
  }
  void handleEOF() override {}

 private:
  enum class Kind { tagged, artifact, other };

  void begin(const std::string& op) {
    Kind kind = Kind::other;
    if (!operands_.empty() && operands_[0].isName() && operands_[0].getName() == "/Artifact") {
      kind = Kind::artifact;
      if (inside(Kind::tagged)) ++out_.artifact_in_tagged;
    } else if (op == "BDC" && operands_.size() >= 2) {
      QPDFObjectHandle properties = operands_[1];
      if (properties.isName()) properties = resources_.getKey("/Properties").getKey(properties.getName());
      if (properties.isDictionary() && properties.getKey("/MCID").isInteger()) {
        kind = Kind::tagged;
        out_.mcids.push_back(properties.getKey("/MCID").getIntValue());
        if (inside(Kind::artifact)) ++out_.tagged_in_artifact;
      }
    }
    stack_.push_back(kind);
  }

  bool inside(Kind kind) const {
    for (Kind k : stack_) {
      if (k == kind) return true;
    }
    return false;
  }

  void paint(const std::string& op) {
    if (op == "EI") return;  // BI … EI is counted at BI
    ++out_.painted;
    if (!inside(Kind::tagged) && !inside(Kind::artifact)) {
      if (++out_.untagged == 1) out_.first_untagged = op + shown_text();
    }
    if (op == "Tj" || op == "'" || op == "\"" || op == "TJ") record_codes();
  }

  std::string shown_text() const {
    for (QPDFObjectHandle operand : operands_) {
      if (operand.isString()) return " (" + operand.getStringValue().substr(0, 40) + ")";
    }
    return "";
  }

  void record_codes() {
    QPDFObjectHandle fonts = resources_.isDictionary() ? resources_.getKey("/Font") : QPDFObjectHandle();
    const bool two_byte = fonts.isDictionary() && is_two_byte(fonts.getKey(font_name_));
    std::set<unsigned>& codes = out_.codes[font_name_];
    const auto add = [&](const std::string& bytes) {
      const std::size_t step = two_byte ? 2 : 1;
      for (std::size_t k = 0; k + step <= bytes.size(); k += step) {
        unsigned code = static_cast<unsigned char>(bytes[k]);
        if (two_byte) code = code * 256 + static_cast<unsigned char>(bytes[k + 1]);
        codes.insert(code);
      }
    };
    for (QPDFObjectHandle operand : operands_) {
      if (operand.isString()) add(operand.getStringValue());
      if (operand.isArray()) {
        for (int k = 0; k < operand.getArrayNItems(); ++k) {
          if (operand.getArrayItem(k).isString()) add(operand.getArrayItem(k).getStringValue());
        }
      }
    }
  }

  MarkedContent& out_;
  QPDFObjectHandle resources_;
  std::vector<QPDFObjectHandle> operands_;
  std::vector<Kind> stack_;
  std::string font_name_;
};

}  // namespace

MarkedContent walk_marked_content(QPDFPageObjectHelper& page) {
  MarkedContent content;
  MarkedContentWalker walker(content, page.getAttribute("/Resources", false));
  try {
    page.parseContents(&walker);
  } catch (const std::exception& error) {
    content.problems.push_back(std::string("content stream: ") + error.what());
  }
  return content;
}

}  // namespace persklaar::preflight_rules
