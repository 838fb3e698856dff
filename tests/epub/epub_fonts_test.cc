// The fonts the EPUB embeds are subsets: small, yet holding a glyph for every character of the book
// that the bundled face itself can show.
#include <gtest/gtest.h>
#include <hb.h>

#include <set>
#include <string>

#include "core/render/font_library.h"
#include "core/render/font_subset.h"
#include "tests/epub/fixtures.h"
#include "tests/support/temporary_folder.h"

namespace persklaar::testing {
namespace {

constexpr std::size_t kMaximumBookBytes = 400 * 1024;

// The characters a font of the book may have to show: those of its content documents.
std::set<char32_t> book_characters(const EpubArchive& archive) {
  std::set<char32_t> characters;
  for (const ArchiveMember& member : archive.members()) {
    if (member.name.ends_with(".xhtml")) collect_code_points(member.bytes, characters);
  }
  return characters;
}

// The code points among `characters` that the font in `bytes` maps to a glyph.
std::set<char32_t> covered(const std::string& bytes, const std::set<char32_t>& characters) {
  hb_blob_t* blob = hb_blob_create(bytes.data(), bytes.size(), HB_MEMORY_MODE_READONLY, nullptr, nullptr);
  hb_face_t* face = hb_face_create(blob, 0);
  hb_font_t* font = hb_font_create(face);
  std::set<char32_t> out;
  for (const char32_t c : characters) {
    hb_codepoint_t glyph = 0;
    if (hb_font_get_nominal_glyph(font, c, &glyph)) out.insert(c);
  }
  hb_font_destroy(font);
  hb_face_destroy(face);
  hb_blob_destroy(blob);
  return out;
}

// The bundled file an embedded font was cut from, found by its name.
std::filesystem::path bundled_file(const std::string& name) {
  for (const FontFile& font : FontLibrary::bundled().files()) {
    if (font.file.filename() == name) return font.file;
  }
  return {};
}

TEST(EpubFonts, TheSampleBookIsSmall) {
  EXPECT_LT(sample_epub().bytes.size(), kMaximumBookBytes);
}

TEST(EpubFonts, EverySubsetShowsEveryCharacterOfTheBookItsFaceCanShow) {
  const EpubArchive archive(sample_epub().bytes);
  const std::set<char32_t> characters = book_characters(archive);
  ASSERT_GT(characters.size(), 60u);
  int fonts = 0;
  for (const ArchiveMember& member : archive.members()) {
    if (!member.name.starts_with("EPUB/fonts/")) continue;
    ++fonts;
    const std::string name = member.name.substr(member.name.rfind('/') + 1);
    const std::filesystem::path file = bundled_file(name);
    ASSERT_FALSE(file.empty()) << name << " is not a bundled font";
    const std::string original = read_file(file);
    EXPECT_LT(member.bytes.size(), original.size() / 4) << name << " was not subset";
    EXPECT_EQ(covered(member.bytes, characters), covered(original, characters)) << name;
  }
  EXPECT_GE(fonts, 2);
}

}  // namespace
}  // namespace persklaar::testing
