#pragma once
// What the print edition's colour pass does to one colour operator of a content stream, whichever
// way the stream is read: `r g b rg` becomes `c m y k k` (and RG, g, G alike), a DeviceRGB colour
// space becomes DeviceCMYK, and sc/scn in it take the CMYK of their RGB. One rewriter per stream:
// it remembers whether the fill and the stroke colour spaces are RGB.
#include <optional>
#include <string>
#include <vector>

#include "plugins/pdf/print_palette.h"

namespace persklaar::pdf {

// rg RG g G cs CS sc SC scn SCN.
bool is_colour_operator(const std::string& op);

class ColourRewriter {
 public:
  explicit ColourRewriter(const PrintPalette& palette) : palette_(palette) {}

  // The text that replaces the operator `op` and its operands (their numbers in order, and the last
  // name among them), or nothing when they stay as they are.
  std::optional<std::string> rewrite(const std::string& op, const std::vector<double>& numbers,
                                     const std::string& last_name);

 private:
  const PrintPalette& palette_;
  bool fill_rgb_ = false, stroke_rgb_ = false;
};

// The stream's content with its colours rewritten, read quickly: Cairo writes a content stream as
// numbers, names, dictionaries and arrays of those, strings and operators. Nothing
// when the content has what only a full tokenizer reads safely (a comment, an unclosed string, an
// inline image): the caller then rewrites it with qpdf's tokenizer.
std::optional<std::string> rewrite_colours(const std::string& content, const PrintPalette& palette);

}  // namespace persklaar::pdf
