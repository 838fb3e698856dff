#include "tests/pdf/pdf_reader.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-font.h>
#include <poppler/cpp/poppler-page.h>
#include <poppler/cpp/poppler-toc.h>

#include <algorithm>
#include <memory>
#include <stdexcept>

namespace persklaar::testing {
namespace {

std::string utf8(const poppler::ustring& text) {
  const poppler::byte_array bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

std::vector<PdfOutlineItem> outline_items(const poppler::toc_item& parent) {
  std::vector<PdfOutlineItem> items;
  for (const poppler::toc_item* child : parent.children()) {
    items.push_back({utf8(child->title()), outline_items(*child)});
  }
  return items;
}

PdfPage read_page(const poppler::page& page) {
  PdfPage out;
  const poppler::rectf box = page.page_rect(poppler::crop_box);
  out.width = box.width();
  out.height = box.height();
  for (const poppler::text_box& word : page.text_list(poppler::page::text_list_include_font)) {
    const poppler::rectf bbox = word.bbox();
    out.words.push_back({utf8(word.text()), bbox.left(), bbox.top(), bbox.right(), bbox.bottom(), word.get_font_size(),
                         without_subset_prefix(word.get_font_name()), word.has_space_after()});
  }
  return out;
}

}  // namespace

std::string without_subset_prefix(const std::string& font_name) {
  // A subset prefix is six capital letters and a plus sign (ISO 32000-1, 9.6.4).
  if (font_name.size() > 7 && font_name[6] == '+' &&
      std::all_of(font_name.begin(), font_name.begin() + 6, [](char c) { return c >= 'A' && c <= 'Z'; })) {
    return font_name.substr(7);
  }
  return font_name;
}

PdfText read_pdf_text(const std::filesystem::path& file) {
  std::unique_ptr<poppler::document> document(poppler::document::load_from_file(file.string()));
  if (!document || document->is_locked()) throw std::runtime_error("poppler cannot open " + file.string());
  PdfText out;
  out.title = utf8(document->get_title());
  out.author = utf8(document->get_author());
  out.subject = utf8(document->get_subject());
  for (int k = 0; k < document->pages(); ++k) {
    std::unique_ptr<poppler::page> page(document->create_page(k));
    if (!page) throw std::runtime_error("poppler cannot read page " + std::to_string(k + 1) + " of " + file.string());
    out.pages.push_back(read_page(*page));
  }
  std::unique_ptr<poppler::font_iterator> fonts(document->create_font_iterator());
  while (fonts && fonts->has_next()) {
    for (const poppler::font_info& font : fonts->next()) {
      const bool seen = std::any_of(out.fonts.begin(), out.fonts.end(),
                                    [&](const PdfFont& known) { return known.name == font.name(); });
      if (!seen) out.fonts.push_back({font.name(), font.is_embedded(), font.is_subset()});
    }
  }
  std::unique_ptr<poppler::toc> toc(document->create_toc());
  if (toc && toc->root()) out.outline = outline_items(*toc->root());
  return out;
}

}  // namespace persklaar::testing
