#include "tests/layout_check/column_safety.h"

#include <algorithm>
#include <cstdio>
#include <utility>

#include "tests/pdf/reading_order.h"

namespace persklaar::testing {
namespace {

constexpr double kSlack = 0.6;  // points a word may pass an edge: Poppler's boxes are advances, rounded

using Span = std::pair<double, double>;

std::string span_text(const Span& span) {
  char text[64];
  std::snprintf(text, sizeof text, "[%.1f, %.1f]", span.first, span.second);
  return text;
}

bool is_margin_furniture(const LineItem& line) {
  return line.role == LineRole::running_head || line.role == LineRole::folio;
}

// Pages whose text the layout sets across the type area rather than in columns.
bool is_full_width_page(PageKind kind) {
  return kind == PageKind::colophon || kind == PageKind::contents;
}

// The lines of `page` a word belongs to: its middle within the line's ascent and descent, and
// horizontally overlapping what the line holds.
std::vector<const LineItem*> lines_of_word(const Page& page, const PdfWord& word) {
  std::vector<const LineItem*> found;
  for (const LineItem& line : page.lines) {
    const double top = line.baseline - line.ascent - 1, bottom = line.baseline + line.descent + 1;
    const double right = line.x + std::max(line.width, 1.0);
    if (word.middle() < top || word.middle() > bottom) continue;
    if (word.left > right + 2 || word.right < line.x - 2) continue;
    found.push_back(&line);
  }
  return found;
}

// Where a word of `line` may stand horizontally: its column, or the type area for a line set
// across the columns.
Span allowed_span(const Page& page, const LineItem& line, const PageFrame& frame, double column_width) {
  const Span type_area{frame.left(), frame.right()};
  if (is_margin_furniture(line) || is_full_width_page(page.kind)) return type_area;
  if (line.role == LineRole::furniture || line.measure > column_width + 1) return type_area;
  for (const Span& column : frame.columns) {
    if (line.x >= column.first - kSlack && line.x <= column.second) return column;
  }
  return {line.x, line.x};  // a line starting outside every column: any word of it is outside
}

void check_word(const Page& page, const PdfPage& pdf_page, const PdfWord& word, const PageFrame& frame,
                double column_width, std::vector<LayoutViolation>& out) {
  auto report = [&](const std::string& kind, const std::string& detail) {
    out.push_back({page.number, kind, word.text, detail});
  };
  const Span word_span{word.left, word.right};
  if (word.left < -kSlack || word.right > pdf_page.width + kSlack || word.top < -kSlack ||
      word.bottom > pdf_page.height + kSlack) {
    report("outside the page", span_text(word_span) + " on a page " + span_text({0, pdf_page.width}) + " wide");
    return;
  }
  if (page.kind == PageKind::cover || page.kind == PageKind::back_cover || page.kind == PageKind::blank) return;
  const std::vector<const LineItem*> lines = lines_of_word(page, word);
  if (lines.empty()) {
    report("on no laid-out line", "at " + span_text(word_span) + ", y " + std::to_string(word.middle()));
    return;
  }
  // A word may belong to several lines only where lines share a grid line (a list label, table
  // cells): it is fine when it fits any of them.
  std::string nearest;
  for (const LineItem* line : lines) {
    const Span allowed = allowed_span(page, *line, frame, column_width);
    if (word.left >= allowed.first - kSlack && word.right <= allowed.second + kSlack) {
      const bool flow = !is_margin_furniture(*line) && line->role != LineRole::furniture &&
                        !(page.kind == PageKind::opener && line->role == LineRole::heading1);
      if (flow && (word.middle() < frame.top || word.middle() > frame.bottom)) {
        report("outside the type area",
               "y " + std::to_string(word.middle()) + " beyond " + span_text({frame.top, frame.bottom}));
      }
      return;
    }
    nearest = span_text(allowed);
  }
  const bool in_type_area = word.left >= frame.left() - kSlack && word.right <= frame.right() + kSlack;
  report(in_type_area ? "outside its column" : "outside the type area",
         span_text(word_span) + " beyond " + nearest + " (line \"" + lines.front()->text.substr(0, 60) + "\")");
}

void check_overlaps(const Page& page, const PdfPage& pdf_page, std::vector<LayoutViolation>& out) {
  std::vector<const PdfWord*> words;
  for (const PdfWord& word : pdf_page.words) words.push_back(&word);
  std::sort(words.begin(), words.end(), [](const PdfWord* a, const PdfWord* b) { return a->left < b->left; });
  for (std::size_t i = 0; i < words.size(); ++i) {
    const PdfWord& a = *words[i];
    for (std::size_t j = i + 1; j < words.size() && words[j]->left < a.right - kSlack; ++j) {
      const PdfWord& b = *words[j];
      const double across = std::min(a.right, b.right) - std::max(a.left, b.left);
      const double down = std::min(a.bottom, b.bottom) - std::max(a.top, b.top);
      const double shorter = std::min(a.bottom - a.top, b.bottom - b.top);
      if (across > kSlack && down > 0.5 * shorter) {
        out.push_back({page.number, "overlap", a.text, "overlaps '" + b.text + "' at " + span_text({a.left, a.right})});
      }
    }
  }
}

}  // namespace

std::vector<LayoutViolation> check_column_safety(const PdfText& pdf, const LaidOutPublication& laid_out) {
  std::vector<LayoutViolation> out;
  if (pdf.pages.size() != laid_out.pages.size()) {
    out.push_back({0, "page count", "",
                   std::to_string(pdf.pages.size()) + " pages in the PDF, " + std::to_string(laid_out.pages.size()) +
                       " laid out"});
    return out;
  }
  const double column_width = laid_out.spec.page.column_width();
  for (std::size_t k = 0; k < pdf.pages.size(); ++k) {
    const Page& page = laid_out.pages[k];
    const PageFrame frame = page_frame(laid_out.spec.page, page.number);
    for (const PdfWord& word : pdf.pages[k].words) check_word(page, pdf.pages[k], word, frame, column_width, out);
    check_overlaps(page, pdf.pages[k], out);
  }
  return out;
}

std::string describe(const LayoutViolation& violation) {
  return "page " + std::to_string(violation.page) + ": " + violation.kind + ": '" + violation.word + "' " +
         violation.detail;
}

}  // namespace persklaar::testing
