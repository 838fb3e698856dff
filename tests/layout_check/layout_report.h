#pragma once
// One manuscript checked in one layout: the column-safety violations and the word comparison,
// summed up for the test and the check-layout tool alike.
#include <filesystem>
#include <string>
#include <vector>

#include "tests/layout_check/column_safety.h"
#include "tests/layout_check/words_kept.h"

namespace persklaar::testing {

struct LayoutCheck {
  std::string name;  // "misc.md in pocket-a5"
  int pages = 0;
  std::vector<LayoutViolation> violations;
  WordComparison words;
  std::vector<std::string> warnings;  // the build's warnings, as printed

  bool passed() const { return violations.empty() && words.lost.empty() && words.out_of_order.empty(); }
  // A few lines: the counts, then the first `shown` violations and lost words.
  std::string summary(std::size_t shown = 8) const;
};

// Builds `manuscript` with `layout` and checks the PDF. `keep`, when not empty, is a folder the PDF
// is copied into (as NAME-LAYOUT.pdf) for looking at. Throws like build_checked_edition.
LayoutCheck check_layout(const std::filesystem::path& manuscript, const std::filesystem::path& layout,
                         const std::filesystem::path& keep = {});

}  // namespace persklaar::testing
