#include "cli/edition_checks.h"

#include <functional>
#include <set>

#include "core/diagnostics/diagnostic.h"
#include "core/preflight/preflight.h"

namespace persklaar::cli {
namespace {

// "01-005/untagged-content (pages 3, 4), 06-002/pdfua-identifier": each failed rule with the
// pages its findings name (at most five).
std::string failures(const PreflightReport& report) {
  std::string text;
  for (const std::string& rule : report.failed_rules()) {
    std::set<int> pages;
    for (const PreflightFinding& finding : report.findings) {
      if (finding.rule == rule && finding.page > 0) pages.insert(finding.page);
    }
    std::string where;
    int shown = 0;
    for (int page : pages) {
      if (shown++ == 5) {
        where += ", …";
        break;
      }
      where += (where.empty() ? "" : ", ") + std::to_string(page);
    }
    text += (text.empty() ? "" : ", ") + rule;
    if (!where.empty()) text += (pages.size() == 1 ? " (page " : " (pages ") + where + ")";
  }
  if (report.omitted > 0 && text.empty()) text = std::to_string(report.omitted) + " findings";
  return text;
}

EditionCheckLine line_for(const std::string& format, const std::filesystem::path& file, const std::string& what,
                          const std::function<PreflightReport()>& run) {
  const std::string name = format + ": " + file.filename().string();
  try {
    const PreflightReport report = run();
    if (report.passed()) {
      return {name + " passes " + what + " (" + report.profile + ", " + std::to_string(report.rules.size()) + " rules)",
              false};
    }
    return {name + " fails " + report.profile + ": " + failures(report), true};
  } catch (const InputError& error) {
    return {name + " cannot be checked: " + error.diagnostic().message, true};
  }
}

const std::filesystem::path* file_with(const WrittenEdition& edition, const std::string& extension) {
  for (const auto& file : edition.files) {
    if (file.extension() == extension) return &file;
  }
  return nullptr;
}

}  // namespace

std::vector<EditionCheckLine> check_editions(const std::vector<WrittenEdition>& editions) {
  std::vector<EditionCheckLine> lines;
  for (const WrittenEdition& edition : editions) {
    const std::string& format = edition.format;
    if ((format == "pdf" || format == "pdfx") && file_with(edition, ".pdf")) {
      const auto& file = *file_with(edition, ".pdf");
      const std::string profile = format == "pdf" ? "pdfua" : "pdfx";
      lines.push_back(
          line_for(format, file, format == "pdf" ? "PDF/UA-1" : "PDF/X-4", [&] { return preflight(file, profile); }));
    } else if (format == "epub" && file_with(edition, ".epub")) {
      const auto& file = *file_with(edition, ".epub");
      lines.push_back(line_for(format, file, "its container, package, manifest and accessibility metadata",
                               [&] { return check_epub(file); }));
    } else {
      lines.push_back({format + ": no check for this edition", false});
    }
  }
  return lines;
}

}  // namespace persklaar::cli
