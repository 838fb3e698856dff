#include "plugins/epub/accessibility_metadata.h"

#include "plugins/epub/epub_labels.h"

namespace persklaar::epub {

std::vector<std::pair<std::string, std::string>> accessibility_metadata(const Metadata& metadata,
                                                                        const AccessibilityFacts& facts) {
  const EpubLabels& words = epub_labels_for(metadata.language);
  const bool claim = facts.all_images_described && !metadata.publisher.empty();
  std::vector<std::pair<std::string, std::string>> out;
  // The cover is an image, so every edition has visual content beside its text.
  out.emplace_back("schema:accessMode", "textual");
  out.emplace_back("schema:accessMode", "visual");
  if (facts.all_images_described) out.emplace_back("schema:accessModeSufficient", "textual");
  out.emplace_back("schema:accessModeSufficient", "textual,visual");
  for (const char* feature : {"structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability"}) {
    out.emplace_back("schema:accessibilityFeature", feature);
  }
  if (facts.all_images_described) out.emplace_back("schema:accessibilityFeature", "alternativeText");
  if (facts.has_page_list) {
    out.emplace_back("schema:accessibilityFeature", "printPageNumbers");
    out.emplace_back("schema:accessibilityFeature", "pageBreakMarkers");
  }
  out.emplace_back("schema:accessibilityHazard", "none");

  std::string summary;
  for (const char* sentence : {claim ? words.summary_claim : "", words.summary_navigation,
                               facts.all_images_described ? words.summary_images : words.summary_images_missing,
                               words.summary_reflow, facts.has_page_list ? words.summary_pages : ""}) {
    if (*sentence) summary += (summary.empty() ? "" : " ") + std::string(sentence);
  }
  out.emplace_back("schema:accessibilitySummary", summary);
  if (claim) {
    out.emplace_back("dcterms:conformsTo", kConformance);
    out.emplace_back("a11y:certifiedBy", metadata.publisher);
  }
  return out;
}

}  // namespace persklaar::epub
