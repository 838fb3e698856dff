#pragma once
// What the preview page shows of the last build, as the server hands it out: the page images (each
// with a version that changes only when its content does, so the browser reloads only changed
// pages), the contents, the diagnostics, the editions written and the page geometry. Made by the
// watching thread after every build, read by the server's threads.
#include <condition_variable>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "cli/build_plan.h"

namespace persklaar::cli {

struct PreviewSnapshot {
  int build = 0;  // counts the builds; 0 before the first one ended
  bool building = false;
  std::string json;  // the state as the page reads it (/state.json)
  std::filesystem::path pages_folder;
  std::filesystem::path output_folder;
  std::vector<std::string> page_files;  // page-001.png, … of the last good build
  std::vector<std::string> editions;    // file names in output_folder the server may hand out
  std::string epub;                     // the EPUB's file name, when one was made
};

class PreviewState {
 public:
  void building();
  // Records a finished build. A failed one keeps the pages, contents and editions of the last good
  // build, with its error and diagnostics.
  void built(const BuildPlan& plan, const BuildOutcome& outcome, const Diagnostics& diagnostics);

  PreviewSnapshot snapshot() const;
  // Blocks until a build later than `seen` has ended or started, or `limit` passed; returns the
  // latest build number and whether one is running.
  std::pair<int, bool> wait_for_news(int seen, bool was_building, std::chrono::milliseconds limit) const;

 private:
  std::string version_of(const std::filesystem::path& file);  // a hash of its bytes, remembered by mtime

  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  PreviewSnapshot current_;
  std::string last_good_;  // the JSON of the pages, contents and editions of the last good build
  std::map<std::filesystem::path, std::pair<std::filesystem::file_time_type, std::string>> versions_;
};

}  // namespace persklaar::cli
