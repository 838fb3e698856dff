#include "core/pipeline/paginate.h"

#include <cstdio>
#include <map>

#include "core/layout/magazine.h"
#include "core/layout/page_map.h"

namespace persklaar {
namespace {

// Every object a page can begin at, by address, with the list its page breaks go to.
std::map<const void*, std::vector<PrintPageBreak>*> page_break_lists(Publication& publication) {
  std::map<const void*, std::vector<PrintPageBreak>*> lists;
  for (Chapter& chapter : publication.chapters) {
    lists[&chapter] = &chapter.print_pages;
    for (Section& section : chapter.sections) {
      lists[&section] = &section.print_pages;
      for (Block& block : section.blocks) lists[&block] = &block.print_pages;
    }
  }
  return lists;
}

// Where each model object a line can render came from, by address.
std::map<const void*, SourcePosition> source_positions(const Publication& publication) {
  std::map<const void*, SourcePosition> positions;
  for (const Chapter& chapter : publication.chapters) {
    positions[&chapter] = chapter.position;
    for (const Section& section : chapter.sections) {
      positions[&section] = section.position;
      for (const Block& block : section.blocks) positions[&block] = block.position;
    }
  }
  return positions;
}

std::string quoted(const std::string& text) {
  return "\u201C" + text + "\u201D";
}

// Every line the engine could not set as the layout asks, at its paragraph's manuscript line.
void warn_about_set_lines(const LaidOutPublication& laid_out, const Publication& publication,
                          Diagnostics& diagnostics) {
  const auto positions = source_positions(publication);
  for (const Page& page : laid_out.pages) {
    for (const LineItem& line : page.lines) {
      if (!line.overfull && !line.loose) continue;
      const auto found = positions.find(line.source);
      Diagnostic warning;
      warning.severity = Severity::warning;
      warning.where = found == positions.end() ? SourcePosition{} : found->second;
      warning.page = page.number;
      if (line.overfull) {
        warning.message = "overfull line, wider than its column: " + quoted(line.text);
        warning.hint = "rephrase, or shorten the long word (a hyphen in it lets the line break there)";
      } else {
        char spaces[32];
        std::snprintf(spaces, sizeof spaces, "%.1f", line.word_space);
        warning.message =
            "loose line, word spaces " + std::string(spaces) + " times their natural width: " + quoted(line.text);
        warning.hint = "rephrase the paragraph, or widen max-word-space in the layout";
      }
      diagnostics.report(std::move(warning));
    }
  }
}

// The print page each manuscript position begins on: a block without a page break of its own is on
// the page of the block before it.
std::map<std::string, int> pages_by_position(const Publication& publication) {
  std::map<std::string, int> pages;
  int page = 0;
  auto visit = [&](const std::vector<PrintPageBreak>& breaks, const SourcePosition& where) {
    if (!breaks.empty()) page = breaks.front().page;
    pages.emplace(where.to_string(), page);
  };
  for (const Chapter& chapter : publication.chapters) {
    visit(chapter.print_pages, chapter.position);
    for (const Section& section : chapter.sections) {
      visit(section.print_pages, section.position);
      for (const Block& block : section.blocks) visit(block.print_pages, block.position);
    }
  }
  return pages;
}

// What the layout reported concerns the PDF edition, on the page where its paragraph begins.
void complete_layout_diagnostics(Diagnostics& diagnostics, std::size_t first, const Publication& publication) {
  const auto pages = pages_by_position(publication);
  auto& collected = diagnostics.collected();
  for (std::size_t k = first; k < collected.size(); ++k) {
    Diagnostic& diagnostic = collected[k];
    diagnostic.edition = "pdf";
    if (diagnostic.page > 0) continue;
    if (const auto found = pages.find(diagnostic.where.to_string()); found != pages.end()) {
      diagnostic.page = found->second;
    }
  }
}

}  // namespace

std::shared_ptr<const LaidOutPublication> paginate(Publication& publication, const LayoutSpec& spec,
                                                   Diagnostics& diagnostics) {
  const std::size_t first_diagnostic = diagnostics.all().size();
  auto laid_out = std::make_shared<const LaidOutPublication>(lay_out_publication(publication, spec, diagnostics));
  const auto lists = page_break_lists(publication);
  for (const PageBegin& begin : page_map(*laid_out)) {
    if (auto found = lists.find(begin.source); found != lists.end()) {
      found->second->push_back({begin.page, begin.inside});
    }
  }
  publication.print_page_count = static_cast<int>(laid_out->pages.size());
  warn_about_set_lines(*laid_out, publication, diagnostics);
  complete_layout_diagnostics(diagnostics, first_diagnostic, publication);
  return laid_out;
}

void paginate_for_editions(Publication& publication, EditionRequest& request, Diagnostics& diagnostics) {
  const LayoutSpec spec = load_layout_or_default(request.layout_file);
  request.print_layout = paginate(publication, spec, diagnostics);
}

}  // namespace persklaar
