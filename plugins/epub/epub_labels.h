#pragma once
// The words the EPUB adds around the author's text that core/text/labels.h does not have (the
// navigation's landmarks, the cover's description, the accessibility summary), in the publication's
// language. Dutch and English are built in; any other language falls back to English, as the core
// labels do.
#include <string>

namespace persklaar::epub {

struct EpubLabels {
  const char* cover;          // the cover's landmark and the start of its description
  const char* title_page;     // the title page's landmark
  const char* landmarks;      // the landmarks navigation
  const char* start;          // the landmark of the first chapter
  const char* pages;          // the page list
  const char* print_edition;  // names the print edition the page numbers come from
  // The accessibility summary: what the book offers and how it was checked. One sentence each,
  // joined by the package writer according to what is true of this book.
  const char* summary_claim;
  const char* summary_navigation;
  const char* summary_images;
  const char* summary_images_missing;
  const char* summary_reflow;
  const char* summary_pages;
};

const EpubLabels& epub_labels_for(const std::string& language);

}  // namespace persklaar::epub
