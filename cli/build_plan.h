#pragma once
// The steps of `persklaar build`, shared with the commands that build again and again in one process
// (watch, preview): the plan checked from the command line, and one build with its report.
#include <chrono>
#include <string>

#include "cli/command_line.h"
#include "cli/diagnostic_report.h"
#include "cli/output_target.h"
#include "core/pipeline/build_editions.h"

namespace persklaar::cli {

// --verbose: how long each stage took, shown by the report (as text or JSON lines).
class StageClock {
 public:
  explicit StageClock(bool verbose) : verbose_(verbose) {}
  // The report that shows the stages from now on (until then, text).
  void show_with(DiagnosticReport report) { report_ = std::move(report); }
  void done(const std::string& stage);
  // A stage timed elsewhere (an edition, on its own thread).
  void note(const std::string& stage, long milliseconds) const;
  long total() const;

 private:
  static long milliseconds_between(std::chrono::steady_clock::time_point from,
                                   std::chrono::steady_clock::time_point to);
  bool verbose_;
  DiagnosticReport report_{ReportSettings{}};
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now(), last_ = started_;
};

// Everything the command line asks for, checked before the manuscript is read or anything written.
struct BuildPlan {
  std::string manuscript;
  OutputTarget target;
  EditionRequest request;
  Metadata overrides;
  ReportSettings report;
  bool verbose = false;
  bool fail_on_warnings = false;
  bool check = false;  // --check: check each edition once written (edition_checks.h)
};

// Checks the build options; throws UsageError for a wrong one.
BuildPlan plan_build(const ParsedArguments& arguments, const PluginHost& plugins, Diagnostics& diagnostics);

// Builds as `plan` says (afterwards `plan.request.print_layout` holds the print layout, when one was
// made), then prints the errors of failed editions, the warnings, the error that stopped the build and
// a summary line (with --diagnostics json, the result line). `diagnostics` keeps what was found.
BuildOutcome build_and_report(BuildPlan& plan, const PluginHost& plugins, Diagnostics& diagnostics, StageClock& clock);

}  // namespace persklaar::cli
