#include "core/render/font_library.h"

#include <gtest/gtest.h>

#include <memory>

namespace persklaar {
namespace {

TEST(FontLibrary, HoldsTheBundledFacesAndNothingElse) {
  const FontLibrary& fonts = FontLibrary::bundled();
  ASSERT_NE(fonts.find("Charis SIL", 400, false), nullptr);
  EXPECT_EQ(fonts.find("Charis SIL", 400, true)->file.filename(), "CharisSIL-Italic.ttf");
  EXPECT_EQ(fonts.find("Charis SIL", 700, false)->file.filename(), "CharisSIL-Bold.ttf");
  EXPECT_EQ(fonts.find("Inter", 600, false)->file.filename(), "Inter-SemiBold.otf");
  EXPECT_EQ(fonts.find("DejaVu Sans", 400, false), nullptr);
  for (const FontFile& file : fonts.files()) {
    EXPECT_TRUE(file.family == "Charis SIL" || file.family == "Inter" || file.family == "JetBrains Mono" ||
                file.family == "STIXGeneral")
        << file.family;
  }
  EXPECT_EQ(fonts.find("JetBrains Mono", 400, false)->file.filename(), "JetBrainsMono-Regular.ttf");
  EXPECT_EQ(fonts.find("STIXGeneral", 400, false)->file.filename(), "STIXGeneral-Regular.otf");
}

TEST(FontLibrary, PangoResolvesEveryRequestToABundledFace) {
  const FontLibrary& fonts = FontLibrary::bundled();
  std::unique_ptr<PangoContext, decltype(&g_object_unref)> context(fonts.create_context(), g_object_unref);
  for (const char* request : {"Charis SIL 10", "Inter Bold 10", "Helvetica 10", "serif 10"}) {
    PangoFontDescription* description = pango_font_description_from_string(request);
    PangoFont* font = pango_font_map_load_font(fonts.font_map(), context.get(), description);
    ASSERT_NE(font, nullptr) << request;
    PangoFontDescription* loaded = pango_font_describe(font);
    const std::string family = pango_font_description_get_family(loaded);
    EXPECT_TRUE(family == "Charis SIL" || family == "Inter" || family == "JetBrains Mono" || family == "STIXGeneral")
        << request << " gave " << family;
    pango_font_description_free(loaded);
    pango_font_description_free(description);
    g_object_unref(font);
  }
}

}  // namespace
}  // namespace persklaar
