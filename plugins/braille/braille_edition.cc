#include "plugins/braille/braille_edition.h"

#include <algorithm>

#include "core/text/labels.h"
#include "plugins/braille/braille_body.h"
#include "plugins/braille/braille_lines.h"

namespace persklaar::braille {
namespace {

constexpr char32_t kGuideDot = U'\u2810';  // dots 5, leading from a contents entry to its page number
constexpr int kTitlePage = 1;              // numbering begins on the title page

std::vector<std::u32string> centred_lines(const BrailleText& text, int width) {
  std::vector<std::u32string> lines = break_lines(text, {width - 4, 0, 0, false});
  for (auto& line : lines) line = centred(line, width);
  return lines;
}

PageContent title_page(const Publication& publication, const BraillePage& geometry, BrailleTranslator& translator) {
  const Metadata& metadata = publication.metadata;
  const Labels& labels = labels_for(metadata.language);
  PageFormatter page(geometry, kTitlePage);
  page.blank_line();
  page.add({});  // the title stands a little below the number line
  auto centre = [&](const std::string& text) {
    if (text.empty()) return;
    page.add(centred_lines(translator.translate(text, translator.main_table()), geometry.cells));
  };
  centre(metadata.title);
  centre(metadata.subtitle);
  for (const auto& author : metadata.authors) centre(author);
  page.blank_line();
  if (!metadata.publisher.empty()) centre(std::string(labels.published_by) + " " + metadata.publisher);
  if (!metadata.date.empty()) centre(long_date(metadata.date, metadata.language));
  return page.finish().front();
}

// One contents entry: its text, guide dots and the braille page number at the right of its last line.
// The title is in the language of the part it names.
std::vector<std::u32string> contents_entry(const TocEntry& entry, const Labels& labels, int page,
                                           const std::string& table, int number_width, int width,
                                           BrailleTranslator& translator) {
  const BrailleText text = entry.level == 1
                               ? chapter_title_cells(labels, entry.chapter_number, entry.title, table, translator)
                               : translator.translate(entry.title, table);
  const int indent = entry.level == 1 ? 0 : 2;
  const std::u32string number = translator.cells(std::to_string(page));
  const int reserve = std::max(number_width, static_cast<int>(number.size())) + 4;
  std::vector<std::u32string> lines = break_lines(text, {width - reserve, indent, indent + 2, false});
  if (lines.empty()) lines.emplace_back();
  std::u32string& last = lines.back();
  last += kBlankCell;
  const int dots = width - static_cast<int>(last.size()) - 1 - static_cast<int>(number.size());
  last += std::u32string(static_cast<std::size_t>(std::max(dots, 0)), kGuideDot);
  last += kBlankCell;
  last += number;
  return lines;
}

std::vector<PageContent> contents_pages(const Publication& publication, const BraillePage& geometry,
                                        const BodyLayout& body, int number_width, BrailleTranslator& translator) {
  const Labels& labels = labels_for(publication.metadata.language);
  PageFormatter pages(geometry, kTitlePage + 1);
  pages.add(centred_lines(translator.translate(labels.contents, translator.main_table()), geometry.cells));
  pages.blank_line();
  for (const TocEntry& entry : publication.toc) {
    const auto found = body.start_pages.find(entry.id);
    const int page = found == body.start_pages.end() ? 0 : found->second;
    const auto table = body.tables.find(entry.id);
    pages.add(contents_entry(entry, labels, page, table == body.tables.end() ? translator.main_table() : table->second,
                             number_width, geometry.cells, translator));
  }
  return pages.finish();
}

// The number line: the print page reference and the braille page number, at the right.
std::u32string number_line(const PageContent& page, int width, BrailleTranslator& translator) {
  std::u32string right = translator.cells(std::to_string(page.number));
  if (!page.print_reference.empty()) {
    right = print_reference_cells(page.print_reference, translator) + kBlankCell + kBlankCell + right;
  }
  const int margin = std::max(0, width - static_cast<int>(right.size()));
  return std::u32string(static_cast<std::size_t>(margin), kBlankCell) + right;
}

}  // namespace

BrailleEdition make_braille_edition(const Publication& publication, const BraillePage& geometry,
                                    Diagnostics& diagnostics, const BrailleEditionSteps& steps) {
  BrailleTranslator translator(publication, diagnostics);
  // Lay out the body and the contents until the number of contents pages no longer changes (from a
  // guess of one page, twice in practice).
  int contents_count = std::max(1, steps.contents_pages);
  BodyLayout body;
  std::vector<PageContent> contents;
  for (int round = 0; round < 5; ++round) {
    body = lay_out_body(publication, geometry, kTitlePage + 1 + contents_count, translator);
    const int number_width = static_cast<int>(translator.cells(std::to_string(body.pages.back().number)).size());
    contents = contents_pages(publication, geometry, body, number_width, translator);
    if (static_cast<int>(contents.size()) == contents_count || !steps.settle) break;
    contents_count = static_cast<int>(contents.size());
  }

  translator.report_unknown_characters();
  BrailleEdition edition{geometry, {}, translator.main_table(), static_cast<int>(contents.size())};
  std::vector<PageContent> all;
  all.push_back(title_page(publication, geometry, translator));
  all.insert(all.end(), contents.begin(), contents.end());
  all.insert(all.end(), body.pages.begin(), body.pages.end());
  for (const PageContent& page : all) {
    std::vector<std::u32string> lines{number_line(page, geometry.cells, translator)};
    lines.insert(lines.end(), page.lines.begin(), page.lines.end());
    edition.pages.push_back(std::move(lines));
  }
  return edition;
}

}  // namespace persklaar::braille
