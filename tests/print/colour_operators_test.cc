// The print edition's quick colour rewriting (plugins/pdf/colour_operators.h) on content written to
// trip it: colour operators beside others on one line, strings that hold what looks like colour
// operators, dictionaries, and what it must leave to qpdf's tokenizer.
#include "plugins/pdf/colour_operators.h"

#include <gtest/gtest.h>

#include <cstdio>

#include "tests/support/test_paths.h"

namespace persklaar::pdf {
namespace {

class ColourOperators : public ::testing::Test {
 protected:
  ColourOperators() : palette_(LayoutSpec{}, testing::source_dir() / "icc" / "FOGRA39L_coated.icc") {}

  // What the palette makes of an RGB colour, as the rewriting writes it.
  std::string cmyk(double red, double green, double blue) const {
    const Cmyk c = palette_.cmyk_for(red, green, blue);
    char text[96];
    std::snprintf(text, sizeof text, "%.4g %.4g %.4g %.4g", c.cyan, c.magenta, c.yellow, c.black);
    return text;
  }

  PrintPalette palette_;
};

TEST_F(ColourOperators, EveryColourOperatorBecomesCmyk) {
  const auto out = rewrite_colours("q\n0.2 0.4 0.6 rg /a0 gs\n1 0 0 RG\n0 g\n1 G\nQ\n", palette_);
  ASSERT_TRUE(out);
  EXPECT_EQ(*out, "q\n" + cmyk(0.2, 0.4, 0.6) + " k /a0 gs\n" + cmyk(1, 0, 0) + " K\n" + cmyk(0, 0, 0) + " k\n" +
                      cmyk(1, 1, 1) + " K\nQ\n");
}

TEST_F(ColourOperators, AnRgbColourSpaceBecomesCmykWithItsColours) {
  const auto out = rewrite_colours("/DeviceRGB cs 0.1 0.2 0.3 sc\n/DeviceRGB CS 0.3 0.2 0.1 SCN\n", palette_);
  ASSERT_TRUE(out);
  EXPECT_EQ(*out, "/DeviceCMYK cs " + cmyk(0.1, 0.2, 0.3) + " sc\n/DeviceCMYK CS " + cmyk(0.3, 0.2, 0.1) + " SCN\n");
}

TEST_F(ColourOperators, OtherColourSpacesKeepTheirColours) {
  const std::string content = "/Pattern cs /p5 scn\n/DeviceGray CS 0.5 SC\n";
  EXPECT_EQ(rewrite_colours(content, palette_), content);
}

TEST_F(ColourOperators, StringsDictionariesAndArraysPassUnchanged) {
  const std::string text = "BT\n/f-0-0 1 Tf\n[(1 0 0 rg \\) \\(x) (nested (0 0 1 RG) parens)-40<00e9>]TJ\nET\n";
  const std::string tagged = "/P << /MCID 3 /Lang (nl) >> BDC\n" + text + "EMC\n";
  const auto out = rewrite_colours("0.5 0.5 0.5 rg\n" + tagged, palette_);
  ASSERT_TRUE(out);
  EXPECT_EQ(*out, cmyk(0.5, 0.5, 0.5) + " k\n" + tagged);
}

TEST_F(ColourOperators, OperatorsWrittenWithoutSpacesAreFound) {
  const auto out = rewrite_colours("[(a)]TJ 0 0 1 rg[1 2]0 d", palette_);
  ASSERT_TRUE(out);
  EXPECT_EQ(*out, "[(a)]TJ " + cmyk(0, 0, 1) + " k[1 2]0 d");
}

TEST_F(ColourOperators, WhatOnlyATokenizerReadsIsLeftToIt) {
  EXPECT_FALSE(rewrite_colours("% a comment\n1 0 0 rg\n", palette_));
  EXPECT_FALSE(rewrite_colours("BI /W 1 /H 1 /CS /RGB /BPC 8 ID \xff\x00\x00 EI\n", palette_));
  EXPECT_FALSE(rewrite_colours("BT [(an unclosed string TJ\n", palette_));
  EXPECT_FALSE(rewrite_colours("1 0 0 rg <00e9", palette_));
}

}  // namespace
}  // namespace persklaar::pdf
