// The persklaar command as a user runs it: exit codes, messages naming file and line, and no
// output file left behind when the input is bad.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/cli/cli_run.h"
#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

using testing::CliRun;
using testing::persklaar;

class BadInput : public ::testing::Test {
 protected:
  // Builds `manuscript`, expects exit code 1, a message, and no out/ folder with anything in it.
  CliRun build_fails(const std::filesystem::path& manuscript) {
    const CliRun run = persklaar({"build", manuscript.string(), "-o", out().string()}, folder_);
    EXPECT_EQ(run.exit_code, 1) << run.output;
    EXPECT_TRUE(!std::filesystem::exists(out()) || std::filesystem::is_empty(out())) << "output left behind";
    return run;
  }
  std::filesystem::path out() const { return folder_.path() / "out"; }
  testing::TemporaryFolder folder_;
};

TEST_F(BadInput, AMissingFile) {
  const CliRun run = build_fails(folder_.path() / "nergens.md");
  EXPECT_THAT(run.output, HasSubstr("nergens.md: error: no such file or folder"));
}

TEST_F(BadInput, AnEmptyFile) {
  EXPECT_THAT(build_fails(folder_.write("leeg.md", "")).output, HasSubstr("leeg.md: error: the file is empty"));
}

TEST_F(BadInput, InvalidUtf8NamesLineAndColumn) {
  const auto file = folder_.write("latin1.md", "---\ntitle: T\n---\n# Caf\xE9\n");
  EXPECT_THAT(build_fails(file).output, HasSubstr("latin1.md:4:6: error: invalid UTF-8"));
}

TEST_F(BadInput, ABinaryFile) {
  const auto file = folder_.write("foto.md", std::string("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11));
  EXPECT_THAT(build_fails(file).output, HasSubstr("binary file"));
}

TEST_F(BadInput, AnUnknownExtension) {
  const CliRun run = build_fails(folder_.write("brief.rtf", "{\\rtf1 hallo}"));
  EXPECT_THAT(run.output, HasSubstr("no input plugin reads '.rtf' files"));
  EXPECT_THAT(run.output, HasSubstr("hint: formats that can be read: .docx, .docm, .dotx, .xml, .md, .markdown"));
}

TEST_F(BadInput, ABrokenYamlBlockNamesItsLine) {
  const auto file = folder_.write("boek.md", "---\ntitle: T\ndate: [2019\n---\n# H\n");
  EXPECT_THAT(build_fails(file).output, ::testing::ContainsRegex("boek.md:[34]:[0-9]+: error: broken YAML"));
}

TEST_F(BadInput, AManifestNamingAMissingChapterNamesTheManifestLine) {
  folder_.write("boek/manuscript.yaml", "title: Boek\nchapters:\n  - een.md\n  - twee.md\n");
  folder_.write("boek/een.md", "# Een\n");
  EXPECT_THAT(build_fails(folder_.path() / "boek").output,
              HasSubstr("manuscript.yaml:4:5: error: the manifest names 'twee.md'"));
}

TEST_F(BadInput, AManuscriptWithoutTitle) {
  EXPECT_THAT(build_fails(folder_.write("boek.md", "# H\n\nTekst.\n")).output, HasSubstr("no title"));
}

TEST(Usage, ErrorsExitWithTwo) {
  testing::TemporaryFolder folder;
  EXPECT_EQ(persklaar({}, folder).exit_code, 2);
  EXPECT_EQ(persklaar({"drukken"}, folder).exit_code, 2);
  EXPECT_EQ(persklaar({"build"}, folder).exit_code, 2);
  EXPECT_EQ(persklaar({"build", "a.md", "--kleur", "rood"}, folder).exit_code, 2);
  const CliRun unknown_format = persklaar({"build", testing::sample_manuscript().string(), "-t", "docx"}, folder);
  EXPECT_EQ(unknown_format.exit_code, 2);
  EXPECT_THAT(unknown_format.output, HasSubstr("unknown edition format 'docx'"));
}

TEST(Usage, HelpAndVersion) {
  testing::TemporaryFolder folder;
  const CliRun version = persklaar({"--version"}, folder);
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_THAT(version.output, ::testing::StartsWith("persklaar "));
  const CliRun help = persklaar({"--help"}, folder);
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_THAT(help.output, HasSubstr("persklaar build MANUSCRIPT"));
  EXPECT_EQ(persklaar({"build", "--help"}, folder).exit_code, 0);
}

TEST(Build, TheSampleMakesTheTextEditionAndLeavesNoTemporaryFiles) {
  testing::TemporaryFolder folder;
  const CliRun run =
      persklaar({"build", testing::sample_manuscript().string(), "-o", folder.path().string(), "-t", "txt"}, folder);
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_THAT(run.output, HasSubstr("wrote"));
  EXPECT_THAT(folder.file_names(), ::testing::ElementsAre("kenniscafes.txt"));
}

// The program never looks for its libraries in the folder it is run in: an editor's manuscript
// folder holding a file named like one of them (here broken ones) must not have it loaded.
TEST(Build, LibrariesAreNeverLoadedFromTheWorkingFolder) {
  testing::TemporaryFolder folder;
  for (const char* library : {"libtinyxml2.so.9", "libcairo.so.2", "libqpdf.so.29", "libstdc++.so.6"})
    folder.write(library, "not a library");
  folder.write("boek.md", "---\ntitle: Boek\n---\n\n# Een\n\nTekst.\n");
  const CliRun version = persklaar({"--version"}, folder);
  EXPECT_EQ(version.exit_code, 0) << version.output;
  const CliRun built = persklaar({"build", "boek.md", "-t", "txt", "-o", "uit/"}, folder);
  EXPECT_EQ(built.exit_code, 0) << built.output;
  EXPECT_TRUE(std::filesystem::exists(folder.path() / "uit" / "boek.txt"));
}

// librsvg and gdk-pixbuf are loaded only for a manuscript with a picture that needs them: an SVG,
// and a JPEG's pixels, which only raster targets (page images) need; the PDF embeds its bytes. Every
// other build is spared loading them (core/render/library_on_demand.h). The dynamic loader names
// each file it loads when LD_DEBUG=files.
TEST(Build, PictureLibrariesAreLoadedOnlyForAPictureThatNeedsThem) {
  testing::TemporaryFolder folder;
  folder.write("boek.md", "---\ntitle: Boek\n---\n\n# Een\n\nTekst.\n");
  std::filesystem::copy_file(testing::source_dir() / "samples/buurtblad/images/plein.jpg", folder.path() / "plein.jpg");
  std::filesystem::copy_file(testing::source_dir() / "samples/buurtblad/images/bezoekers.svg",
                             folder.path() / "bezoekers.svg");
  folder.write("foto.md", "---\ntitle: Foto\n---\n\n# Een\n\n![Het plein](plein.jpg)\n");
  folder.write("grafiek.md", "---\ntitle: Grafiek\n---\n\n# Een\n\n![Bezoekers](bezoekers.svg)\n");
  ::setenv("LD_DEBUG", "files", 1);
  const CliRun plain = persklaar({"build", "boek.md", "-t", "pdf,txt", "-o", "uit/"}, folder);
  const CliRun photo = persklaar({"build", "foto.md", "-t", "pdf,pdfx,epub", "-o", "uit/"}, folder);
  const CliRun photo_pages = persklaar({"build", "foto.md", "-t", "png", "-o", "uit/"}, folder);
  const CliRun chart = persklaar({"build", "grafiek.md", "-t", "pdf", "-o", "uit/"}, folder);
  ::unsetenv("LD_DEBUG");
  for (const CliRun* run : {&plain, &photo, &photo_pages, &chart}) ASSERT_EQ(run->exit_code, 0) << run->output;
  EXPECT_THAT(plain.output, Not(HasSubstr("file=libgdk_pixbuf-2.0.so.0")));
  EXPECT_THAT(plain.output, Not(HasSubstr("file=librsvg-2.so.2")));
  EXPECT_THAT(photo.output, Not(HasSubstr("file=libgdk_pixbuf-2.0.so.0"))) << "the PDFs and the e-book embed the JPEG";
  EXPECT_THAT(photo_pages.output, HasSubstr("file=libgdk_pixbuf-2.0.so.0"));
  EXPECT_THAT(chart.output, HasSubstr("file=librsvg-2.so.2"));
}

TEST(Build, CheckChecksEachEditionJustWrittenInOneLine) {
  testing::TemporaryFolder folder;
  const CliRun run = persklaar({"build", testing::sample_manuscript().string(), "-o", folder.path().string(), "-t",
                                "pdf,pdfx,epub,txt", "--check", "-q"},
                               folder);
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_THAT(run.output, HasSubstr("check pdf: kenniscafes.pdf passes PDF/UA-1 (pdfua,"));
  EXPECT_THAT(run.output, HasSubstr("check pdfx: kenniscafes-print.pdf passes PDF/X-4 (pdfx,"));
  EXPECT_THAT(run.output, HasSubstr("check epub: kenniscafes.epub passes its container, package, manifest"));
  EXPECT_THAT(run.output, HasSubstr("check txt: no check for this edition"));
}

TEST(Plugins, ListsTheLoadedModulesAndWhyOthersWereRefused) {
  testing::TemporaryFolder folder;
  const CliRun run = persklaar({"plugins", "--plugin-path", testing::test_module_dir().string()}, folder);
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_THAT(run.output, HasSubstr("markdown  input   md,markdown  " +
                                    (testing::build_plugin_dir() / "persklaar-markdown.so").string()));
  EXPECT_THAT(run.output, HasSubstr("text  output  txt"));
  EXPECT_THAT(run.output, HasSubstr("wrong_api_version.so: plugin API version"));
  EXPECT_THAT(run.output, HasSubstr("no_entry_point.so: not a persklaar plugin"));
}

}  // namespace
}  // namespace persklaar
