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
  int pages_shown = 0;  // counts the times the page images changed, during a build or at its end
  std::string json;     // the state as the page reads it (/state.json)
  std::filesystem::path pages_folder;
  std::filesystem::path output_folder;
  std::vector<std::string> page_files;  // page-001.png, … of the last good build
  std::vector<std::string> editions;    // file names in output_folder the server may hand out
  std::string epub;                     // the EPUB's file name, when one was made
};

// What the page hears of: a build started or ended, or new page images to show.
struct PreviewNews {
  int build = -1;
  bool building = false;
  int pages_shown = 0;
  bool operator==(const PreviewNews&) const = default;
};

class PreviewState {
 public:
  void building();
  // Records the page images of the build running now, written before its other editions: the page
  // shows them at once, with the last build's diagnostics until this one ends.
  void pages_written(const BuildPlan& plan);
  // Records a finished build. A failed one keeps the pages, contents and editions of the last good
  // build, with its error and diagnostics.
  void built(const BuildPlan& plan, const BuildOutcome& outcome, const Diagnostics& diagnostics);

  PreviewSnapshot snapshot() const;
  // Blocks until there is news other than `seen` (a build started or ended, new page images), or
  // `limit` passed; returns the latest.
  PreviewNews wait_for_news(const PreviewNews& seen, std::chrono::milliseconds limit) const;

 private:
  std::string version_of(const std::filesystem::path& file);  // a hash of its bytes, remembered by mtime
  // The pages, contents and editions of a good build (or of the one running) into last_good_.
  void record_good(const BuildPlan& plan);
  void compose();  // current_.json from the last build's outcome and last_good_
  PreviewNews news() const;

  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  PreviewSnapshot current_;
  std::string outcome_;    // the JSON of the last build's number, error and diagnostics
  std::string last_good_;  // the JSON of the pages, contents and editions of the last good build
  std::map<std::filesystem::path, std::pair<std::filesystem::file_time_type, std::string>> versions_;
};

}  // namespace persklaar::cli
