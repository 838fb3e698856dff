#pragma once
// `persklaar build --check`: each edition just written is checked by what the core can check, and
// gets one summary line: the screen PDF against the pdfua preflight profile, the print PDF against
// pdfx, the e-book's container, package, manifest and accessibility metadata (check_epub).
#include <filesystem>
#include <string>
#include <vector>

namespace persklaar::cli {

struct WrittenEdition {
  std::string format;                        // "pdf", "pdfx", "epub", …
  std::vector<std::filesystem::path> files;  // where it now is
};

struct EditionCheckLine {
  std::string text;  // "pdf: kenniscafes.pdf passes PDF/UA-1 (pdfua, 18 rules)"
  bool failed = false;
};

// One line per edition, in the order given. Never throws for a file that cannot be read: that is a
// failed check.
std::vector<EditionCheckLine> check_editions(const std::vector<WrittenEdition>& editions);

}  // namespace persklaar::cli
