#include "plugins/pdf/print_palette.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "core/resources/resource_paths.h"

namespace persklaar::pdf {
namespace {

std::string hex_of(double red, double green, double blue) {
  return Color(red, green, blue).hex();
}

// A pixel whose four 8-bit channels sum to this or less is within kMaxCoverage (300 % is 765) for
// certain, whatever the rounding of the sum of their fractions.
constexpr int kSurelyWithinLimit = static_cast<int>(kMaxCoverage * 255) - 4;

unsigned char to_byte_below(double unit) {
  return static_cast<unsigned char>(std::floor(std::clamp(unit, 0.0, 1.0) * 255));
}

}  // namespace

Cmyk limit_coverage(Cmyk color, double limit) {
  const double inks = color.cyan + color.magenta + color.yellow;
  if (color.coverage() <= limit || inks <= 0) return color;
  const double scale = std::max(0.0, limit - color.black) / inks;
  color.cyan *= scale;
  color.magenta *= scale;
  color.yellow *= scale;
  return color;
}

std::filesystem::path output_profile_file(const PrintCondition& condition, const LayoutSpec& layout) {
  const std::filesystem::path named = condition.profile;
  if (named.has_parent_path()) return named.is_absolute() ? named : layout.file.parent_path() / named;
  return data_folder("icc") / named;
}

PrintPalette::PrintPalette(const LayoutSpec& layout, const std::filesystem::path& profile) {
  for (const Color& color : layout.colors()) {
    if (color.cmyk) known_.emplace(color.hex(), *color.cmyk);
  }
  // Crop marks and any pure black the painter adds are black ink alone.
  known_.emplace("#000000", Cmyk{0, 0, 0, 1});
  cmsHPROFILE output = cmsOpenProfileFromFile(profile.c_str(), "r");
  if (!output) throw std::runtime_error("cannot read the output profile " + profile.string());
  const bool cmyk = cmsGetColorSpace(output) == cmsSigCmykData;
  cmsCloseProfile(output);
  if (!cmyk) throw std::runtime_error("the output profile " + profile.string() + " is not a CMYK profile");
  profile_ = profile;
  std::error_code error;
  identity_ = profile.string() + '\n' + std::to_string(std::filesystem::file_size(profile, error)) + '\n' +
              std::to_string(std::filesystem::last_write_time(profile, error).time_since_epoch().count());
  for (const auto& [hex, c] : known_) {
    identity_ += '\n' + hex + ' ' + std::to_string(c.cyan) + ' ' + std::to_string(c.magenta) + ' ' +
                 std::to_string(c.yellow) + ' ' + std::to_string(c.black);
  }
}

const std::string& PrintPalette::identity() const {
  return identity_;
}

cmsHTRANSFORM PrintPalette::transform(cmsUInt32Number input, cmsUInt32Number output_format) const {
  cmsHPROFILE output = cmsOpenProfileFromFile(profile_.c_str(), "r");
  if (!output) throw std::runtime_error("cannot read the output profile " + profile_.string());
  cmsHPROFILE srgb = cmsCreate_sRGBProfile();
  const cmsUInt32Number flags = cmsFLAGS_BLACKPOINTCOMPENSATION;
  cmsHTRANSFORM made = cmsCreateTransform(srgb, input, output, output_format, INTENT_RELATIVE_COLORIMETRIC, flags);
  cmsCloseProfile(srgb);
  cmsCloseProfile(output);
  if (!made) throw std::runtime_error("lcms2 cannot convert to " + profile_.string());
  return made;
}

PrintPalette::~PrintPalette() {
  if (to_cmyk_) cmsDeleteTransform(to_cmyk_);
  if (pixels_to_cmyk_) cmsDeleteTransform(pixels_to_cmyk_);
}

Cmyk PrintPalette::cmyk_for(double red, double green, double blue) const {
  if (auto found = known_.find(hex_of(red, green, blue)); found != known_.end()) return found->second;
  const double rgb[3] = {red, green, blue};
  double cmyk[4] = {0, 0, 0, 0};  // lcms gives percentages
  if (!to_cmyk_) to_cmyk_ = transform(TYPE_RGB_DBL, TYPE_CMYK_DBL);
  cmsDoTransform(to_cmyk_, rgb, cmyk, 1);
  auto unit = [](double percent) { return std::round(std::clamp(percent, 0.0, 100.0) * 10) / 1000; };
  return limit_coverage(Cmyk{unit(cmyk[0]), unit(cmyk[1]), unit(cmyk[2]), unit(cmyk[3])});
}

void PrintPalette::convert_pixels(const unsigned char* rgb, std::size_t count, unsigned char* cmyk) const {
  if (!pixels_to_cmyk_) pixels_to_cmyk_ = transform(TYPE_RGB_8, TYPE_CMYK_8);
  cmsDoTransform(pixels_to_cmyk_, rgb, cmyk, static_cast<cmsUInt32Number>(count));
  for (std::size_t k = 0; k < count; ++k) {
    unsigned char* pixel = cmyk + k * 4;
    // Most pixels are far below the limit: summed as whole numbers first, they need no more.
    if (pixel[0] + pixel[1] + pixel[2] + pixel[3] <= kSurelyWithinLimit) continue;
    const Cmyk painted{pixel[0] / 255.0, pixel[1] / 255.0, pixel[2] / 255.0, pixel[3] / 255.0};
    if (painted.coverage() <= kMaxCoverage) continue;
    const Cmyk limited = limit_coverage(painted);
    pixel[0] = to_byte_below(limited.cyan);  // rounding down keeps the sum within the limit
    pixel[1] = to_byte_below(limited.magenta);
    pixel[2] = to_byte_below(limited.yellow);
  }
}

}  // namespace persklaar::pdf
