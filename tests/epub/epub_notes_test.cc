// Notes in the EPUB: every reference a doc-noteref link to its note in the chapter's doc-endnotes,
// every note with links back to each reference, labels in the chapter's language. (epubcheck and
// Ace run on tests/epub/fixtures/blocks.md, which has notes, in epub_validation_test.cc.)
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <tinyxml2.h>

#include <functional>
#include <map>

#include "tests/epub/epub_files.h"
#include "tests/support/pipeline.h"
#include "tests/support/temporary_folder.h"

namespace persklaar {
namespace {

using ::testing::HasSubstr;
using tinyxml2::XMLDocument;
using tinyxml2::XMLElement;

void each_element(const XMLElement* root, const std::function<void(const XMLElement*)>& visit) {
  for (const XMLElement* child = root->FirstChildElement(); child; child = child->NextSiblingElement()) {
    visit(child);
    each_element(child, visit);
  }
}

std::string attribute(const XMLElement* element, const char* name) {
  const char* value = element->Attribute(name);
  return value ? value : "";
}

class EpubNotes : public ::testing::Test {
 protected:
  void SetUp() override {
    const Publication publication = testing::load_markdown(
        "---\ntitle: Noten\nlanguage: nl\n---\n# Een\n\nA[^x] b[^y] c[^x].\n\n# Two {lang=en}\n\nD[^z].\n\n"
        "[^x]: Noot *x*.\n\n    Tweede alinea.\n\n[^y]: Noot y.\n\n[^z]: Note z.\n");
    build_ = testing::build_epub(publication, folder_.path());
  }
  std::string document(const std::string& name) const { return testing::EpubArchive(build_.bytes).entry(name); }

  testing::TemporaryFolder folder_;
  testing::EpubBuild build_;
};

TEST_F(EpubNotes, ReferencesAndNotesLinkBothWays) {
  XMLDocument xml;
  const std::string text = document("EPUB/text/chapter-01.xhtml");
  ASSERT_EQ(xml.Parse(text.data(), text.size()), tinyxml2::XML_SUCCESS);
  std::map<std::string, const XMLElement*> by_id;
  std::vector<const XMLElement*> references, backlinks;
  const XMLElement* endnotes = nullptr;
  each_element(xml.RootElement(), [&](const XMLElement* e) {
    if (e->Attribute("id")) by_id[e->Attribute("id")] = e;
    if (attribute(e, "role") == "doc-noteref") references.push_back(e);
    if (attribute(e, "role") == "doc-backlink") backlinks.push_back(e);
    if (attribute(e, "role") == "doc-endnotes") endnotes = e;
  });
  ASSERT_EQ(references.size(), 3u);
  EXPECT_STREQ(references[0]->GetText(), "1");
  EXPECT_STREQ(references[1]->GetText(), "2");
  EXPECT_STREQ(references[2]->GetText(), "1");
  ASSERT_TRUE(endnotes);
  EXPECT_EQ(attribute(endnotes, "epub:type"), "endnotes");
  EXPECT_STREQ(endnotes->FirstChildElement("h2")->GetText(), "Noten");
  for (const XMLElement* reference : references) {
    const std::string target = attribute(reference, "href").substr(1);
    ASSERT_TRUE(by_id.count(target)) << target;
    EXPECT_STREQ(by_id[target]->Name(), "li");
    EXPECT_EQ(attribute(by_id[target], "epub:type"), "endnote");
  }
  ASSERT_EQ(backlinks.size(), 3u);  // note 1 is referred to twice
  for (const XMLElement* back : backlinks) {
    const std::string target = attribute(back, "href").substr(1);
    ASSERT_TRUE(by_id.count(target)) << target;
    EXPECT_EQ(attribute(by_id[target], "role"), "doc-noteref");
    EXPECT_EQ(attribute(back, "aria-label"), "Terug naar de tekst");
  }
  EXPECT_THAT(text, HasSubstr("Tweede alinea."));
}

TEST_F(EpubNotes, AChapterInAnotherLanguageHasItsLabels) {
  const std::string text = document("EPUB/text/chapter-02.xhtml");
  EXPECT_THAT(text, HasSubstr("<span class=\"chapter-number\">Chapter 2</span>"));
  EXPECT_THAT(text, HasSubstr(">Notes</h2>"));
  EXPECT_THAT(text, HasSubstr("aria-label=\"Back to the text\""));
}

}  // namespace
}  // namespace persklaar
