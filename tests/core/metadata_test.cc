#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/input/manuscript.h"
#include "core/input/metadata_yaml.h"
#include "tests/support/temporary_folder.h"

namespace persklaar {
namespace {

using ::testing::HasSubstr;

TEST(Metadata, ReadsEveryKnownKey) {
  Diagnostics diagnostics;
  const auto mapping = parse_yaml_mapping(
      "title: Kenniscafés\nsubtitle: Tien\npublisher: Werkplaats\nauthor: [A, B]\ndate: 2019-12\nlanguage: nl\n",
      "m.yaml", 2);
  const Metadata m = metadata_from_yaml(mapping, "m.yaml", 2, diagnostics);
  EXPECT_EQ(m.title, "Kenniscafés");
  EXPECT_EQ(m.subtitle, "Tien");
  EXPECT_EQ(m.publisher, "Werkplaats");
  EXPECT_THAT(m.authors, ::testing::ElementsAre("A", "B"));
  EXPECT_EQ(m.date, "2019-12");
  EXPECT_TRUE(diagnostics.all().empty());
}

// MultiMarkdown and documentation tools write "Title:": the same key, without a warning.
TEST(Metadata, KeysAreReadInAnyCase) {
  Diagnostics diagnostics;
  const Metadata m =
      metadata_from_yaml(parse_yaml_mapping("Title: Pango Markup\nAUTHOR: A\nLanguage: en\nKleur: blauw\n", "m.md", 1),
                         "m.md", 1, diagnostics);
  EXPECT_EQ(m.title, "Pango Markup");
  EXPECT_THAT(m.authors, ::testing::ElementsAre("A"));
  EXPECT_EQ(m.language, "en");
  ASSERT_EQ(diagnostics.all().size(), 1u);  // the unknown key, as it was written
  EXPECT_THAT(diagnostics.all()[0].message, HasSubstr("'Kleur'"));
}

TEST(Metadata, BrokenYamlNamesTheLineOfTheFile) {
  try {
    parse_yaml_mapping("title: Een\nsubtitle: [niet gesloten\n", "boek.md", 2);
    FAIL() << "no error";
  } catch (const InputError& error) {
    EXPECT_EQ(error.diagnostic().where.file_name(), "boek.md");
    EXPECT_GE(error.diagnostic().where.line, 3);
    EXPECT_THAT(error.diagnostic().message, HasSubstr("broken YAML"));
  }
}

TEST(Metadata, UnknownKeysAreWarningsWithTheirLine) {
  Diagnostics diagnostics;
  metadata_from_yaml(parse_yaml_mapping("title: T\nkleur: blauw\n", "m.yaml", 1), "m.yaml", 1, diagnostics);
  ASSERT_EQ(diagnostics.all().size(), 1u);
  EXPECT_EQ(diagnostics.all()[0].severity, Severity::warning);
  EXPECT_EQ(diagnostics.all()[0].where.line, 2);
  EXPECT_THAT(diagnostics.all()[0].message, HasSubstr("kleur"));
}

TEST(Metadata, ADateMustBeIso) {
  Diagnostics diagnostics;
  EXPECT_THROW(metadata_from_yaml(parse_yaml_mapping("date: december 2019\n", "m.yaml", 1), "m.yaml", 1, diagnostics),
               InputError);
}

TEST(Manifest, ListsChapterFilesInOrderAndNamesAMissingOneWithItsLine) {
  testing::TemporaryFolder folder;
  folder.write("boek/manuscript.yaml", "title: Boek\nchapters:\n  - een.md\n  - twee.md\n");
  folder.write("boek/een.md", "# Een\n");
  Diagnostics diagnostics;
  try {
    locate_manuscript(folder.path() / "boek", diagnostics);
    FAIL() << "no error";
  } catch (const InputError& error) {
    EXPECT_THAT(error.diagnostic().where.file_name(), HasSubstr("manuscript.yaml"));
    EXPECT_EQ(error.diagnostic().where.line, 4);
    EXPECT_THAT(error.diagnostic().message, HasSubstr("twee.md"));
  }
  folder.write("boek/twee.md", "# Twee\n");
  const Manuscript manuscript = locate_manuscript(folder.path() / "boek", diagnostics);
  EXPECT_EQ(manuscript.name, "boek");
  ASSERT_EQ(manuscript.parts.size(), 2u);
  EXPECT_EQ(manuscript.parts[1].file.filename(), "twee.md");
  EXPECT_EQ(manuscript.metadata.title, "Boek");
}

TEST(Manifest, AFolderWithoutOneIsExplained) {
  testing::TemporaryFolder folder;
  Diagnostics diagnostics;
  try {
    locate_manuscript(folder.path(), diagnostics);
    FAIL() << "no error";
  } catch (const InputError& error) {
    EXPECT_THAT(error.diagnostic().message, HasSubstr("manuscript.yaml"));
  }
}

TEST(DeclaredLanguage, IsTheManifestsOwn) {
  testing::TemporaryFolder folder;
  folder.write("boek/manuscript.yaml", "title: Boek\nlanguage: en-GB\nchapters:\n  - een.md\n");
  EXPECT_EQ(declared_language(folder.path() / "boek"), "en-GB");
  EXPECT_EQ(declared_language(folder.path() / "boek" / "manuscript.yaml"), "en-GB");
}

TEST(DeclaredLanguage, IsEmptyWhereItCannotBeToldBeforeReading) {
  testing::TemporaryFolder folder;
  folder.write("stil/manuscript.yaml", "title: Stil\nchapters:\n  - een.md\n");
  folder.write("kapot/manuscript.yaml", "title: [Kapot\nlanguage: nl\n");
  folder.write("lijst/manuscript.yaml", "- language\n- nl\n");
  folder.write("los.md", "---\nlanguage: nl\n---\n# Los\n");
  EXPECT_EQ(declared_language(folder.path() / "stil"), "");
  EXPECT_EQ(declared_language(folder.path() / "kapot"), "");  // the build reports the line
  EXPECT_EQ(declared_language(folder.path() / "lijst"), "");
  EXPECT_EQ(declared_language(folder.path() / "los.md"), "");  // its front matter is the reader's
  EXPECT_EQ(declared_language(folder.path() / "nergens"), "");
  EXPECT_EQ(declared_language(folder.path()), "");  // a folder without a manifest
  EXPECT_EQ(declared_language("-"), "");
}

}  // namespace
}  // namespace persklaar
