// persklaar build MANUSCRIPT: every option value is checked first, then the manuscript is read and
// laid out once, then each edition is written; the warnings are printed together at the end.
#include <chrono>
#include <iostream>
#include <sstream>

#include "cli/build_plan.h"
#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/diagnostic_report.h"
#include "cli/edition_checks.h"
#include "cli/exit_codes.h"
#include "cli/layout_names.h"
#include "cli/leaving.h"
#include "cli/metadata_options.h"
#include "cli/output_target.h"
#include "cli/plugin_options.h"
#include "cli/stdin_manuscript.h"
#include "core/input/limits.h"
#include "core/input/resource_access.h"
#include "core/layout/layout_spec.h"
#include "core/pipeline/build_editions.h"
#include "core/pipeline/early_start.h"
#include "core/pipeline/load_publication.h"
#include "core/pipeline/paginate.h"
#include "core/pipeline/prepare_editions.h"

namespace persklaar::cli {
namespace {

std::vector<std::string> split_formats(const std::vector<std::string>& values) {
  std::vector<std::string> formats;
  for (const auto& value : values) {
    std::stringstream stream(value);
    std::string format;
    while (std::getline(stream, format, ',')) {
      if (!format.empty()) formats.push_back(format);
    }
  }
  return formats;
}

void check_wrap(const ParsedArguments& arguments, EditionRequest& request) {
  if (!arguments.has("wrap")) return;
  const int wrap = whole_number_option(arguments, "wrap", 0, 10000, 0);
  if (wrap > 0 && wrap < 20)
    throw UsageError("--wrap takes 0 (no wrapping) or a width of at least 20, not " + arguments.value("wrap"));
  request.options["wrap"] = std::to_string(wrap);
}

}  // namespace

void StageClock::done(const std::string& stage) {
  const auto now = std::chrono::steady_clock::now();
  note(stage, milliseconds_between(last_, now));
  last_ = now;
}

void StageClock::note(const std::string& stage, long milliseconds) const {
  if (verbose_) report_.stage_time(stage, milliseconds);
}

long StageClock::total() const {
  return milliseconds_between(started_, std::chrono::steady_clock::now());
}

long StageClock::milliseconds_between(std::chrono::steady_clock::time_point from,
                                      std::chrono::steady_clock::time_point to) {
  return static_cast<long>(std::chrono::duration_cast<std::chrono::milliseconds>(to - from).count());
}

BuildPlan plan_build(const ParsedArguments& arguments, const PluginHost& plugins, Diagnostics& diagnostics) {
  if (arguments.operands().empty()) {
    throw UsageError(
        "build needs a manuscript: a Markdown file, a folder with manuscript.yaml, or - for "
        "standard input\n  see 'persklaar build --help'");
  }
  if (arguments.has("quiet") && arguments.has("verbose"))
    throw UsageError("--quiet and --verbose contradict each other");
  BuildPlan plan;
  plan.manuscript = arguments.operands().front();
  plan.verbose = arguments.has("verbose");
  plan.fail_on_warnings = arguments.has("fail-on-warnings");
  plan.check = arguments.has("check");
  plan.report.quiet = arguments.has("quiet");
  plan.report.json = arguments.value("diagnostics", "text") == "json";
  plan.target = output_target(arguments.value("output", "out"), plugins.output_formats());
  plan.request.formats = formats_for_target(plan.target, split_formats(arguments.values("to")));
  try {
    plan.report.editions = resolve_formats(plan.request, plugins);
  } catch (const InputError& error) {
    throw UsageError(error.diagnostic().message + "\n  hint: " + error.diagnostic().hint);
  }
  if (arguments.has("layout")) plan.request.layout_file = resolve_layout(arguments.value("layout"));
  load_layout_or_default(plan.request.layout_file);  // checks it
  check_wrap(arguments, plan.request);
  if (arguments.has("ppi"))
    plan.request.options["ppi"] = std::to_string(whole_number_option(arguments, "ppi", 18, 1200, 144));
  for (const auto& folder : arguments.values("allow-outside")) allow_folder_outside(folder);
  if (arguments.has("braille-preview")) plan.request.options["braille-preview"] = "true";
  if (arguments.has("marks")) plan.request.options["marks"] = "true";
  for (const auto& setting : arguments.values("limit")) {
    if (auto problem = set_input_limit(input_limits(), setting))
      throw UsageError("--limit " + setting + ": " + *problem);
  }
  plan.overrides = metadata_overrides(arguments, diagnostics);
  return plan;
}

namespace {

// Reads and lays out the manuscript, then writes each edition where the target says.
int build(BuildPlan& plan, const PluginHost& plugins, Diagnostics& diagnostics, StageClock& clock,
          BuildOutcome& outcome) {
  std::optional<StagingFolder> stdin_folder;
  std::filesystem::path manuscript_path = plan.manuscript;
  if (plan.manuscript == "-") {
    stdin_folder.emplace(std::filesystem::temp_directory_path());
    manuscript_path = save_stdin_manuscript(stdin_folder->path());
    plan.report.file_names[manuscript_path.string()] = kStdinName;
  }
  const DiagnosticReport report(plan.report);
  Manuscript manuscript = locate_manuscript(manuscript_path, diagnostics);
  if (stdin_folder) manuscript.name = "manuscript";
  manuscript.overrides = plan.overrides;
  Publication publication = load_publication(manuscript, plugins, diagnostics);
  clock.done("read the manuscript");
  EditionPreparation preparation(publication, plan.request, plugins);  // meanwhile, on another core
  paginate_for_editions(publication, plan.request, diagnostics);       // every edition carries the print pages
  clock.done("lay out the print edition");

  std::optional<StagingFolder> staging;
  if (plan.target.kind == OutputTarget::Kind::folder) {
    plan.request.output_directory = plan.target.path;
  } else {
    const auto folder = plan.target.kind == OutputTarget::Kind::file
                            ? (plan.target.path.has_parent_path() ? plan.target.path.parent_path() : ".")
                            : std::filesystem::temp_directory_path();
    staging.emplace(folder);
    plan.request.output_directory = staging->path();
  }
  plan.request.base_name = manuscript.name;
  int status = kOk;
  std::vector<WrittenEdition> written;
  EditionRequest request = plan.request;
  request.preparation = &preparation;  // each edition waits for its own plugin's preparation only
  const std::vector<EditionResult> results = build_editions(publication, request, plugins, diagnostics);
  for (const EditionResult& result : results) clock.note(result.format + " edition", result.milliseconds);
  clock.done("write the editions, at the same time");
  for (const EditionResult& result : results) {
    if (!result.error.empty()) {
      report.print_error(result.failure);
      outcome.failed.push_back(result.format);
      outcome.failures.push_back(result.failure);
      status = kInputError;
      continue;
    }
    outcome.made.push_back(result.format);
    if (staging) deliver(plan.target, result.files);
    if (plan.target.kind == OutputTarget::Kind::file) {
      report.progress("wrote " + plan.target.path.string());
      written.push_back({result.format, {plan.target.path}});
    }
    if (plan.target.kind == OutputTarget::Kind::folder) {
      for (const auto& file : result.files) report.progress("wrote " + file.string());
      written.push_back({result.format, result.files});
    }
  }
  if (plan.check) {
    for (const EditionCheckLine& line : check_editions(written)) {
      report.check_result(line.text, line.failed);
      if (line.failed) status = kInputError;
    }
    clock.done("check the editions");
  }
  return status;
}

}  // namespace

BuildOutcome build_and_report(BuildPlan& plan, const PluginHost& plugins, Diagnostics& diagnostics, StageClock& clock) {
  clock.show_with(DiagnosticReport(plan.report));
  BuildOutcome outcome;
  try {
    outcome.exit_code = build(plan, plugins, diagnostics, clock, outcome);
  } catch (const InputError& failure) {
    outcome.error = failure.diagnostic();
    outcome.exit_code = kInputError;
  }
  const DiagnosticReport report(plan.report);  // with the file names build() learnt (stdin)
  const std::size_t warnings = report.print_warnings(diagnostics);
  if (outcome.error) report.print_error(*outcome.error);
  int& status = outcome.exit_code;
  std::string summary = (status == kOk ? "done in " : "stopped after ") + std::to_string(clock.total()) + " ms";
  if (status == kOk && plan.fail_on_warnings && warnings > 0) status = kInputError;
  if (warnings > 0) summary += ", " + std::to_string(warnings) + (warnings == 1 ? " warning" : " warnings");
  if (plan.fail_on_warnings && warnings > 0) summary += " (--fail-on-warnings: exit status 1)";
  outcome.warnings = warnings;
  outcome.milliseconds = clock.total();
  report.finish(summary, outcome);
  return outcome;
}

namespace {

int build_as_planned(const ParsedArguments& arguments) {
  StageClock clock(arguments.has("verbose"));
  // Before the plugins: the hyphenation patterns load on the other core while they do.
  const EarlyStart early(arguments.operands().empty() ? std::string() : arguments.operands().front());
  Diagnostics diagnostics;
  PluginHost plugins;
  discover_plugins(plugins, arguments);
  warn_about_plugins(plugins, diagnostics);
  BuildPlan plan = plan_build(arguments, plugins, diagnostics);
  const DiagnosticReport report(plan.report);
  clock.show_with(report);
  clock.done("check the command line and load the plugins");
  const int status = build_and_report(plan, plugins, diagnostics, clock).exit_code;
  keep_until_exit(std::move(plan.request.print_layout));  // the program leaves next (leaving.h)
  return status;
}

// With --diagnostics json, nothing reaches standard error but JSON lines: a usage error, a
// layout that cannot be read or an internal fault found before the build are JSON too.
int run_build(const ParsedArguments& arguments) {
  if (arguments.value("diagnostics", "text") != "json") return build_as_planned(arguments);
  try {
    return build_as_planned(arguments);
  } catch (const UsageError& error) {
    print_json_failure(error.what(), "", kUsageError);
    return kUsageError;
  } catch (const InputError& error) {
    std::cerr << diagnostic_json(error.diagnostic()) << '\n';
    BuildOutcome outcome;
    outcome.exit_code = kInputError;
    DiagnosticReport(ReportSettings{false, true, {}, {}}).finish("", outcome);
    return kInputError;
  } catch (const std::exception& error) {
    print_json_failure(std::string("internal error: ") + error.what(), "please report this with the manuscript",
                       kInternalError);
    return kInternalError;
  }
}

}  // namespace

CommandSpec build_command() {
  return {
      "build",
      "MANUSCRIPT",
      Completion::file,
      1,
      "make the editions of a manuscript",
      "Makes the editions of MANUSCRIPT: a Markdown file, a folder with manuscript.yaml (or that "
      "manuscript.yaml itself), or - to read Markdown from standard input. Every option is checked before "
      "anything is read or written. Errors and warnings go to standard error, warnings all together at the "
      "end, sorted by file and line, with the print page where the layout is concerned.",
      {"output", "to", "layout", "metadata", "metadata-file", "wrap", "ppi", "marks", "braille-preview", "check",
       "limit", "allow-outside", "quiet", "verbose", "fail-on-warnings", "diagnostics", "plugin-path", "prefer-plugin",
       "help"},
      {
          {"persklaar build magazine", "every edition of the manuscript folder 'magazine', into out/"},
          {"persklaar build magazine -o magazine.pdf", "only the screen PDF, written to magazine.pdf"},
          {"persklaar build magazine -t txt -o - | less", "the text edition, on standard output"},
          {"persklaar build magazine -t png --ppi 72", "every page as an image, out/magazine-pages/page-001.png…"},
          {"persklaar build magazine --layout pocket-a5 -o pocket/", "every edition in the A5 layout, into pocket/"},
          {"cat notes.md | persklaar build - -o notes.epub -M title=Notes", "an e-book from standard input"},
          {"persklaar build magazine --fail-on-warnings --diagnostics json",
           "for CI: JSON lines, exit 1 on any warning"},
      },
      run_build};
}

}  // namespace persklaar::cli
