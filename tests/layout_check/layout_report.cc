#include "tests/layout_check/layout_report.h"

#include <map>
#include <sstream>

#include "tests/layout_check/checked_edition.h"

namespace persklaar::testing {

std::string LayoutCheck::summary(std::size_t shown) const {
  std::map<std::string, int> by_kind;
  for (const LayoutViolation& violation : violations) ++by_kind[violation.kind];
  std::ostringstream out;
  out << name << ": " << pages << " pages, " << violations.size() << " violation(s)";
  for (const auto& [kind, count] : by_kind) out << " [" << kind << ": " << count << "]";
  out << "; " << words.words << " words, " << words.lost.size() << " lost; " << words.in_order << " of "
      << words.paragraphs << " paragraphs in order\n";
  for (std::size_t k = 0; k < violations.size() && k < shown; ++k) out << "  " << describe(violations[k]) << "\n";
  for (std::size_t k = 0; k < words.lost.size() && k < shown; ++k) out << "  lost: " << words.lost[k] << "\n";
  for (std::size_t k = 0; k < words.out_of_order.size() && k < shown; ++k) {
    out << "  out of order: " << words.out_of_order[k] << "\n";
  }
  return out.str();
}

LayoutCheck check_layout(const std::filesystem::path& manuscript, const std::filesystem::path& layout,
                         const std::filesystem::path& keep) {
  const auto edition = build_checked_edition(manuscript, layout);
  const LaidOutPublication& laid_out = *edition->print_layout;
  LayoutCheck check;
  check.name = manuscript.filename().string() + " in " + laid_out.spec.name;
  check.pages = static_cast<int>(laid_out.pages.size());
  check.violations = check_column_safety(edition->pdf_text, laid_out);
  check.words = compare_words(*edition);
  for (const Diagnostic& diagnostic : edition->diagnostics.all()) check.warnings.push_back(diagnostic.to_string());
  if (!keep.empty()) {
    std::filesystem::create_directories(keep);
    const std::string stem = manuscript.stem().string() + "-" + laid_out.spec.name + ".pdf";
    std::filesystem::copy_file(edition->pdf, keep / stem, std::filesystem::copy_options::overwrite_existing);
  }
  return check;
}

}  // namespace persklaar::testing
