#pragma once
// How a build's errors and warnings reach the user: collected while the build runs, then printed
// together on standard error, sorted by file and line, as text or as JSON lines (--diagnostics
// json), without those of editions not being made, or not at all with --quiet.
#include <map>
#include <string>
#include <vector>

#include "core/diagnostics/diagnostic.h"

namespace persklaar::cli {

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

 private:
  void print(Diagnostic diagnostic) const;

  ReportSettings settings_;
};

// One diagnostic as a JSON object on one line (the fields of --diagnostics json).
std::string diagnostic_json(const Diagnostic& diagnostic);

}  // namespace persklaar::cli
