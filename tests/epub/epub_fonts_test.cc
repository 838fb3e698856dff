// The fonts the EPUB embeds are subsets: small, yet holding a glyph for every character of the book
// that the bundled face itself can show.
#include <gtest/gtest.h>
#include <hb-ot.h>
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

// `member` is a bundled font cut down to less than 1/`fraction` of its file, yet showing every one of
// `characters` that the whole font shows.
void expect_subset(const ArchiveMember& member, const std::set<char32_t>& characters, std::size_t fraction) {
  const std::string name = member.name.substr(member.name.rfind('/') + 1);
  const std::filesystem::path file = bundled_file(name);
  ASSERT_FALSE(file.empty()) << name << " is not a bundled font";
  const std::string original = read_file(file);
  EXPECT_LT(member.bytes.size(), original.size() / fraction) << name << " was not subset";
  EXPECT_EQ(covered(member.bytes, characters), covered(original, characters)) << name;
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
    expect_subset(member, characters, 4);
  }
  EXPECT_GE(fonts, 2);
}

// The OpenType feature tags of the font in `bytes`, from its GSUB and GPOS tables.
std::set<std::string> features_of(const std::string& bytes) {
  hb_blob_t* blob = hb_blob_create(bytes.data(), bytes.size(), HB_MEMORY_MODE_READONLY, nullptr, nullptr);
  hb_face_t* face = hb_face_create(blob, 0);
  std::set<std::string> tags;
  for (const hb_tag_t table : {HB_OT_TAG_GSUB, HB_OT_TAG_GPOS}) {
    hb_tag_t found[256];
    unsigned int count = 256;
    hb_ot_layout_table_get_feature_tags(face, table, 0, &count, found);
    for (unsigned int k = 0; k < count; ++k) {
      char tag[5] = {};
      hb_tag_to_string(found[k], tag);
      tags.insert(tag);
    }
  }
  hb_face_destroy(face);
  hb_blob_destroy(blob);
  return tags;
}

// Kerning, ligatures and mark positioning, which a reader applies unasked, stay; small capitals,
// which no rule of the stylesheet turns on, go unless asked for.
TEST(EpubFonts, SubsetsKeepTheFeaturesAReaderAppliesAndThoseAskedFor) {
  std::set<char32_t> characters;
  collect_code_points("Kenniscafé offline: Vervolg, fijn, Tafel AVATAR", characters);
  const std::filesystem::path charis = bundled_file("CharisSIL-Regular.ttf");
  const std::filesystem::path inter = bundled_file("Inter-Regular.otf");
  ASSERT_FALSE(charis.empty());
  ASSERT_FALSE(inter.empty());
  for (const char* tag : {"liga", "mark", "smcp"}) {
    ASSERT_TRUE(features_of(read_file(charis)).count(tag)) << "Charis SIL has " << tag;
  }
  ASSERT_TRUE(features_of(read_file(inter)).count("kern"));

  const std::set<std::string> plain = features_of(subset_font(charis, characters));
  EXPECT_TRUE(plain.count("liga"));
  EXPECT_TRUE(plain.count("mark"));
  EXPECT_FALSE(plain.count("smcp"));
  EXPECT_TRUE(features_of(subset_font(inter, characters)).count("kern"));
  const std::set<std::string> asked = features_of(subset_font(charis, characters, {"smcp"}));
  EXPECT_TRUE(asked.count("smcp"));
  EXPECT_TRUE(asked.count("liga"));
}

// The code of a book in the face the stylesheet names for it, embedded and subset like the others:
// the manuscript with every kind of block holds inline code and a code block; the sample holds none
// and carries no monospace face.
TEST(EpubFonts, TheCodeFaceIsEmbeddedWhenTheBookHoldsCode) {
  TemporaryFolder folder, out;
  const EpubBuild build = build_epub(load_paginated(write_blocks_manuscript(folder.path()))->publication, out.path());
  const EpubArchive archive(build.bytes);
  const std::string& css = archive.entry("EPUB/styles/persklaar.css");
  const std::string family = "JetBrains Mono";
  EXPECT_NE(css.find("font-family: \"" + family + "\";"), std::string::npos) << "no @font-face for " << family;
  std::set<char32_t> code_characters;
  collect_code_points("fn main() -> int { return 0; } // code", code_characters);
  int mono = 0;
  for (const ArchiveMember& member : archive.members()) {
    if (!member.name.starts_with("EPUB/fonts/JetBrainsMono")) continue;
    ++mono;
    // Its hinting and contextual alternates are kept, as in the other faces: a third of the file.
    expect_subset(member, book_characters(archive), 2);
    EXPECT_EQ(covered(member.bytes, code_characters).size(), code_characters.size());
  }
  EXPECT_EQ(mono, 1) << "the code face is not in the book";
  const EpubArchive sample(sample_epub().bytes);
  for (const ArchiveMember& member : sample.members()) {
    EXPECT_FALSE(member.name.starts_with("EPUB/fonts/JetBrainsMono")) << "the sample holds no code";
  }
}

}  // namespace
}  // namespace persklaar::testing
