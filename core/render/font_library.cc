#include "core/render/font_library.h"

#include <fontconfig/fontconfig.h>
#include <pango/pangofc-fontmap.h>

#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>

#include "core/resources/resource_paths.h"
#include "core/text/ascii_case.h"

namespace persklaar {
namespace {

// fontconfig weights (FC_WEIGHT_*) to CSS weights.
int css_weight(int fontconfig_weight) {
  return static_cast<int>(FcWeightToOpenType(fontconfig_weight));
}

std::vector<FontFile> describe_fonts(FcConfig* config) {
  std::vector<FontFile> files;
  FcFontSet* set = FcConfigGetFonts(config, FcSetApplication);
  for (int k = 0; set && k < set->nfont; ++k) {
    FcPattern* pattern = set->fonts[k];
    FcChar8* file = nullptr;
    FcChar8* family = nullptr;
    int weight = FC_WEIGHT_REGULAR;
    int slant = FC_SLANT_ROMAN;
    if (FcPatternGetString(pattern, FC_FILE, 0, &file) != FcResultMatch) continue;
    if (FcPatternGetString(pattern, FC_FAMILY, 0, &family) != FcResultMatch) continue;
    FcPatternGetInteger(pattern, FC_WEIGHT, 0, &weight);
    FcPatternGetInteger(pattern, FC_SLANT, 0, &slant);
    files.push_back({reinterpret_cast<const char*>(file), reinterpret_cast<const char*>(family), css_weight(weight),
                     slant != FC_SLANT_ROMAN});
  }
  return files;
}

// The faces fontconfig finds in one file (a collection may hold several); 0 when it is no font.
int faces_in_file(const std::filesystem::path& file) {
  FcFontSet* set = FcFontSetCreate();
  if (!set) return 0;
  const unsigned int count =
      FcFreeTypeQueryAll(reinterpret_cast<const FcChar8*>(file.c_str()), -1, nullptr, nullptr, set);
  FcFontSetDestroy(set);
  return static_cast<int>(count);
}

bool is_font_name(const std::filesystem::path& file) {
  const std::string extension = ascii_lowercase(file.extension().string());
  return extension == ".ttf" || extension == ".otf" || extension == ".ttc";
}

bool add_house_font(FcConfig* config, const std::filesystem::path& path) {
  const auto* name = reinterpret_cast<const FcChar8*>(path.c_str());
  return std::filesystem::is_directory(path) ? FcConfigAppFontAddDir(config, name)
                                             : FcConfigAppFontAddFile(config, name);
}

}  // namespace

std::optional<std::string> house_font_problem(const std::filesystem::path& path) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(path, error)) {
      if (entry.is_regular_file() && is_font_name(entry.path()) && faces_in_file(entry.path()) > 0) return std::nullopt;
    }
    return "the folder holds no font fontconfig can read (.ttf, .otf or .ttc)";
  }
  if (!std::filesystem::exists(path, error)) return "no such file or folder";
  if (!std::filesystem::is_regular_file(path, error)) return "it is neither a file nor a folder";
  if (faces_in_file(path) == 0) return "it is not a font fontconfig can read (TrueType or OpenType)";
  return std::nullopt;
}

FontLibrary::FontLibrary(const std::filesystem::path& folder, const std::vector<std::filesystem::path>& house_fonts) {
  FcConfig* config = FcConfigCreate();
  // Only a cache folder is configured: no system font folders, and one substitution rule: a character
  // a text face lacks comes from the bundled symbol and mathematics face (STIX) first.
  static const char* kCacheOnly =
      "<fontconfig><cachedir prefix=\"xdg\">fontconfig</cachedir><cachedir>/tmp/persklaar-fontconfig</cachedir>"
      "<match target=\"pattern\"><test name=\"family\" compare=\"contains\"><string>Charis SIL</string></test>"
      "<edit name=\"family\" mode=\"append_last\" binding=\"weak\"><string>STIXGeneral</string></edit></match>"
      "<match target=\"pattern\"><test name=\"family\" compare=\"contains\"><string>Inter</string></test>"
      "<edit name=\"family\" mode=\"append_last\" binding=\"weak\"><string>STIXGeneral</string></edit></match>"
      "<match target=\"pattern\"><test name=\"family\" compare=\"contains\"><string>JetBrains Mono</string></test>"
      "<edit name=\"family\" mode=\"append_last\" binding=\"weak\"><string>STIXGeneral</string></edit></match>"
      "</fontconfig>";
  if (config) FcConfigParseAndLoadFromMemory(config, reinterpret_cast<const FcChar8*>(kCacheOnly), FcFalse);
  if (!config || !FcConfigAppFontAddDir(config, reinterpret_cast<const FcChar8*>(folder.c_str()))) {
    if (config) FcConfigDestroy(config);
    throw std::runtime_error("cannot read the fonts in " + folder.string());
  }
  for (const auto& house_font : house_fonts) {
    if (!add_house_font(config, house_font)) {
      FcConfigDestroy(config);
      throw std::runtime_error("cannot read the house font " + house_font.string());
    }
  }
  files_ = describe_fonts(config);
  if (files_.empty()) {
    FcConfigDestroy(config);
    throw std::runtime_error("no fonts found in " + folder.string());
  }
  font_map_ = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
  pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(font_map_), config);
  FcConfigDestroy(config);  // the font map holds its own reference
  pango_cairo_font_map_set_resolution(PANGO_CAIRO_FONT_MAP(font_map_), 72.0);
}

FontLibrary::~FontLibrary() {
  if (font_map_) g_object_unref(font_map_);
}

PangoContext* FontLibrary::create_context() const {
  PangoContext* context = pango_font_map_create_context(font_map_);
  // Positions in points, unhinted, so that layout is the same at every resolution and in print.
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options(context, options);
  cairo_font_options_destroy(options);
  pango_context_set_round_glyph_positions(context, FALSE);
  return context;
}

const FontFile* FontLibrary::find(const std::string& family, int weight, bool italic) const {
  const FontFile* best = nullptr;
  int best_distance = 0;
  for (const FontFile& file : files_) {
    if (file.family != family) continue;
    const int distance = std::abs(file.weight - weight) + (file.italic != italic ? 1000 : 0);
    if (!best || distance < best_distance) {
      best = &file;
      best_distance = distance;
    }
  }
  return best;
}

std::unique_lock<FairRecursiveMutex> FontLibrary::lock_text() {
  static FairRecursiveMutex text;
  return std::unique_lock<FairRecursiveMutex>(text);
}

const FontLibrary& FontLibrary::bundled() {
  static const FontLibrary library(data_folder("fonts"));
  return library;
}

const FontLibrary& FontLibrary::with_house_fonts(const std::vector<std::filesystem::path>& house_fonts) {
  if (house_fonts.empty()) return bundled();
  static std::map<std::vector<std::filesystem::path>, std::unique_ptr<FontLibrary>> libraries;
  // The text lock guards the map and the making of a new font map, which must not run while an edition
  // on another thread lays out text. Taken here before anything else, so a caller that holds it
  // already (recursively) can never wait on a second lock in the opposite order.
  const auto text = lock_text();
  std::unique_ptr<FontLibrary>& library = libraries[house_fonts];
  if (!library) library = std::make_unique<FontLibrary>(data_folder("fonts"), house_fonts);
  return *library;
}

}  // namespace persklaar
