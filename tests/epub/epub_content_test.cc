// The EPUB's content read back from real builds: every paragraph in reading order, the contents
// listing every chapter and section, headings in order, testimonials as figures, markup characters
// intact, passages in another language marked, links into the right file, raw HTML left out.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <tinyxml2.h>

#include <algorithm>
#include <cstring>
#include <functional>

#include "core/model/plain_text.h"
#include "core/text/labels.h"
#include "tests/epub/epub_files.h"
#include "tests/epub/fixtures.h"
#include "tests/support/pipeline.h"
#include "tests/support/temporary_folder.h"

namespace persklaar {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using tinyxml2::XMLDocument;
using tinyxml2::XMLElement;

void parse(XMLDocument& xml, const std::string& text) {
  ASSERT_EQ(xml.Parse(text.data(), text.size()), tinyxml2::XML_SUCCESS) << xml.ErrorStr();
}

// Every element below `root`, in document order.
void each_element(const XMLElement* root, const std::function<void(const XMLElement*)>& visit) {
  for (const XMLElement* child = root->FirstChildElement(); child; child = child->NextSiblingElement()) {
    visit(child);
    each_element(child, visit);
  }
}

std::string text_of(const XMLElement* element) {
  tinyxml2::XMLPrinter printer(nullptr, /*compact=*/true);
  element->Accept(&printer);
  return testing::visible_text(std::string("<html><body>") + printer.CStr() + "</body></html>");
}

const XMLElement* find_element(const XMLElement* root, const std::function<bool(const XMLElement*)>& wanted) {
  const XMLElement* found = nullptr;
  each_element(root, [&](const XMLElement* element) {
    if (!found && wanted(element)) found = element;
  });
  return found;
}

bool has_attribute(const XMLElement* element, const char* name, const std::string& value) {
  const char* actual = element->Attribute(name);
  return actual && value == actual;
}

void collect_paragraphs(const Blocks& blocks, std::vector<std::string>& out) {
  for (const Block& block : blocks) {
    std::visit(
        [&](const auto& item) {
          using T = std::decay_t<decltype(item)>;
          if constexpr (std::is_same_v<T, Paragraph>) {
            out.push_back(testing::collapse_spaces(plain_text(item.content)));
          } else if constexpr (std::is_same_v<T, BlockQuote> || std::is_same_v<T, Testimonial>) {
            collect_paragraphs(item.content, out);
          } else if constexpr (std::is_same_v<T, List>) {
            for (const Blocks& entry : item.items) collect_paragraphs(entry, out);
          }
        },
        block.value);
  }
}

std::string book_text(const testing::EpubArchive& archive) {
  std::string text;
  for (const std::string& document : archive.spine()) text += testing::visible_text(archive.entry(document)) + " ";
  return text;
}

TEST(EpubContent, EveryParagraphOfTheSampleIsPresentInReadingOrder) {
  const testing::EpubArchive archive(testing::sample_epub().bytes);
  const std::string text = book_text(archive);
  std::vector<std::string> paragraphs;
  for (const Chapter& chapter : testing::sample_publication().chapters) {
    for (const Section& section : chapter.sections) collect_paragraphs(section.blocks, paragraphs);
  }
  ASSERT_GT(paragraphs.size(), 100u);
  std::size_t cursor = 0;
  for (const std::string& paragraph : paragraphs) {
    const std::size_t at = text.find(paragraph, cursor);
    ASSERT_NE(at, std::string::npos) << "missing or out of order: " << paragraph;
    cursor = at + paragraph.size();
  }
}

TEST(EpubContent, ReadingOrderIsCoverTitlePageContentsThenTheChapters) {
  const auto spine = testing::EpubArchive(testing::sample_epub().bytes).spine();
  ASSERT_EQ(spine.size(), 3 + testing::sample_publication().chapters.size());
  EXPECT_EQ(spine[0], "EPUB/text/cover.xhtml");
  EXPECT_EQ(spine[1], "EPUB/text/title.xhtml");
  EXPECT_EQ(spine[2], "EPUB/text/nav.xhtml");
  EXPECT_EQ(spine[3], "EPUB/text/front-01.xhtml");
  EXPECT_EQ(spine[5], "EPUB/text/chapter-01.xhtml");
  EXPECT_EQ(spine.back(), "EPUB/text/back-02.xhtml");
}

TEST(EpubNavigation, ListsEveryChapterAndSectionInOrderAndEachLinkLeadsToItsHeading) {
  const testing::EpubArchive archive(testing::sample_epub().bytes);
  const Publication& publication = testing::sample_publication();
  const Labels& labels = labels_for(publication.metadata.language);
  XMLDocument nav;
  parse(nav, archive.entry("EPUB/text/nav.xhtml"));
  const XMLElement* toc = find_element(nav.RootElement(), [](const XMLElement* e) {
    return std::string(e->Name()) == "nav" && has_attribute(e, "epub:type", "toc");
  });
  ASSERT_TRUE(toc);
  std::vector<const XMLElement*> links;
  each_element(toc, [&](const XMLElement* e) {
    if (std::string(e->Name()) == "a") links.push_back(e);
  });

  std::size_t chapters = 0, sections = 0;
  for (const Chapter& chapter : publication.chapters) {
    chapters += !plain_text(chapter.title).empty();
    for (const Section& section : chapter.sections) sections += !plain_text(section.title).empty();
  }
  ASSERT_EQ(links.size(), chapters + sections);
  ASSERT_EQ(publication.toc.size(), links.size());
  for (std::size_t k = 0; k < links.size(); ++k) {
    const TocEntry& entry = publication.toc[k];
    const std::string expected =
        entry.level == 1 ? chapter_heading(labels, entry.chapter_number, entry.title) : entry.title;
    EXPECT_EQ(text_of(links[k]), expected);
    // Sections are listed under their chapter.
    const XMLElement* list = links[k]->Parent()->Parent()->ToElement();
    EXPECT_EQ(list->Parent()->ToElement() == toc, entry.level == 1) << expected;

    const std::string href = links[k]->Attribute("href");
    const auto hash = href.find('#');
    ASSERT_NE(hash, std::string::npos) << href;
    XMLDocument target;
    parse(target, archive.entry("EPUB/text/" + href.substr(0, hash)));
    const XMLElement* anchor = find_element(
        target.RootElement(), [&](const XMLElement* e) { return has_attribute(e, "id", href.substr(hash + 1)); });
    ASSERT_TRUE(anchor) << href;
    EXPECT_THAT(std::string(anchor->Name()), ::testing::AnyOf("h1", "h2")) << href;
    EXPECT_THAT(text_of(anchor), HasSubstr(entry.title));
  }
}

// The print pages the model says begin in it, in reading order.
std::vector<int> print_pages_of(const Publication& publication) {
  std::vector<int> pages;
  auto add = [&](const std::vector<PrintPageBreak>& breaks) {
    for (const PrintPageBreak& page : breaks) pages.push_back(page.page);
  };
  for (const Chapter& chapter : publication.chapters) {
    add(chapter.print_pages);
    for (const Section& section : chapter.sections) {
      add(section.print_pages);
      for (const Block& block : section.blocks) add(block.print_pages);
    }
  }
  return pages;
}

TEST(EpubNavigation, ThePageListLeadsToAPageBreakMarkerForEveryPrintPageInOrder) {
  const testing::EpubArchive archive(testing::sample_epub().bytes);
  const std::vector<int> expected = print_pages_of(testing::sample_publication());
  ASSERT_GT(expected.size(), 10u);
  ASSERT_TRUE(std::is_sorted(expected.begin(), expected.end()));

  XMLDocument nav;
  parse(nav, archive.entry("EPUB/text/nav.xhtml"));
  const XMLElement* list =
      find_element(nav.RootElement(), [](const XMLElement* e) { return has_attribute(e, "epub:type", "page-list"); });
  ASSERT_TRUE(list);
  std::vector<int> listed;
  each_element(list, [&](const XMLElement* link) {
    if (std::strcmp(link->Name(), "a") != 0) return;
    listed.push_back(std::stoi(text_of(link)));
    const std::string href = link->Attribute("href");
    const auto hash = href.find('#');
    XMLDocument target;
    parse(target, archive.entry("EPUB/text/" + href.substr(0, hash)));
    const XMLElement* marker = find_element(
        target.RootElement(), [&](const XMLElement* e) { return has_attribute(e, "id", href.substr(hash + 1)); });
    ASSERT_TRUE(marker) << href;
    EXPECT_TRUE(has_attribute(marker, "epub:type", "pagebreak")) << href;
    EXPECT_TRUE(has_attribute(marker, "role", "doc-pagebreak")) << href;
    EXPECT_TRUE(has_attribute(marker, "aria-label", text_of(link))) << href;
  });
  EXPECT_EQ(listed, expected);

  // In reading order, the markers count up.
  std::vector<int> marked;
  for (const std::string& document : archive.spine()) {
    XMLDocument xml;
    parse(xml, archive.entry(document));
    each_element(xml.RootElement(), [&](const XMLElement* e) {
      if (has_attribute(e, "epub:type", "pagebreak")) marked.push_back(std::stoi(e->Attribute("aria-label")));
    });
  }
  EXPECT_EQ(marked, expected);
}

TEST(EpubNavigation, HasLandmarksForCoverContentsAndTheStartOfTheText) {
  const testing::EpubArchive archive(testing::sample_epub().bytes);
  const std::string nav = archive.entry("EPUB/text/nav.xhtml");
  EXPECT_THAT(nav, HasSubstr("epub:type=\"landmarks\""));
  EXPECT_THAT(nav, HasSubstr("<a href=\"cover.xhtml\" epub:type=\"cover\">"));
  EXPECT_THAT(nav, HasSubstr("<a href=\"nav.xhtml#toc\" epub:type=\"toc\">"));
  EXPECT_THAT(nav, HasSubstr("<a href=\"chapter-01.xhtml\" epub:type=\"bodymatter\">"));
}

TEST(EpubContent, HeadingsNeverSkipALevel) {
  const testing::EpubArchive archive(testing::sample_epub().bytes);
  for (const std::string& document : archive.spine()) {
    XMLDocument xml;
    parse(xml, archive.entry(document));
    int previous = 0;
    each_element(xml.RootElement(), [&](const XMLElement* e) {
      const std::string name = e->Name();
      if (name.size() != 2 || name[0] != 'h' || name[1] < '1' || name[1] > '6') return;
      const int level = name[1] - '0';
      EXPECT_LE(level, previous + 1) << document << ": " << text_of(e);
      previous = level;
    });
  }
}

TEST(EpubContent, ChaptersAreDocChapterSectionsWithTheLanguageOnTheRoot) {
  const std::string chapter = testing::EpubArchive(testing::sample_epub().bytes).entry("EPUB/text/chapter-03.xhtml");
  EXPECT_THAT(chapter, HasSubstr("<html xmlns=\"http://www.w3.org/1999/xhtml\" "
                                 "xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"nl\" xml:lang=\"nl\">"));
  EXPECT_THAT(chapter, HasSubstr("<section class=\"chapter\" epub:type=\"chapter\" role=\"doc-chapter\""));
  EXPECT_THAT(chapter, HasSubstr("<span class=\"chapter-number\">Hoofdstuk 3</span> Verbondenheid en veerkracht</h1>"));
  EXPECT_THAT(chapter, HasSubstr("<body class=\"chapter-color-3\" epub:type=\"bodymatter\">"));
}

TEST(EpubContent, TestimonialsAreFiguresWithTheQuoteAndAFigcaptionNamingPersonAndRole) {
  XMLDocument xml;
  parse(xml, testing::EpubArchive(testing::sample_epub().bytes).entry("EPUB/text/chapter-03.xhtml"));
  const XMLElement* figure = find_element(xml.RootElement(), [](const XMLElement* e) {
    return std::string(e->Name()) == "figure" && has_attribute(e, "class", "testimonial");
  });
  ASSERT_TRUE(figure);
  ASSERT_TRUE(figure->FirstChildElement("blockquote"));
  EXPECT_THAT(text_of(figure->FirstChildElement("blockquote")), HasSubstr("Ik ben student aan de Hogeschool"));
  const XMLElement* caption = figure->FirstChildElement("figcaption");
  ASSERT_TRUE(caption);
  EXPECT_EQ(text_of(caption), "Rachida Balhadj, student Hogeschool Inholland");
}

class BlocksManuscript : public ::testing::Test {
 protected:
  void SetUp() override {
    manuscript_ = testing::write_blocks_manuscript(folder_.path());
    Diagnostics diagnostics;
    publication_ = testing::load(manuscript_, diagnostics);
    build_ = testing::build_epub(publication_, out_.path());
  }
  std::string document(const std::string& name) const { return testing::EpubArchive(build_.bytes).entry(name); }

  testing::TemporaryFolder folder_, out_;
  std::filesystem::path manuscript_;
  Publication publication_;
  testing::EpubBuild build_;
};

TEST_F(BlocksManuscript, ATitleWithMarkupCharactersAndQuotesSurvivesIntact) {
  const std::string title = publication_.metadata.title;
  ASSERT_THAT(title, HasSubstr("<thee>"));
  ASSERT_THAT(title, HasSubstr("&"));
  XMLDocument page, package;
  parse(page, document("EPUB/text/title.xhtml"));
  const XMLElement* h1 = find_element(page.RootElement(), [](const XMLElement* e) { return !strcmp(e->Name(), "h1"); });
  ASSERT_TRUE(h1);
  EXPECT_EQ(text_of(h1), title);
  parse(package, document("EPUB/package.opf"));
  EXPECT_STREQ(package.RootElement()->FirstChildElement("metadata")->FirstChildElement("dc:title")->GetText(),
               title.c_str());

  const std::string chapter_title = plain_text(publication_.chapters[1].title);
  ASSERT_THAT(chapter_title, HasSubstr("<één> & “twee”"));  // after the typography pass
  XMLDocument chapter;
  parse(chapter, document("EPUB/text/chapter-01.xhtml"));
  const XMLElement* heading =
      find_element(chapter.RootElement(), [](const XMLElement* e) { return !strcmp(e->Name(), "h1"); });
  EXPECT_EQ(text_of(heading), "Hoofdstuk 1 " + chapter_title);
  EXPECT_THAT(document("EPUB/text/chapter-01.xhtml"), HasSubstr("Hoofdstuk &lt;één&gt; &amp; “twee”"));
}

TEST_F(BlocksManuscript, ATestimonialWithMarkupCharactersAndQuotesSurvivesIntact) {
  const auto& section = publication_.chapters[1].sections.back();
  const auto& testimonial = std::get<Testimonial>(section.blocks.front().value);
  XMLDocument chapter;
  parse(chapter, document("EPUB/text/chapter-01.xhtml"));
  const XMLElement* figure =
      find_element(chapter.RootElement(), [](const XMLElement* e) { return has_attribute(e, "class", "testimonial"); });
  ASSERT_TRUE(figure);
  const std::string quote = plain_text(std::get<Paragraph>(testimonial.content.front().value).content);
  ASSERT_THAT(quote, HasSubstr("3 < 4 & fijn"));
  // The quotation ends with a reference to the chapter's first note, shown as its number.
  EXPECT_EQ(text_of(figure->FirstChildElement("blockquote")), quote + "1");
  const std::string person = plain_text(testimonial.person), role = plain_text(testimonial.role);
  ASSERT_THAT(person, HasSubstr("& Zn. <3"));
  ASSERT_THAT(role, HasSubstr("< z"));
  EXPECT_EQ(text_of(figure->FirstChildElement("figcaption")), person + ", " + role);
}

TEST_F(BlocksManuscript, EveryKindOfBlockBecomesItsHtmlElement) {
  const std::string chapter = document("EPUB/text/chapter-01.xhtml");
  for (const char* element :
       {"<ul>", "<ol start=\"3\">", "<table>", "<th scope=\"col\" class=\"align-left\">Naam</th>",
        "<td class=\"align-right\">3 &lt; 4</td>", "<pre><code>code blok &lt;met&gt; &amp; tekens</code></pre>",
        "<hr/>", "<blockquote>", "<br/>", "<figcaption>Onderschrift bij het vierkant</figcaption>"}) {
    EXPECT_THAT(chapter, HasSubstr(element));
  }
  const std::string front = document("EPUB/text/front-01.xhtml");
  EXPECT_THAT(front, HasSubstr("<em>nadruk</em>"));
  EXPECT_THAT(front, HasSubstr("<strong>kracht</strong>"));
  EXPECT_THAT(front, HasSubstr("<code>code</code>"));
  EXPECT_THAT(front, HasSubstr("<a href=\"https://example.org/?a=1&amp;b=2\" title=\"een titel\">link</a>"));
}

TEST_F(BlocksManuscript, APassageInAnotherLanguageCarriesItsLang) {
  EXPECT_THAT(document("EPUB/text/chapter-01.xhtml"),
              HasSubstr("<section class=\"section\" aria-labelledby=\"hoofdstuk-een-twee-summary\" lang=\"en\" "
                        "xml:lang=\"en\">"));
}

TEST_F(BlocksManuscript, AnchorLinksLeadIntoTheFileThatHoldsTheAnchor) {
  const std::string chapter = document("EPUB/text/chapter-01.xhtml");
  EXPECT_THAT(chapter, HasSubstr("<a href=\"chapter-01.xhtml#ervaringen\">de ervaringen</a>"));
  EXPECT_THAT(chapter, HasSubstr("<a href=\"chapter-01.xhtml#hoofdstuk-een-twee\">het begin</a>"));
}

TEST_F(BlocksManuscript, ImagesNextToTheManuscriptAreEmbeddedWithTheirAltText) {
  const testing::EpubArchive archive(build_.bytes);
  EXPECT_TRUE(archive.has("EPUB/images/01-vierkant.png"));
  const std::string chapter = archive.entry("EPUB/text/chapter-01.xhtml");
  EXPECT_THAT(chapter, HasSubstr("<img src=\"../images/01-vierkant.png\" alt=\"een rood vierkant\"/>"));
  EXPECT_THAT(chapter, HasSubstr("<img src=\"../images/01-vierkant.png\" alt=\"Een blauw vierkant\"/>"));
  EXPECT_THAT(archive.entry("EPUB/package.opf"), HasSubstr("href=\"images/01-vierkant.png\" media-type=\"image/png\""));
  EXPECT_TRUE(build_.warnings.empty()) << build_.warnings.front().to_string();
}

TEST(EpubImages, AnImageWithoutAltTextIsAWarningNamingTheImage) {
  testing::TemporaryFolder folder, out;
  testing::write_png(folder.path() / "foto.png");
  const auto manuscript =
      folder.write("boek.md", "---\ntitle: Boek\npublisher: Uitgever\n---\n\n# Een\n\n![](foto.png)\n");
  const testing::EpubBuild build = testing::build_epub(testing::load(manuscript), out.path());
  ASSERT_EQ(build.warnings.size(), 1u);
  EXPECT_EQ(build.warnings[0].message, "image 'foto.png' has no alt text");
  EXPECT_EQ(build.warnings[0].where.line, 8);
  EXPECT_THAT(build.warnings[0].where.file_name(), HasSubstr("boek.md"));
  const testing::EpubArchive archive(build.bytes);
  EXPECT_THAT(archive.entry("EPUB/text/chapter-01.xhtml"), HasSubstr("alt=\"\""));
  // Without a description for every image the book claims neither alternative text nor conformance.
  const std::string package = archive.entry("EPUB/package.opf");
  EXPECT_THAT(package, Not(HasSubstr("alternativeText")));
  EXPECT_THAT(package, Not(HasSubstr("dcterms:conformsTo")));
  EXPECT_THAT(package, HasSubstr("Niet elke afbeelding heeft een tekstalternatief."));
}

TEST(EpubImages, AMissingImageIsAWarningAndItsDescriptionStandsInForIt) {
  testing::TemporaryFolder folder, out;
  const auto manuscript =
      folder.write("boek.md", "---\ntitle: Boek\n---\n\n# Een\n\n![Een kaart van de wijk](kaart.jpg)\n");
  const testing::EpubBuild build = testing::build_epub(testing::load(manuscript), out.path());
  ASSERT_EQ(build.warnings.size(), 1u);
  EXPECT_THAT(build.warnings[0].message, HasSubstr("image 'kaart.jpg' is not found"));
  EXPECT_THAT(testing::EpubArchive(build.bytes).entry("EPUB/text/chapter-01.xhtml"),
              HasSubstr("<p class=\"image-description\">Afbeelding: Een kaart van de wijk</p>"));
}

TEST(EpubLinks, ALinkThatLeadsNowhereInTheBookIsAWarningAndStaysText) {
  testing::TemporaryFolder folder, out;
  const auto manuscript =
      folder.write("boek.md", "---\ntitle: Boek\n---\n\n# Een\n\nZie [hoofdstuk twee](twee.md) en [dit](#nergens).\n");
  const testing::EpubBuild build = testing::build_epub(testing::load(manuscript), out.path());
  ASSERT_EQ(build.warnings.size(), 2u);
  EXPECT_THAT(build.warnings[0].message, HasSubstr("link to 'twee.md' leads nowhere"));
  EXPECT_THAT(build.warnings[1].message, HasSubstr("link to '#nergens' leads nowhere"));
  EXPECT_THAT(testing::EpubArchive(build.bytes).entry("EPUB/text/chapter-01.xhtml"),
              HasSubstr("<p>Zie hoofdstuk twee en dit.</p>"));
}

TEST(EpubContent, RawHtmlIsLeftOut) {
  testing::TemporaryFolder out;
  const Publication publication =
      testing::load_markdown("---\ntitle: Boek\n---\n\n# Een\n\n<div>weg</div>\n\nTekst met <b>vet</b> erin.\n");
  const std::string chapter =
      testing::EpubArchive(testing::build_epub(publication, out.path()).bytes).entry("EPUB/text/chapter-01.xhtml");
  EXPECT_THAT(chapter, Not(HasSubstr("weg")));
  EXPECT_THAT(chapter, Not(HasSubstr("<b>")));
  EXPECT_THAT(chapter, HasSubstr("<p>Tekst met vet erin.</p>"));
}

}  // namespace
}  // namespace persklaar
