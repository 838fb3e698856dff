#pragma once
// How a build's errors and warnings reach the user: collected while the build runs, then printed
// together on standard error, sorted by file and line, as text or as JSON lines (--diagnostics
// json), without those of editions not being made, or not at all with --quiet.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics/diagnostic.h"

namespace persklaar::cli {

// How a build ended, for the last line of --diagnostics json (and watch and preview).
struct BuildOutcome {
  int exit_code = 0;                      // exit_codes.h
  std::optional<Diagnostic> error;        // what stopped the build, if anything did
  std::vector<std::string> made, failed;  // editions by format
  std::vector<Diagnostic> failures;       // why each failed edition failed, in the order of `failed`
  std::size_t warnings = 0;
  long milliseconds = 0;
};

struct ReportSettings {
  bool quiet = false;                             // errors only
  bool json = false;                              // one JSON object per line instead of text
  std::vector<std::string> editions;              // the formats being made; warnings for others are not shown
  std::map<std::string, std::string> file_names;  // a file as the user should see it ("-" for stdin)
};

class DiagnosticReport {
 public:
  explicit DiagnosticReport(ReportSettings settings) : settings_(std::move(settings)) {}

  // The warnings the user should see: for the editions made, in order of file and line.
  std::vector<Diagnostic> visible_warnings(const Diagnostics& diagnostics) const;
  // Prints those warnings (nothing with --quiet) and returns how many there were.
  std::size_t print_warnings(const Diagnostics& diagnostics) const;
  // Prints an error (errors are shown even with --quiet).
  void print_error(Diagnostic error) const;

  // A line of progress ("wrote out/magazine.pdf"), shown unless --quiet or --diagnostics json.
  void progress(const std::string& line) const;
  // The summary line of one edition's check (--check): text even with --quiet, or
  // {"check":…,"failed":…}.
  void check_result(const std::string& line, bool failed) const;
  // How long a stage took, for --verbose: a line of text, or {"stage":…,"milliseconds":…}.
  void stage_time(const std::string& stage, long milliseconds) const;
  // The end of a build: the summary line of text ("done in 80 ms, 2 warnings"), or with --diagnostics
  // json the last JSON line, {"result":"done"|"failed",…} with the exit code and the editions.
  void finish(const std::string& summary, const BuildOutcome& outcome) const;

 private:
  void print(Diagnostic diagnostic) const;

  ReportSettings settings_;
};

// One diagnostic as a JSON object on one line (the fields of --diagnostics json).
std::string diagnostic_json(const Diagnostic& diagnostic);

// Whether a command line asks for --diagnostics json, read from the words themselves: for the
// errors found while the command line is parsed, so that even those come as JSON.
bool asks_for_json_diagnostics(const std::vector<std::string>& arguments);
// A failure that ends the command before any build (a usage error, exit code 2; an internal error,
// 3) as JSON lines: the error, then the result line.
void print_json_failure(const std::string& message, const std::string& hint, int exit_code);

}  // namespace persklaar::cli
