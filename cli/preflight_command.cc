// persklaar preflight FILE.pdf [--profile pdfx|pdfua] [--json]: checks any PDF against a preflight profile
// and reports each problem with its rule, page, object and what to do. Exit 0 only when every rule
// passes; 1 when a rule fails or the file cannot be read.
#include <iostream>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "core/preflight/preflight.h"

namespace persklaar::cli {
namespace {

int run_preflight(const ParsedArguments& arguments) {
  if (arguments.operands().size() != 1) throw UsageError("preflight checks one PDF: persklaar preflight FILE.pdf");
  const PreflightReport report = preflight(arguments.operands().front(), arguments.value("profile", "pdfx"));
  std::cout << (arguments.has("json") ? preflight_report_json(report) : preflight_report_text(report));
  return report.passed() ? kOk : kInputError;
}

}  // namespace

CommandSpec preflight_command() {
  return {"preflight",
          "FILE.pdf",
          Completion::file,
          1,
          "check a PDF for print (PDF/X-4) or for accessibility (PDF/UA-1); exit 0 when it passes",
          "Checks any PDF, made by persklaar or not, against a profile of rules and reports each problem with "
          "its rule, page, object and what to do. The pdfx profile checks PDF/X-4 conformance (output intent, "
          "boxes, metadata, fonts, no RGB, no annotations in the trim) and print sanity (text under 5 pt, images "
          "under 250 ppi, hairlines, marks near the trim, total ink over 300 %). The pdfua profile checks the "
          "machine-checkable failure conditions of the Matterhorn Protocol 1.1 (every mark tagged or an artifact, "
          "XMP with pdfuaid and title, DisplayDocTitle, language, tab order, link descriptions, figure alt text, "
          "table header scope, heading levels, embedded fonts with ToUnicode); each rule is named by its condition.",
          {"help", "profile", "json"},
          {{"persklaar preflight out/kenniscafes-print.pdf", "check the print edition before sending it"},
           {"persklaar preflight --json drukwerk.pdf", "the same report for machines"},
           {"persklaar preflight --profile pdfua out/kenniscafes.pdf", "check the screen edition for PDF/UA-1"}},
          run_preflight};
}

}  // namespace persklaar::cli
