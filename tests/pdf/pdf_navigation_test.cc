// Finding one's way in the screen PDF: folios and running heads where a reader expects them, a
// contents page whose numbers and links go where the chapters start, bookmarks, live addresses, and
// what assistive technology reads from the catalog (language, tags) and the document information.
#include <glib.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <sstream>

#include "core/model/plain_text.h"
#include "tests/pdf/model_expectations.h"
#include "tests/pdf/pdf_objects.h"
#include "tests/pdf/rendered_edition.h"
#include "tests/support/pipeline.h"
#include "tests/support/temporary_folder.h"

namespace persklaar::testing {
namespace {

constexpr double kEdgeTolerance = 1;  // points between a folio or running head and the type area's edge

bool same_size(double a, double b) {
  return std::abs(a - b) < 0.05;
}

bool all_inter(const TextLine& line) {
  return std::all_of(line.words.begin(), line.words.end(),
                     [](const PdfWord& word) { return word.font.rfind("Inter", 0) == 0; });
}

std::string uppercase(const std::string& text) {
  gchar* upper = g_utf8_strup(text.c_str(), static_cast<gssize>(text.size()));
  std::string out = upper;
  g_free(upper);
  return out;
}

std::string without_spaces(std::string text) {
  text.erase(std::remove(text.begin(), text.end(), ' '), text.end());
  return text;
}

bool right_hand(const RenderedEdition& edition, std::size_t page_index) {
  return !edition.spec().page.facing || page_index % 2 == 0;  // page 1, 3, 5 …
}

// The headings of a page in reading order: runs of consecutive lines in Inter at one size of at
// least `min_size`, joined (a title set on two lines is one heading).
struct PrintedHeading {
  std::string text;
  double size = 0;
};

std::vector<PrintedHeading> headings_on(const PageText& page, double min_size) {
  std::vector<PrintedHeading> headings;
  bool open = false;
  for (const TextLine& line : page.body) {
    const double size = line.font_size();
    if (size < min_size - 0.05 || !all_inter(line)) {
      open = false;
      continue;
    }
    if (open && same_size(headings.back().size, size)) {
      headings.back().text += " " + line.text();
    } else {
      headings.push_back({line.text(), size});
    }
    open = true;
  }
  return headings;
}

// Where each table-of-contents entry's heading is printed: searching on from the page of the entry
// before it, the first page with a heading of that title (a chapter's at any heading size from the
// section heading's up, a section's at the section heading's size). 1-based; 0 when not found.
std::vector<int> heading_pages(const RenderedEdition& edition) {
  const FontRoles& roles = edition.spec().roles;
  std::vector<int> pages;
  std::size_t from = 0;
  for (const TocEntry& entry : edition.publication.toc) {
    const std::string title = comparable(entry.title);
    int found = 0;
    for (std::size_t k = from; k < edition.pages.size() && !found; ++k) {
      for (const PrintedHeading& heading : headings_on(edition.pages[k], roles.heading2.size)) {
        const bool size_fits = entry.level == 1 || same_size(heading.size, roles.heading2.size);
        if (size_fits && comparable(heading.text) == title) {
          found = static_cast<int>(k) + 1;
          break;
        }
      }
    }
    pages.push_back(found);
    if (found) from = static_cast<std::size_t>(found - 1);
  }
  return pages;
}

// The first page of each chapter of the publication (1-based, 0 when not found), from heading_pages.
std::vector<int> chapter_pages(const RenderedEdition& edition) {
  const std::vector<int> found = heading_pages(edition);
  std::vector<int> pages;
  for (const Chapter& chapter : edition.publication.chapters) {
    int page = 0;
    for (std::size_t e = 0; e < edition.publication.toc.size(); ++e) {
      if (edition.publication.toc[e].level == 1 && edition.publication.toc[e].id == chapter.attributes.id) {
        page = found[e];
      }
    }
    pages.push_back(page);
  }
  return pages;
}

// One row of a contents page: the entry's text and the page number printed at its end.
struct ContentsRow {
  std::size_t page_index = 0;
  std::string label;
  int number = 0;
  double middle = 0;
};

std::vector<ContentsRow> contents_rows(const RenderedEdition& edition) {
  std::vector<ContentsRow> rows;
  for (std::size_t k = 0; k < edition.laid_out().pages.size() && k < edition.text.pages.size(); ++k) {
    if (edition.laid_out().pages[k].kind != PageKind::contents) continue;
    const PageFrame frame = edition.frame(k);
    std::vector<PdfWord> words;
    for (const PdfWord& word : edition.text.pages[k].words) {
      if (word.middle() > frame.top && word.middle() < frame.bottom) words.push_back(word);
    }
    for (TextLine& row : rows_of(std::move(words))) {
      const std::string last = row.words.back().text;
      if (row.words.size() < 2 || last.find_first_not_of("0123456789") != std::string::npos) continue;
      row.words.pop_back();
      rows.push_back({k, row.text(), std::stoi(last), row.middle()});
    }
  }
  return rows;
}

std::string toc_label(const TocEntry& entry) {
  return entry.level == 1 && entry.chapter_number > 0 ? std::to_string(entry.chapter_number) + " " + entry.title
                                                      : entry.title;
}

TEST(PdfNavigation, PrintsTheFolioAtTheOuterSideOfEveryNumberedPage) {
  const RenderedEdition& magazine = sample_magazine();
  const double folio_size = magazine.spec().roles.folio.size;
  for (std::size_t k = 0; k < magazine.pages.size() && k < magazine.laid_out().pages.size(); ++k) {
    const PageKind kind = magazine.laid_out().pages[k].kind;
    const std::string number = std::to_string(k + 1);
    const PageFrame frame = magazine.frame(k);
    const TextLine* folio = nullptr;
    for (const TextLine& row : magazine.pages[k].foot) {
      if (row.text() == number && same_size(row.font_size(), folio_size)) folio = &row;
    }
    if (kind == PageKind::cover || kind == PageKind::back_cover || kind == PageKind::blank) {
      EXPECT_EQ(folio, nullptr) << "page " << number << " (cover, back cover or blank) has a folio";
      if (kind == PageKind::blank) {
        EXPECT_TRUE(magazine.text.pages[k].words.empty()) << "blank page " << number << " has text";
      }
      continue;
    }
    ASSERT_NE(folio, nullptr) << "page " << number << " has no folio in its bottom margin";
    if (right_hand(magazine, k)) {
      EXPECT_NEAR(folio->right, frame.right(), kEdgeTolerance)
          << "page " << number << ": the folio is not outside right";
    } else {
      EXPECT_NEAR(folio->left, frame.left(), kEdgeTolerance) << "page " << number << ": the folio is not outside left";
    }
    EXPECT_GT(folio->top, frame.bottom) << "page " << number << ": the folio is not in the bottom margin";
  }
}

TEST(PdfNavigation, PrintsARunningHeadOnBodyPagesAndOnNoOthers) {
  const RenderedEdition& magazine = sample_magazine();
  const double head_size = magazine.spec().roles.running_head.size;
  const std::vector<int> starts = chapter_pages(magazine);
  int body_pages = 0;
  for (std::size_t k = 0; k < magazine.pages.size() && k < magazine.laid_out().pages.size(); ++k) {
    const PageKind kind = magazine.laid_out().pages[k].kind;
    const PageFrame frame = magazine.frame(k);
    const int number = static_cast<int>(k) + 1;
    std::vector<const TextLine*> heads;
    for (const TextLine& row : magazine.pages[k].head) {
      if (same_size(row.font_size(), head_size)) heads.push_back(&row);
    }
    if (kind != PageKind::body) {
      EXPECT_TRUE(heads.empty()) << "page " << number
                                 << " is no body page but has a running head: " << heads.front()->text();
      continue;
    }
    ++body_pages;
    ASSERT_EQ(heads.size(), 1u) << "page " << number << " is a body page and has " << heads.size() << " running heads";
    const TextLine& head = *heads.front();
    if (right_hand(magazine, k)) {
      EXPECT_NEAR(head.right, frame.right(), kEdgeTolerance) << "page " << number << ": not at the outer side";
    } else {
      EXPECT_NEAR(head.left, frame.left(), kEdgeTolerance) << "page " << number << ": not at the outer side";
    }
    EXPECT_LT(head.bottom, frame.top) << "page " << number << ": the running head is not in the top margin";
    // It names the chapter the page belongs to: the last one that started on or before it.
    const Chapter* chapter = nullptr;
    for (std::size_t c = 0; c < starts.size(); ++c) {
      if (starts[c] > 0 && starts[c] <= number) chapter = &magazine.publication.chapters[c];
    }
    ASSERT_NE(chapter, nullptr) << "page " << number << " comes before every chapter";
    // Compared without spaces: Poppler may split a letter-spaced word ("WERKPL AATS").
    EXPECT_NE(
        without_spaces(comparable(head.text())).find(without_spaces(comparable(uppercase(plain_text(chapter->title))))),
        std::string::npos)
        << "page " << number << ": the running head \"" << head.text() << "\" does not name its chapter \""
        << plain_text(chapter->title) << "\"";
  }
  EXPECT_GT(body_pages, 10);
}

TEST(PdfNavigation, ContentsNumbersAreThePagesWhereChaptersAndSectionsStart) {
  const RenderedEdition& magazine = sample_magazine();
  const std::vector<ContentsRow> rows = contents_rows(magazine);
  const std::vector<TocEntry>& toc = magazine.publication.toc;
  const std::vector<int> pages = heading_pages(magazine);
  ASSERT_EQ(rows.size(), toc.size()) << "the contents pages list " << rows.size() << " entries with a page number";
  int chapters = 0;
  for (std::size_t e = 0; e < toc.size(); ++e) {
    EXPECT_EQ(comparable(rows[e].label), comparable(toc_label(toc[e]))) << "contents entry " << e + 1;
    EXPECT_NE(pages[e], 0) << "no heading \"" << toc[e].title << "\" found in the PDF";
    EXPECT_EQ(rows[e].number, pages[e]) << "the contents give page " << rows[e].number << " for \"" << toc[e].title
                                        << "\", which starts on page " << pages[e];
    chapters += toc[e].level == 1;
  }
  EXPECT_GE(chapters, 7);
}

TEST(PdfNavigation, ContentsEntriesLinkToTheirPages) {
  const RenderedEdition& magazine = sample_magazine();
  const std::vector<ContentsRow> rows = contents_rows(magazine);
  const std::vector<int> pages = heading_pages(magazine);
  ASSERT_EQ(rows.size(), pages.size());
  for (std::size_t e = 0; e < rows.size(); ++e) {
    const PdfLink* link = nullptr;
    for (const PdfLink& candidate : magazine.objects.links) {
      if (candidate.page == static_cast<int>(rows[e].page_index) && candidate.top <= rows[e].middle &&
          candidate.bottom >= rows[e].middle) {
        link = &candidate;
      }
    }
    ASSERT_NE(link, nullptr) << "the contents entry \"" << rows[e].label << "\" is not a link";
    EXPECT_TRUE(link->uri.empty()) << rows[e].label << " links outside: " << link->uri;
    EXPECT_EQ(link->target_page + 1, pages[e]) << "the contents entry \"" << rows[e].label << "\" (destination "
                                               << link->destination << ") goes to page " << link->target_page + 1;
  }
}

TEST(PdfNavigation, OutlineHasAnEntryForEveryChapterGoingToItsFirstPage) {
  const RenderedEdition& magazine = sample_magazine();
  std::vector<const Chapter*> chapters;
  std::vector<int> starts;
  const std::vector<int> all_starts = chapter_pages(magazine);
  for (std::size_t c = 0; c < magazine.publication.chapters.size(); ++c) {
    const Chapter& chapter = magazine.publication.chapters[c];
    if (chapter.has_heading && !chapter.title.empty()) {
      chapters.push_back(&chapter);
      starts.push_back(all_starts[c]);
    }
  }
  const std::vector<PdfOutlineItem>& outline = magazine.text.outline;
  ASSERT_EQ(outline.size(), chapters.size()) << "one bookmark per chapter";
  ASSERT_EQ(magazine.objects.outline.size(), chapters.size());
  for (std::size_t c = 0; c < chapters.size(); ++c) {
    const std::string title = plain_text(chapters[c]->title);
    EXPECT_NE(comparable(outline[c].title).find(comparable(title)), std::string::npos)
        << "bookmark " << c + 1 << " \"" << outline[c].title << "\" is not chapter \"" << title << "\"";
    EXPECT_EQ(magazine.objects.outline[c].page + 1, starts[c])
        << "the bookmark \"" << outline[c].title << "\" goes to page " << magazine.objects.outline[c].page + 1;
    std::vector<std::string> sections;
    for (const Section& section : chapters[c]->sections) {
      if (section.has_heading && !section.title.empty()) sections.push_back(comparable(plain_text(section.title)));
    }
    std::vector<std::string> children;
    for (const PdfOutlineItem& child : outline[c].children) children.push_back(comparable(child.title));
    EXPECT_EQ(children, sections) << "the bookmarks under \"" << title << "\"";
  }
}

TEST(PdfNavigation, EveryAddressOfTheSampleIsALink) {
  const RenderedEdition& magazine = sample_magazine();
  const std::vector<std::string> addresses = external_links_of(magazine.publication);
  ASSERT_GE(addresses.size(), 5u);
  std::vector<std::string> missing;
  for (const std::string& address : addresses) {
    const bool linked = std::any_of(magazine.objects.links.begin(), magazine.objects.links.end(),
                                    [&](const PdfLink& link) { return link.uri == address; });
    if (!linked) missing.push_back(address);
  }
  std::ostringstream listed;
  for (const std::string& address : missing) listed << "  " << address << "\n";
  EXPECT_TRUE(missing.empty()) << missing.size() << " of " << addresses.size()
                               << " addresses are not /Link annotations with that /URI:\n"
                               << listed.str();
}

TEST(PdfNavigation, AddressesWithParenthesesAndAccentsAreWholeLinks) {
  // Cairo writes a URI into the PDF unescaped: a ')' in it broke the annotation (qpdf inserted keys
  // of its own), so such characters go in percent-encoded.
  const Publication publication = testing::load_markdown(
      "---\ntitle: T\nlanguage: nl\n---\n# Een\n\n[Kennis](https://nl.wikipedia.org/wiki/Kennis_(begrip)) en "
      "[café](https://example.org/café) en [pad](https://example.org/a\\\\b) en "
      "[half](<https://example.org/a)b>).\n");
  testing::TemporaryFolder folder;
  testing::render(publication, "pdf", folder.path());
  std::filesystem::path pdf;
  for (const auto& entry : std::filesystem::directory_iterator(folder.path()))
    if (entry.path().extension() == ".pdf") pdf = entry.path();
  const PdfObjects objects = read_pdf_objects(pdf);
  std::vector<std::string> uris;
  for (const PdfLink& link : objects.links)
    if (!link.uri.empty()) uris.push_back(link.uri);
  EXPECT_THAT(uris, ::testing::UnorderedElementsAre("https://nl.wikipedia.org/wiki/Kennis_%28begrip%29",
                                                    "https://example.org/caf%C3%A9", "https://example.org/a%5Cb",
                                                    "https://example.org/a%29b"));
}

TEST(PdfNavigation, DocumentInformationNamesTitleAuthorAndSubject) {
  const RenderedEdition& magazine = sample_magazine();
  const Metadata& metadata = magazine.publication.metadata;
  EXPECT_EQ(magazine.text.title, metadata.title);
  EXPECT_EQ(magazine.text.author, metadata.publisher);
  EXPECT_EQ(magazine.text.subject, metadata.subtitle);
}

TEST(PdfNavigation, CatalogDeclaresTheLanguageAndMarkedContent) {
  const RenderedEdition& magazine = sample_magazine();
  const PdfObjects& pdf = magazine.objects;
  EXPECT_EQ(pdf.language, magazine.publication.metadata.language);
  EXPECT_EQ(pdf.language, "nl");
  EXPECT_TRUE(pdf.marked) << "/MarkInfo /Marked is not true";
  EXPECT_TRUE(pdf.has_structure) << "no /StructTreeRoot";
}

// One element per heading, paragraph, quotation, list and list item of the model.
TEST(PdfNavigation, StructureTreeTagsHeadingsParagraphsQuotationsAndLists) {
  const RenderedEdition& magazine = sample_magazine();
  const PdfObjects& pdf = magazine.objects;
  ASSERT_TRUE(pdf.has_structure) << "no /StructTreeRoot";

  const BlockCounts counts = count_blocks(magazine.publication);
  auto tags = [&pdf](const std::string& type) {
    const auto found = pdf.tags.find(type);
    return found == pdf.tags.end() ? 0 : found->second;
  };
  std::ostringstream all;
  for (const auto& [type, count] : pdf.tags) all << type << " " << count << ", ";
  SCOPED_TRACE("structure elements: " + all.str());
  int titled_chapters = 0;
  for (const Chapter& chapter : magazine.publication.chapters) titled_chapters += chapter.has_heading;
  EXPECT_EQ(tags("Document"), 1) << "one Document element holds the whole structure";
  EXPECT_GE(tags("H1"), titled_chapters) << "a chapter title is not tagged H1";
  // At least: a subheading right under a chapter title (in a section without one) is raised to H2 too,
  // so that no heading level is skipped (the pdfua preflight checks that).
  EXPECT_GE(tags("H2"), counts.titled_sections) << "section headings tagged H2";
  EXPECT_GE(tags("P"), counts.paragraphs) << "paragraphs tagged P";
  EXPECT_EQ(tags("BlockQuote"), counts.quotations) << "testimonials and quotations tagged BlockQuote";
  EXPECT_EQ(tags("L"), counts.lists) << "lists tagged L";
  EXPECT_EQ(tags("LI"), counts.list_items) << "list items tagged LI";
}

}  // namespace
}  // namespace persklaar::testing
