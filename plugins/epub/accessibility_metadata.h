#pragma once
// The package's accessibility metadata (EPUB Accessibility 1.1): how the book can be perceived, what
// helps, what could harm, a summary in the publication's language, and the conformance claim with who
// makes it. Only what is true of this book is claimed.
#include <string>
#include <utility>
#include <vector>

#include "core/model/publication.h"

namespace persklaar::epub {

inline constexpr const char* kConformance = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA";

struct AccessibilityFacts {
  bool all_images_described = true;  // every image the manuscript shows has alt text
  bool has_page_list = false;        // print page numbers are marked (once the PDF layout exists)
};

// (meta property, value) pairs in the order they are written. The conformance claim and
// a11y:certifiedBy need a publisher to certify, and every image described: without either they are
// left out (and the summary says why, for the images).
std::vector<std::pair<std::string, std::string>> accessibility_metadata(const Metadata& metadata,
                                                                        const AccessibilityFacts& facts);

}  // namespace persklaar::epub
