#include "core/preflight/preflight.h"

#include <fstream>
#include <map>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include "core/diagnostics/diagnostic.h"
#include "core/preflight/preflight_rule.h"

namespace persklaar {
namespace preflight_rules {
namespace {

constexpr int kFindingsPerRuleAndPage = 3;
constexpr int kFindingsPerRule = 50;

// A profile is a list of rules; a new profile (e.g. PDF/UA) adds an entry here and its rule files.
const std::map<std::string, std::vector<Rule> (*)()>& profiles() {
  static const std::map<std::string, std::vector<Rule> (*)()> all = {
      {"pdfx",
       [] {
         std::vector<Rule> rules = document_rules();
         for (auto& rule : page_rules()) rules.push_back(std::move(rule));
         for (auto& rule : content_rules()) rules.push_back(std::move(rule));
         return rules;
       }},
      {"pdfua",
       [] {
         std::vector<Rule> rules = ua_document_rules();
         for (auto& rule : ua_page_rules()) rules.push_back(std::move(rule));
         return rules;
       }},
  };
  return all;
}

// The version in the header ("1.6"), after checking that the file is a PDF at all.
std::string header_version(const std::filesystem::path& file) {
  const SourcePosition where = position_in(file.string());
  std::error_code error;
  if (!std::filesystem::is_regular_file(file, error)) throw InputError(where, "no such file", "check the path");
  if (std::filesystem::file_size(file, error) == 0) {
    throw InputError(where, "the file is empty (0 bytes)", "export the PDF again; the copy was not finished");
  }
  std::ifstream in(file, std::ios::binary);
  std::string start(1024, '\0');
  in.read(start.data(), static_cast<std::streamsize>(start.size()));
  start.resize(static_cast<std::size_t>(in.gcount()));
  const std::size_t at = start.find("%PDF-");
  if (at == std::string::npos) {
    throw InputError(where, "not a PDF file (it does not begin with %PDF-)", "preflight checks PDF files only");
  }
  std::string version;
  for (std::size_t k = at + 5;
       k < start.size() && (std::isdigit(static_cast<unsigned char>(start[k])) || start[k] == '.'); ++k)
    version += start[k];
  return version;
}

}  // namespace

void Findings::add(const std::string& rule, int page, std::string object, std::string problem, std::string fix) {
  const int on_page = ++per_rule_page_[{rule, page}];
  const int in_rule = ++per_rule_[rule];
  if (on_page > kFindingsPerRuleAndPage || in_rule > kFindingsPerRule) {
    ++report_.omitted;
    return;
  }
  report_.findings.push_back({rule, page, std::move(object), std::move(problem), std::move(fix)});
}

}  // namespace preflight_rules

std::vector<std::string> preflight_profiles() {
  std::vector<std::string> names;
  for (const auto& [name, rules] : preflight_rules::profiles()) names.push_back(name);
  return names;
}

std::vector<std::string> PreflightReport::failed_rules() const {
  std::vector<std::string> failed;
  for (const PreflightRuleInfo& rule : rules) {
    for (const PreflightFinding& finding : findings) {
      if (finding.rule == rule.name) {
        failed.push_back(rule.name);
        break;
      }
    }
  }
  return failed;
}

namespace {

using RuleList = std::vector<preflight_rules::Rule> (*)();

RuleList rules_of(const std::string& profile, const std::string& where) {
  const auto found = preflight_rules::profiles().find(profile);
  if (found == preflight_rules::profiles().end()) {
    std::string known;
    for (const auto& name : preflight_profiles()) known += (known.empty() ? "" : ", ") + name;
    throw InputError(position_in(where), "unknown preflight profile '" + profile + "'", "profiles: " + known);
  }
  return found->second;
}

// Runs the profile's rules over a document qpdf has read.
void check(QPDF& pdf, const std::string& version, const std::string& profile, RuleList rules, PreflightReport& report) {
  using namespace preflight_rules;
  PdfUnderTest doc{pdf, QPDFPageDocumentHelper(pdf).getAllPages(), version, {}, {}, {}, {}};
  if (profile != "pdfua") {  // the PDF/UA rules walk the content their own way (marked_content.h)
    for (QPDFPageObjectHelper& page : doc.pages) doc.content.push_back(walk_page(page));
  }
  for (const QPDFExc& warning : pdf.getWarnings()) doc.warnings.push_back(warning.getMessageDetail());
  report.pages = static_cast<int>(doc.pages.size());
  Findings findings(report);
  for (const Rule& rule : rules()) {
    report.rules.push_back({rule.name, rule.checks});
    rule.check(doc, findings);
  }
}

}  // namespace

PreflightReport preflight(const std::filesystem::path& file, const std::string& profile) {
  const RuleList rules = rules_of(profile, file.string());
  const std::string version = preflight_rules::header_version(file);
  const SourcePosition where = position_in(file.string());

  QPDF pdf;
  pdf.setSuppressWarnings(true);
  PreflightReport report;
  report.file = file;
  report.profile = profile;
  try {
    pdf.processFile(file.c_str());
    check(pdf, version, profile, rules, report);
  } catch (const QPDFExc& error) {
    if (error.getErrorCode() == qpdf_e_password) {
      throw InputError(where, "the PDF is protected by a password", "ask for a copy without a password");
    }
    throw InputError(where, std::string("the PDF is damaged beyond reading: ") + error.getMessageDetail(),
                     "export it again from its application");
  } catch (const std::exception& error) {
    throw InputError(where, std::string("the PDF cannot be read: ") + error.what(),
                     "export it again from its application");
  }
  return report;
}

PreflightReport preflight_document(QPDF& pdf, const std::string& name, const std::string& profile) {
  PreflightReport report;
  report.file = name;
  report.profile = profile;
  check(pdf, pdf.getPDFVersion(), profile, rules_of(profile, name), report);
  return report;
}

}  // namespace persklaar
