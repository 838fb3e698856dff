// The print edition's colours read back: every content stream walked with qpdf, every object a page
// reaches searched for RGB, and the colours compared with the layout's CMYK.
#include <gtest/gtest.h>

#include <array>
#include <map>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <set>

#include "tests/print/print_editions.h"

namespace persklaar::testing {
namespace {

using Ink = std::array<double, 4>;

// What a walk of the content found: the operators used, each CMYK fill and stroke colour, and the
// fill colour each piece of text was shown in.
struct ColourUse {
  std::map<std::string, int> operators;
  std::vector<Ink> cmyk;
  std::map<Ink, int> text_fill;  // text-showing operators per fill colour
};

class ColourWalker final : public QPDFObjectHandle::ParserCallbacks {
 public:
  ColourWalker(ColourUse& use, QPDFObjectHandle resources) : use_(use), resources_(resources) {}
  void handleObject(QPDFObjectHandle object) override {
    if (!object.isOperator()) {
      operands_.push_back(object);
      return;
    }
    const std::string op = object.getOperatorValue();
    ++use_.operators[op];
    if ((op == "k" || op == "K") && operands_.size() == 4) {
      Ink ink;
      for (int c = 0; c < 4; ++c)
        ink[static_cast<std::size_t>(c)] = operands_[static_cast<std::size_t>(c)].getNumericValue();
      use_.cmyk.push_back(ink);
      if (op == "k") fill_ = ink;
    } else if (op == "q") {
      saved_.push_back(fill_);
    } else if (op == "Q" && !saved_.empty()) {
      fill_ = saved_.back();
      saved_.pop_back();
    } else if (op == "Tj" || op == "TJ") {
      ++use_.text_fill[fill_];
    } else if (op == "Do" && resources_.isDictionary()) {
      QPDFObjectHandle form = resources_.getKey("/XObject").getKey(operands_.at(0).getName());
      if (form.isStream() && form.getDict().getKey("/Subtype").getName() == "/Form") {
        ColourWalker inner(use_, form.getDict().getKey("/Resources"));
        QPDFObjectHandle::parseContentStream(form, &inner);
      }
    }
    operands_.clear();
  }
  void handleEOF() override {}

 private:
  ColourUse& use_;
  QPDFObjectHandle resources_;
  std::vector<QPDFObjectHandle> operands_;
  Ink fill_{0, 0, 0, 1};
  std::vector<Ink> saved_;
};

ColourUse walk(QPDF& pdf) {
  ColourUse use;
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    ColourWalker walker(use, page.getAttribute("/Resources", false));
    page.parseContents(&walker);
  }
  return use;
}

// Every RGB colour space named anywhere a page reaches (resources, groups, images, fonts, …).
void find_rgb(QPDFObjectHandle object, std::set<QPDFObjGen>& seen, std::vector<std::string>& found) {
  if (object.isIndirect() && !seen.insert(object.getObjGen()).second) return;
  if (object.isName() && (object.getName() == "/DeviceRGB" || object.getName() == "/CalRGB")) {
    found.push_back(object.getName());
  } else if (object.isArray()) {
    for (auto item : object.getArrayAsVector()) find_rgb(item, seen, found);
  } else if (object.isDictionary() || object.isStream()) {
    QPDFObjectHandle dict = object.isStream() ? object.getDict() : object;
    for (const std::string& key : dict.getKeys()) {
      if (key != "/Parent" && key != "/P") find_rgb(dict.getKey(key), seen, found);
    }
    if (dict.getKey("/N").isInteger() && dict.getKey("/N").getIntValue() == 3 && object.isStream() &&
        dict.hasKey("/Alternate")) {
      found.push_back("ICCBased RGB");
    }
  }
}

class PrintColour : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    pdf_ = new QPDF();
    pdf_->processFile(sample_editions("magazine-a4.xml").print.c_str());
    use_ = new ColourUse(walk(*pdf_));
  }
  static void TearDownTestSuite() {
    delete use_;
    delete pdf_;
  }
  static QPDF* pdf_;
  static ColourUse* use_;
};
QPDF* PrintColour::pdf_ = nullptr;
ColourUse* PrintColour::use_ = nullptr;

TEST_F(PrintColour, NoContentStreamSetsAnRgbColour) {
  EXPECT_GT(use_->operators["k"], 100);
  for (const char* rgb : {"rg", "RG", "sc", "scn", "SC", "SCN", "cs", "CS"}) EXPECT_EQ(use_->operators[rgb], 0) << rgb;
}

TEST_F(PrintColour, NothingAPageReachesIsRgb) {
  std::set<QPDFObjGen> seen;
  std::vector<std::string> found;
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(*pdf_).getAllPages()) {
    find_rgb(page.getObjectHandle(), seen, found);
  }
  EXPECT_TRUE(found.empty()) << found.size() << " RGB colour spaces, the first " << found.front();
  EXPECT_GT(seen.size(), 50u);
}

TEST_F(PrintColour, BodyTextIsBlackInkOnlyAndNoTextIsRichBlack) {
  const Ink black{0, 0, 0, 1};
  int most = 0;
  Ink commonest{};
  for (const auto& [ink, count] : use_->text_fill) {
    if (count > most) most = count, commonest = ink;
    if (ink[3] >= 0.9) {
      EXPECT_EQ(ink, black) << "text in four-colour black";
    }
  }
  EXPECT_EQ(commonest, black);
}

TEST_F(PrintColour, ChapterColoursAreExactlyTheLayoutsCmyk) {
  const LayoutSpec& spec = sample_editions("magazine-a4.xml").spec;
  for (const Color& chapter : spec.chapter_colors) {
    ASSERT_TRUE(chapter.cmyk.has_value()) << chapter.hex();
    const Ink wanted{chapter.cmyk->cyan, chapter.cmyk->magenta, chapter.cmyk->yellow, chapter.cmyk->black};
    bool found = false;
    for (const Ink& ink : use_->cmyk) {
      bool same = true;
      for (std::size_t c = 0; c < 4; ++c) same = same && std::abs(ink[c] - wanted[c]) < 1e-6;
      found = found || same;
    }
    EXPECT_TRUE(found) << "chapter colour " << chapter.hex() << " not painted as its layout CMYK";
  }
}

TEST_F(PrintColour, NoColourExceeds300PercentCoverage) {
  for (const Ink& ink : use_->cmyk) EXPECT_LE(ink[0] + ink[1] + ink[2] + ink[3], 3.0 + 1e-9);
}

}  // namespace
}  // namespace persklaar::testing
