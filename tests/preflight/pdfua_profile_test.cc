// The pdfua preflight profile on real files: the sample's screen edition passes in both layouts, in
// the report and through `persklaar preflight --profile pdfua --json`; a plain Cairo PDF fails on
// untagged content and missing metadata; screen editions broken in one way each fail on exactly the
// Matterhorn condition concerned. The e-book's own checks (check_epub) on the sample and a broken copy.
#include <gtest/gtest.h>
#include <zip.h>

#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include "core/preflight/preflight.h"
#include "tests/preflight/broken_pdfs.h"
#include "tests/print/print_editions.h"
#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar::testing {
namespace {

using Rules = std::vector<std::string>;

// Each structure element of the tree, depth first.
void for_each_element(QPDFObjectHandle node, const std::function<void(QPDFObjectHandle)>& visit) {
  QPDFObjectHandle kids = node.getKey("/K");
  const auto one = [&](QPDFObjectHandle kid) {
    if (!kid.isDictionary() || !kid.hasKey("/S")) return;
    visit(kid);
    for_each_element(kid, visit);
  };
  if (!kids.isArray()) return one(kids);
  for (int k = 0; k < kids.getArrayNItems(); ++k) one(kids.getArrayItem(k));
}

void for_each_link(QPDF& pdf, const std::function<void(QPDFObjectHandle)>& visit) {
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    QPDFObjectHandle annotations = page.getObjectHandle().getKey("/Annots");
    for (int k = 0; annotations.isArray() && k < annotations.getArrayNItems(); ++k) visit(annotations.getArrayItem(k));
  }
}

// The screen edition broken in one way each.
std::vector<Breakage> screen_breakages() {
  return {
      {"06-002/pdfua-identifier",
       [](QPDF& pdf) {
         QPDFObjectHandle metadata = pdf.getRoot().getKey("/Metadata");
         const auto data = metadata.getStreamData(qpdf_dl_all);
         std::string xmp(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
         xmp.erase(xmp.find("   <pdfuaid:part>"), std::string("   <pdfuaid:part>1</pdfuaid:part>\n").size());
         metadata.replaceStreamData(xmp, QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
       }},
      {"07-001/display-doc-title", [](QPDF& pdf) { pdf.getRoot().removeKey("/ViewerPreferences"); }},
      {"11-006/language", [](QPDF& pdf) { pdf.getRoot().removeKey("/Lang"); }},
      {"28-008/tabs",
       [](QPDF& pdf) {
         for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages())
           page.getObjectHandle().removeKey("/Tabs");
       }},
      {"28-012/link-contents",
       [](QPDF& pdf) { for_each_link(pdf, [](QPDFObjectHandle a) { a.removeKey("/Contents"); }); }},
      {"13-004/figure-alt",
       [](QPDF& pdf) {
         for_each_element(pdf.getRoot().getKey("/StructTreeRoot"), [](QPDFObjectHandle e) { e.removeKey("/Alt"); });
       }},
      {"15-003/th-scope",
       [](QPDF& pdf) {
         for_each_element(pdf.getRoot().getKey("/StructTreeRoot"), [](QPDFObjectHandle e) {
           if (e.getKey("/S").getName() == "/TH") e.removeKey("/A");
         });
       }},
      {"14-003/heading-levels",
       [](QPDF& pdf) {
         bool first = true;  // the first H2 becomes an H4: two levels skipped
         for_each_element(pdf.getRoot().getKey("/StructTreeRoot"), [&](QPDFObjectHandle e) {
           if (first && e.getKey("/S").getName() == "/H2") {
             e.replaceKey("/S", QPDFObjectHandle::newName("/H4"));
             first = false;
           }
         });
       }},
      {"01-005/untagged-content",
       [](QPDF& pdf) {  // the first page's paper loses its artifact
         QPDFPageObjectHelper page = QPDFPageDocumentHelper(pdf).getAllPages().front();
         QPDFObjectHandle contents = page.getObjectHandle().getKey("/Contents");
         const auto data = contents.getStreamData(qpdf_dl_all);
         std::string text(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
         const std::string artifact = "/Artifact <</Type /Background>> BDC\n";
         text.erase(text.find(artifact), artifact.size());
         text.erase(text.find("EMC"), 3);
         contents.replaceStreamData(text, QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
       }},
  };
}

const std::filesystem::path& screen_file(const std::string& layout) {
  return sample_editions(layout + ".xml").screen;
}

TEST(PdfuaProfile, TheScreenEditionPassesInBothLayoutsAndTheCommandSaysSo) {
  for (const std::string layout : {"magazine-a4", "pocket-a5"}) {
    SCOPED_TRACE(layout);
    const PreflightReport report = preflight(screen_file(layout), "pdfua");
    EXPECT_TRUE(report.passed()) << preflight_report_text(report);
    std::string output;
    const int status = run_command(
        "'" + cli_path().string() + "' preflight --profile pdfua --json '" + screen_file(layout).string() + "'",
        output);
    EXPECT_EQ(status, 0) << output;
    EXPECT_NE(output.find("\"passed\": true"), std::string::npos) << output;
  }
}

TEST(PdfuaProfile, APlainCairoPdfFailsOnUntaggedContentAndMissingMetadata) {
  TemporaryFolder folder;
  const auto file = folder.path() / "cairo.pdf";
  write_plain_cairo_pdf(file, 2);
  const PreflightReport report = preflight(file, "pdfua");
  EXPECT_EQ(report.failed_rules(),
            (Rules{"06-001/metadata", "07-001/display-doc-title", "11-006/language", "01-005/untagged-content"}))
      << preflight_report_text(report);
  std::string output;
  EXPECT_EQ(run_command("'" + cli_path().string() + "' preflight --profile pdfua '" + file.string() + "'", output), 1);
  EXPECT_NE(output.find("[01-005/untagged-content] page 2"), std::string::npos) << output;
}

TEST(PdfuaProfile, EachBrokenScreenFileFailsOnExactlyItsCondition) {
  TemporaryFolder folder;
  for (const Breakage& breakage : screen_breakages()) {
    SCOPED_TRACE(breakage.rule);
    const auto file = folder.path() / "broken.pdf";
    write_broken(screen_file("magazine-a4"), breakage, file);
    const PreflightReport report = preflight(file, "pdfua");
    EXPECT_EQ(report.failed_rules(), Rules{breakage.rule}) << preflight_report_text(report);
  }
}

// The sample's e-book, and a copy of it whose package lost its accessibility metadata and whose
// mimetype is compressed: check_epub passes the one and names both failures of the other.
TEST(EpubCheck, TheSampleEbookPassesAndABrokenCopyFailsOnWhatItLost) {
  TemporaryFolder folder;
  const auto file = folder.path() / "edition.epub";
  std::string output;
  ASSERT_EQ(run_command("'" + cli_path().string() + "' build '" + sample_manuscript().string() + "' -q -o '" +
                            file.string() + "'",
                        output),
            0)
      << output;
  const PreflightReport report = check_epub(file);
  EXPECT_TRUE(report.passed()) << preflight_report_text(report);

  int error = 0;
  zip_t* archive = zip_open(file.c_str(), 0, &error);
  ASSERT_NE(archive, nullptr);
  const std::string package_name = "EPUB/package.opf";
  zip_stat_t stat;
  ASSERT_EQ(zip_stat(archive, package_name.c_str(), 0, &stat), 0);
  std::string package(static_cast<std::size_t>(stat.size), '\0');
  zip_file_t* entry = zip_fopen(archive, package_name.c_str(), 0);
  zip_fread(entry, package.data(), stat.size);
  zip_fclose(entry);
  for (std::size_t at = package.find("schema:accessibilityHazard"); at != std::string::npos;
       at = package.find("schema:accessibilityHazard"))
    package.replace(at, 26, "schema:somethingElse");
  zip_source_t* source = zip_source_buffer(archive, package.data(), package.size(), 0);
  zip_file_add(archive, package_name.c_str(), source, ZIP_FL_OVERWRITE);
  zip_set_file_compression(archive, 0, ZIP_CM_DEFLATE, 9);
  ASSERT_EQ(zip_close(archive), 0);
  const PreflightReport broken = check_epub(file);
  EXPECT_EQ(broken.failed_rules(), (Rules{"epub-container", "epub-accessibility-metadata"}))
      << preflight_report_text(broken);
}

}  // namespace
}  // namespace persklaar::testing
