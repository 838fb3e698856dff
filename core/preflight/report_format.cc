// The preflight report, for people and for machines.
#include <cstdio>
#include <sstream>

#include "core/preflight/preflight.h"
#include "core/text/json_string.h"

namespace persklaar {

std::string preflight_report_text(const PreflightReport& report) {
  std::ostringstream out;
  const auto failed = report.failed_rules();
  out << report.file.string() << ": " << (report.passed() ? "passes" : "fails") << " preflight profile '"
      << report.profile << "' (" << report.rules.size() << " rules, " << report.pages << " pages)";
  if (!failed.empty()) {
    out << "; failed:";
    for (const auto& rule : failed) out << ' ' << rule;
  }
  out << '\n';
  for (const PreflightFinding& f : report.findings) {
    out << "\n[" << f.rule << "] " << (f.page > 0 ? "page " + std::to_string(f.page) : std::string("document"));
    if (!f.object.empty()) out << ", " << f.object;
    out << "\n  " << f.problem << "\n  what to do: " << f.fix << '\n';
  }
  if (report.omitted > 0) {
    out << "\n… and " << report.omitted << " more finding(s) of the same rules, left out to keep this readable\n";
  }
  return out.str();
}

std::string preflight_report_json(const PreflightReport& report) {
  std::ostringstream out;
  out << "{\n  \"file\": " << json_string(report.file.string()) << ",\n  \"profile\": " << json_string(report.profile)
      << ",\n  \"pages\": " << report.pages << ",\n  \"passed\": " << (report.passed() ? "true" : "false")
      << ",\n  \"failed_rules\": [";
  const auto failed = report.failed_rules();
  for (std::size_t k = 0; k < failed.size(); ++k) out << (k ? ", " : "") << json_string(failed[k]);
  out << "],\n  \"rules\": [";
  for (std::size_t k = 0; k < report.rules.size(); ++k) {
    out << (k ? "," : "") << "\n    {\"name\": " << json_string(report.rules[k].name)
        << ", \"checks\": " << json_string(report.rules[k].checks) << "}";
  }
  out << "\n  ],\n  \"findings\": [";
  for (std::size_t k = 0; k < report.findings.size(); ++k) {
    const PreflightFinding& f = report.findings[k];
    out << (k ? "," : "") << "\n    {\"rule\": " << json_string(f.rule) << ", \"page\": " << f.page
        << ", \"object\": " << json_string(f.object) << ", \"problem\": " << json_string(f.problem)
        << ", \"fix\": " << json_string(f.fix) << "}";
  }
  out << "\n  ],\n  \"omitted\": " << report.omitted << "\n}\n";
  return out.str();
}

}  // namespace persklaar
