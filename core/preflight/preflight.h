#pragma once
// Preflight: checks any PDF, not only Persklaar's, against a profile of named rules before it goes
// to a printer (or, with later profiles, to readers), and says for each problem where it is and what
// to do. Profiles: "pdfx" (PDF/X-4 and print sanity), "pdfua" (PDF/UA-1: the machine-checkable
// failure conditions of the Matterhorn Protocol 1.1 that apply to a tagged PDF of text). Reading is done with qpdf;
// nothing is changed.
#include <filesystem>
#include <string>
#include <vector>

class QPDF;

namespace persklaar {

struct PreflightFinding {
  std::string rule;     // the rule's name, e.g. "trim-box"
  int page = 0;         // 1-based; 0 for the document as a whole
  std::string object;   // what it is about: "font /F1 (object 12)", "content stream", "catalog"
  std::string problem;  // what is wrong, in a sentence
  std::string fix;      // what to do about it
};

struct PreflightRuleInfo {
  std::string name;
  std::string checks;  // one line: what the rule asks of the file
};

struct PreflightReport {
  std::filesystem::path file;
  std::string profile;
  int pages = 0;
  std::vector<PreflightRuleInfo> rules;    // every rule checked, in order
  std::vector<PreflightFinding> findings;  // at most a few per rule and page (see `omitted`)
  int omitted = 0;                         // findings left out of the list to keep it readable
  bool passed() const { return findings.empty() && omitted == 0; }
  std::vector<std::string> failed_rules() const;  // each rule with a finding, once, in rule order
};

// The profiles preflight knows, e.g. {"pdfx"}.
std::vector<std::string> preflight_profiles();

// Checks `file` against `profile`. Throws InputError (with the file named and a hint) when the file
// is empty, not a PDF, damaged beyond reading or protected by a password, or the profile is unknown.
PreflightReport preflight(const std::filesystem::path& file, const std::string& profile = "pdfx");

// The same checks on a document in memory, as qpdf holds it before writing (the pdf plugin checks its
// screen PDF so before deciding on the PDF/UA claim); `name` stands for the file in the report.
// Throws InputError for an unknown profile, and what qpdf throws for a document it cannot read.
PreflightReport preflight_document(QPDF& pdf, const std::string& name, const std::string& profile);

// The checks an EPUB 3 file can have without Java (profile "epub"): container, package metadata,
// manifest and spine, accessibility metadata (`pages` stays 0). Throws
// InputError when the file is not a ZIP container.
PreflightReport check_epub(const std::filesystem::path& file);

// The report for people: a verdict, then one block per finding (rule, page, object, problem, fix).
std::string preflight_report_text(const PreflightReport& report);
// The report for machines: {"file", "profile", "pages", "passed", "rules": [...], "findings": [...]}.
std::string preflight_report_json(const PreflightReport& report);

}  // namespace persklaar
