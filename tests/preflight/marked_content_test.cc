// The walk through a page's marked content is remembered by everything it depends on: a page met
// again gives the same walk, and a page with the same content but other fonts or other content is
// walked anew.
#include "core/preflight/marked_content.h"

#include <gtest/gtest.h>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <set>
#include <string>

#include "core/memo/remembered.h"

namespace persklaar::preflight_rules {
namespace {

// A one-page PDF whose page shows `content` with font /F1 of the given subtype.
void make_page(QPDF& pdf, const std::string& content, const std::string& font_subtype) {
  pdf.emptyPDF();
  QPDFObjectHandle font = QPDFObjectHandle::newDictionary();
  font.replaceKey("/Type", QPDFObjectHandle::newName("/Font"));
  font.replaceKey("/Subtype", QPDFObjectHandle::newName(font_subtype));
  QPDFObjectHandle fonts = QPDFObjectHandle::newDictionary();
  fonts.replaceKey("/F1", pdf.makeIndirectObject(font));
  QPDFObjectHandle resources = QPDFObjectHandle::newDictionary();
  resources.replaceKey("/Font", fonts);
  QPDFObjectHandle page = QPDFObjectHandle::newDictionary();
  page.replaceKey("/Type", QPDFObjectHandle::newName("/Page"));
  page.replaceKey("/MediaBox", QPDFObjectHandle::parse("[0 0 200 200]"));
  page.replaceKey("/Resources", resources);
  page.replaceKey("/Contents", QPDFObjectHandle::newStream(&pdf, content));
  QPDFPageDocumentHelper(pdf).addPage(QPDFPageObjectHelper(pdf.makeIndirectObject(page)), false);
}

MarkedContent walk(const std::string& content, const std::string& font_subtype) {
  QPDF pdf;
  make_page(pdf, content, font_subtype);
  QPDFPageObjectHelper page = QPDFPageDocumentHelper(pdf).getAllPages().front();
  return walk_marked_content(page);
}

const std::string kTagged = "/P << /MCID 3 >> BDC BT /F1 12 Tf <00410042> Tj ET EMC";
const std::string kUntagged = "BT /F1 12 Tf <00410042> Tj ET";

TEST(MarkedContent, APageMetAgainGivesTheSameWalk) {
  remember_across_builds();  // as persklaar watch does: the walks are kept
  const MarkedContent first = walk(kTagged, "/Type0");
  const MarkedContent again = walk(kTagged, "/Type0");
  EXPECT_EQ(first.mcids, std::vector<long long>{3});
  EXPECT_EQ(again.mcids, first.mcids);
  EXPECT_EQ(again.painted, 1);
  EXPECT_EQ(again.untagged, 0);
  EXPECT_EQ(again.codes, first.codes);
}

TEST(MarkedContent, OtherFontsOrOtherContentAreWalkedAnew) {
  remember_across_builds();
  EXPECT_EQ(walk(kTagged, "/Type0").codes.at("/F1"), (std::set<unsigned>{0x41, 0x42}));
  // The same content with a one-byte font shows its bytes as codes: 0, A, 0, B.
  EXPECT_EQ(walk(kTagged, "/Type1").codes.at("/F1"), (std::set<unsigned>{0x00, 0x41, 0x42}));
  const MarkedContent untagged = walk(kUntagged, "/Type0");
  EXPECT_EQ(untagged.untagged, 1);
  EXPECT_TRUE(untagged.mcids.empty());
}

}  // namespace
}  // namespace persklaar::preflight_rules
