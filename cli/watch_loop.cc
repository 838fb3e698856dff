#include "cli/watch_loop.h"

#include <iostream>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/file_watcher.h"
#include "cli/plugin_options.h"
#include "core/memo/remembered.h"

namespace persklaar::cli {
namespace {

// The plan of one build, made again each time (the metadata file or the layout may have changed).
// A broken layout is this build's error, not the end of the watching.
std::optional<BuildPlan> plan_once(const ParsedArguments& arguments, const PluginHost& plugins, const WatchHooks& hooks,
                                   Diagnostics& diagnostics) {
  Diagnostic failure;
  try {
    BuildPlan plan = plan_build(arguments, plugins, diagnostics);
    if (hooks.adjust) hooks.adjust(plan);
    return plan;
  } catch (const InputError& error) {
    std::cerr << error.diagnostic().to_string() << '\n';
    failure = error.diagnostic();
  } catch (const UsageError& error) {  // -o names a folder that has gone, say
    std::cerr << "persklaar: " << error.what() << '\n';
    failure.message = error.what();
  }
  if (hooks.built) {
    BuildPlan failed;
    failed.manuscript = arguments.operands().front();
    BuildOutcome outcome;
    outcome.exit_code = kInputError;
    outcome.error = failure;
    hooks.built(failed, outcome, diagnostics);
  }
  return std::nullopt;
}

void build_once(const ParsedArguments& arguments, const PluginHost& plugins, const WatchHooks& hooks) {
  StageClock clock(arguments.has("verbose"));
  Diagnostics diagnostics;
  warn_about_plugins(plugins, diagnostics);
  std::optional<BuildPlan> plan = plan_once(arguments, plugins, hooks, diagnostics);
  if (!plan) return;
  if (hooks.edition_written) {
    plan->request.edition_done = [&hooks, &plan](const EditionResult& result) { hooks.edition_written(*plan, result); };
  }
  const BuildOutcome outcome = build_and_report(*plan, plugins, diagnostics, clock);
  if (hooks.built) hooks.built(*plan, outcome, diagnostics);
}

// Everything a build reads that may change: the manuscript's folder (or the single file's), the
// layout file, the metadata file and the folders --allow-outside opens.
void watch_inputs(FileWatcher& watcher, const BuildPlan& plan, const ParsedArguments& arguments) {
  if (plan.target.kind == OutputTarget::Kind::folder) watcher.ignore(plan.target.path);
  const std::filesystem::path manuscript = std::filesystem::absolute(plan.manuscript);
  const bool folder = std::filesystem::is_directory(manuscript);
  watcher.watch_folder(folder ? manuscript : manuscript.parent_path(), true);
  if (!plan.request.layout_file.empty()) watcher.watch_file(plan.request.layout_file);
  for (const auto& file : arguments.values("metadata-file")) watcher.watch_file(file);
  for (const auto& other : arguments.values("allow-outside")) watcher.watch_folder(other, true);
}

// The changed files that are still there (an editor's or sed's temporary renamed away is not news),
// or all of them when every one was removed.
std::string names_of(const std::vector<std::filesystem::path>& files) {
  std::string present, all;
  for (const auto& file : files) {
    all += (all.empty() ? "" : ", ") + file.filename().string();
    if (std::filesystem::exists(file)) present += (present.empty() ? "" : ", ") + file.filename().string();
  }
  return present.empty() ? all : present;
}

}  // namespace

int watch_and_rebuild(const ParsedArguments& arguments, const WatchHooks& hooks) {
  if (!arguments.operands().empty() && arguments.operands().front() == "-") {
    throw UsageError("a manuscript on standard input cannot be watched: name its file or folder");
  }
  remember_across_builds();  // a one-word change leaves the other paragraphs and most pages as they were
  PluginHost plugins;        // one for the whole session: the modules, and what they keep, stay loaded
  discover_plugins(plugins, arguments);
  Diagnostics checking;
  const BuildPlan first = plan_build(arguments, plugins, checking);  // a wrong command line ends here
  FileWatcher watcher;
  watch_inputs(watcher, first, arguments);
  if (hooks.started) hooks.started(first);
  build_once(arguments, plugins, hooks);
  for (;;) {
    std::cerr << "persklaar: watching " << first.manuscript << " for changes (Ctrl-C stops)" << std::endl;
    const auto changed = watcher.wait_for_change();
    std::cerr << "persklaar: " << names_of(changed) << " changed; building again" << std::endl;
    if (hooks.rebuilding) hooks.rebuilding(changed);
    build_once(arguments, plugins, hooks);
  }
}

}  // namespace persklaar::cli
