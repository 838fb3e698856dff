#include "cli/preview_state.h"

#include <algorithm>
#include <cstdio>
#include <fstream>

#include "core/layout/frame.h"
#include "core/text/json_string.h"

namespace persklaar::cli {
namespace {

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", value);
  return text;
}

std::string fnv_of_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  unsigned long long hash = 14695981039346656037ULL;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    for (std::streamsize k = 0; k < in.gcount(); ++k)
      hash = (hash ^ static_cast<unsigned char>(buffer[k])) * 1099511628211ULL;
  }
  char text[20];
  std::snprintf(text, sizeof text, "%016llx", hash);
  return text;
}

// The file names a build wrote into the output folder: NAME.ext and NAME-print.pdf, not hidden ones.
std::vector<std::string> editions_in(const std::filesystem::path& folder, const std::string& base) {
  std::vector<std::string> names;
  std::error_code ignored;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ignored)) {
    const std::string name = entry.path().filename().string();
    if (!entry.is_regular_file() || name.rfind(base, 0) != 0 || name.size() <= base.size()) continue;
    if (name[base.size()] == '.' || name[base.size()] == '-') names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string outline_json(const LaidOutPublication& laid_out) {
  std::string json = "[";
  for (const OutlineEntry& entry : laid_out.outline) {
    if (json.size() > 1) json += ',';
    json += "{\"level\":" + std::to_string(entry.level) + ",\"title\":" + json_string(entry.title) +
            ",\"page\":" + std::to_string(entry.page) + "}";
  }
  return json + "]";
}

std::string geometry_json(const LayoutSpec& spec) {
  const PageGeometry& g = spec.page;
  return "{\"width\":" + number(g.width) + ",\"height\":" + number(g.height) + ",\"bleed\":" + number(g.bleed) +
         ",\"facing\":" + (g.facing ? "true" : "false") + "}";
}

}  // namespace

std::string PreviewState::version_of(const std::filesystem::path& file) {
  std::error_code error;
  const auto modified = std::filesystem::last_write_time(file, error);
  const auto known = versions_.find(file);
  if (known != versions_.end() && known->second.first == modified) return known->second.second;
  const std::string version = fnv_of_file(file);
  versions_[file] = {modified, version};
  return version;
}

void PreviewState::building() {
  const std::lock_guard lock(mutex_);
  current_.building = true;
  changed_.notify_all();
}

void PreviewState::record_good(const BuildPlan& plan) {
  const LaidOutPublication& laid_out = *plan.request.print_layout;
  const std::string base = plan.request.base_name;
  current_.output_folder = plan.request.output_directory;
  current_.pages_folder = plan.request.output_directory / (base + "-pages");
  current_.page_files.clear();
  std::string pages = "[";
  // The png edition's files, page-001.png…, in page order (it removes those of longer builds).
  std::error_code ignored;
  for (const auto& entry : std::filesystem::directory_iterator(current_.pages_folder, ignored)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("page-", 0) == 0 && entry.path().extension() == ".png") current_.page_files.push_back(name);
  }
  std::sort(current_.page_files.begin(), current_.page_files.end());
  int number = 0;
  for (const std::string& file : current_.page_files) {
    if (pages.size() > 1) pages += ',';
    pages += "{\"number\":" + std::to_string(++number) +
             ",\"image\":" + json_string("pages/" + version_of(current_.pages_folder / file) + "/" + file) + "}";
  }
  pages += "]";
  current_.editions = editions_in(current_.output_folder, base);
  current_.epub.clear();
  std::string editions = "[";
  for (const auto& name : current_.editions) {
    if (name == base + ".epub") current_.epub = name;
    if (editions.size() > 1) editions += ',';
    editions += json_string(name);
  }
  editions += "]";
  const std::string good = "\"title\":" + json_string(base) + ",\"geometry\":" + geometry_json(laid_out.spec) +
                           ",\"pages\":" + pages + ",\"contents\":" + outline_json(laid_out) +
                           ",\"editions\":" + editions + ",\"epub\":" + (current_.epub.empty() ? "false" : "true");
  if (good != last_good_) ++current_.pages_shown;
  last_good_ = good;
}

void PreviewState::compose() {
  current_.json = "{" + outcome_ + (last_good_.empty() ? "" : "," + last_good_) + "}";
}

PreviewNews PreviewState::news() const {
  return {current_.build, current_.building, current_.pages_shown};
}

void PreviewState::pages_written(const BuildPlan& plan) {
  const std::lock_guard lock(mutex_);
  if (!plan.request.print_layout) return;
  record_good(plan);
  compose();
  changed_.notify_all();
}

void PreviewState::built(const BuildPlan& plan, const BuildOutcome& outcome, const Diagnostics& diagnostics) {
  const std::lock_guard lock(mutex_);
  if (!outcome.error && plan.request.print_layout) record_good(plan);
  const DiagnosticReport report(plan.report);
  std::string list = "[";
  if (outcome.error) list += diagnostic_json(*outcome.error);
  for (const Diagnostic& failure : outcome.failures) {  // an edition that failed while the others were made
    if (list.size() > 1) list += ',';
    list += diagnostic_json(failure);
  }
  for (const Diagnostic& warning : report.visible_warnings(diagnostics)) {
    if (list.size() > 1) list += ',';
    list += diagnostic_json(warning);
  }
  list += "]";
  ++current_.build;
  current_.building = false;
  outcome_ = "\"build\":" + std::to_string(current_.build) + ",\"ok\":" + (outcome.error ? "false" : "true") +
             ",\"error\":" + (outcome.error ? json_string(outcome.error->to_string()) : "null") +
             ",\"diagnostics\":" + list;
  compose();
  changed_.notify_all();
}

PreviewSnapshot PreviewState::snapshot() const {
  const std::lock_guard lock(mutex_);
  return current_;
}

PreviewNews PreviewState::wait_for_news(const PreviewNews& seen, std::chrono::milliseconds limit) const {
  std::unique_lock lock(mutex_);
  changed_.wait_for(lock, limit, [&] { return news() != seen; });
  return news();
}

}  // namespace persklaar::cli
