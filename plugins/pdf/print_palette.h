#pragma once
// The print value of every colour Cairo painted. Cairo paints RGB only, so the print edition finds
// each painted colour's CMYK here afterwards: the layout's own `cmyk` for a colour it names (exact,
// as the designer chose it), otherwise the colour converted with lcms2 from sRGB through the output
// profile (relative colorimetric, black point compensation). Every result keeps the total area
// coverage within 300 %.
#include <lcms2.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/layout/layout_spec.h"

namespace persklaar::pdf {

inline constexpr double kMaxCoverage = 3.0;  // 300 %

class PrintPalette {
 public:
  // Throws std::runtime_error when `profile` is not a readable CMYK output profile.
  PrintPalette(const LayoutSpec& layout, const std::filesystem::path& profile);
  ~PrintPalette();
  PrintPalette(const PrintPalette&) = delete;
  PrintPalette& operator=(const PrintPalette&) = delete;

  // Channels 0…1 as painted (rounded to the 8 bits they came from). The lcms2 transforms are made on
  // first use (making one costs more than converting a whole book's colours), so a palette is for one
  // thread at a time.
  Cmyk cmyk_for(double red, double green, double blue) const;
  // Converts `count` pixels of interleaved 8-bit RGB samples to 8-bit CMYK (four bytes each, into
  // `cmyk`) through the profile, coverage limited.
  void convert_pixels(const unsigned char* rgb, std::size_t count, unsigned char* cmyk) const;
  // What its colours depend on (the profile file and the layout's own CMYK values), as text: two
  // palettes with the same identity give every colour the same CMYK.
  const std::string& identity() const;

 private:
  cmsHTRANSFORM transform(cmsUInt32Number input, cmsUInt32Number output) const;

  std::map<std::string, Cmyk> known_;  // by "#rrggbb"
  std::filesystem::path profile_;
  std::string identity_;
  mutable cmsHTRANSFORM to_cmyk_ = nullptr;         // doubles
  mutable cmsHTRANSFORM pixels_to_cmyk_ = nullptr;  // 8-bit samples
};

// Lowers cyan, magenta and yellow together so that the coverage is at most `limit`; black stays.
Cmyk limit_coverage(Cmyk color, double limit = kMaxCoverage);

// The ICC profile a layout names: a path, or a file name in Persklaar's icc/ folder.
std::filesystem::path output_profile_file(const PrintCondition& condition, const LayoutSpec& layout);

}  // namespace persklaar::pdf
