#include "cli/diagnostic_report.h"

#include <algorithm>
#include <cstdio>
#include <iostream>

#include "core/text/json_string.h"

namespace persklaar::cli {
namespace {

std::string json_number_or_null(int number) {
  return number > 0 ? std::to_string(number) : "null";
}

std::string json_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (const auto& item : items) out += (out.size() > 1 ? "," : "") + json_string(item);
  return out + "]";
}

std::string result_json(const std::string& result, const BuildOutcome& outcome) {
  return "{\"result\":" + json_string(result) + ",\"exit_code\":" + std::to_string(outcome.exit_code) +
         ",\"made\":" + json_list(outcome.made) + ",\"failed\":" + json_list(outcome.failed) +
         ",\"warnings\":" + std::to_string(outcome.warnings) +
         ",\"milliseconds\":" + std::to_string(outcome.milliseconds) + "}";
}

bool before(const Diagnostic& a, const Diagnostic& b) {
  const std::string& file_a = a.where.file_name();
  const std::string& file_b = b.where.file_name();
  if (file_a != file_b) return file_a < file_b;
  if (a.where.line != b.where.line) return a.where.line < b.where.line;
  if (a.where.column != b.where.column) return a.where.column < b.where.column;
  return a.page < b.page;
}

}  // namespace

std::string diagnostic_json(const Diagnostic& diagnostic) {
  const std::string& file = diagnostic.where.file_name();
  return std::string("{\"severity\":") + (diagnostic.severity == Severity::error ? "\"error\"" : "\"warning\"") +
         ",\"file\":" + (file.empty() ? "null" : json_string(file)) +
         ",\"line\":" + json_number_or_null(diagnostic.where.line) +
         ",\"column\":" + json_number_or_null(diagnostic.where.column) +
         ",\"page\":" + json_number_or_null(diagnostic.page) +
         ",\"edition\":" + (diagnostic.edition.empty() ? "null" : json_string(diagnostic.edition)) +
         ",\"message\":" + json_string(diagnostic.message) +
         ",\"hint\":" + (diagnostic.hint.empty() ? "null" : json_string(diagnostic.hint)) + "}";
}

std::vector<Diagnostic> DiagnosticReport::visible_warnings(const Diagnostics& diagnostics) const {
  std::vector<Diagnostic> shown;
  for (const Diagnostic& diagnostic : diagnostics.all()) {
    if (diagnostic.severity != Severity::warning) continue;
    const auto& editions = settings_.editions;
    if (!diagnostic.edition.empty() &&
        std::find(editions.begin(), editions.end(), diagnostic.edition) == editions.end()) {
      continue;  // it concerns an edition not being made
    }
    shown.push_back(diagnostic);
  }
  std::stable_sort(shown.begin(), shown.end(), before);
  return shown;
}

std::size_t DiagnosticReport::print_warnings(const Diagnostics& diagnostics) const {
  const std::vector<Diagnostic> shown = visible_warnings(diagnostics);
  if (!settings_.quiet) {
    for (const Diagnostic& diagnostic : shown) print(diagnostic);
  }
  return shown.size();
}

void DiagnosticReport::print_error(Diagnostic error) const {
  print(std::move(error));
}

void DiagnosticReport::progress(const std::string& line) const {
  if (!settings_.quiet && !settings_.json) std::cerr << "persklaar: " << line << '\n';
}

void DiagnosticReport::check_result(const std::string& line, bool failed) const {
  if (settings_.json) {
    std::cerr << "{\"check\":" << json_string(line) << ",\"failed\":" << (failed ? "true" : "false") << "}\n";
  } else {
    std::cerr << "persklaar: check " << line << '\n';
  }
}

void DiagnosticReport::stage_time(const std::string& stage, long milliseconds) const {
  if (settings_.json) {
    std::cerr << "{\"stage\":" << json_string(stage) << ",\"milliseconds\":" << milliseconds << "}\n";
  } else {
    std::cerr << "persklaar: " << stage << ": " << milliseconds << " ms\n";
  }
}

void DiagnosticReport::finish(const std::string& summary, const BuildOutcome& outcome) const {
  if (settings_.json) {
    std::cerr << result_json(outcome.exit_code == 0 ? "done" : "failed", outcome) << '\n';
  } else {
    progress(summary);
  }
}

bool asks_for_json_diagnostics(const std::vector<std::string>& arguments) {
  for (std::size_t k = 0; k < arguments.size(); ++k) {
    if (arguments[k] == "--diagnostics=json") return true;
    if (arguments[k] == "--diagnostics" && k + 1 < arguments.size() && arguments[k + 1] == "json") return true;
  }
  return false;
}

void print_json_failure(const std::string& message, const std::string& hint, int exit_code) {
  Diagnostic error;
  error.message = message;
  error.hint = hint;
  // A usage error's text carries its hint on a line of its own: the JSON keeps them apart.
  for (const char* marker : {"\n  hint: ", "\n  "}) {
    if (const auto at = error.message.find(marker); at != std::string::npos && error.hint.empty()) {
      error.hint = error.message.substr(at + std::string(marker).size());
      error.message.erase(at);
    }
  }
  BuildOutcome outcome;
  outcome.exit_code = exit_code;
  std::cerr << diagnostic_json(error) << '\n' << result_json("failed", outcome) << '\n';
}

void DiagnosticReport::print(Diagnostic diagnostic) const {
  if (const auto renamed = settings_.file_names.find(diagnostic.where.file_name());
      renamed != settings_.file_names.end()) {
    diagnostic.where = position_in(renamed->second, diagnostic.where.line, diagnostic.where.column);
  }
  std::cerr << (settings_.json ? diagnostic_json(diagnostic) : diagnostic.to_string()) << '\n';
}

}  // namespace persklaar::cli
