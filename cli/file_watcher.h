#pragma once
// Waiting for a manuscript to change, with inotify. Folders are watched rather than files, because
// editors save by writing a new file and renaming it over the old one. A burst of saves (an editor
// writing a backup, the file and its swap file; "save all") comes back as one change.
#include <chrono>
#include <filesystem>
#include <set>
#include <vector>

namespace persklaar::cli {

class FileWatcher {
 public:
  FileWatcher();  // throws std::runtime_error when inotify is not available
  ~FileWatcher();
  FileWatcher(const FileWatcher&) = delete;
  FileWatcher& operator=(const FileWatcher&) = delete;

  // Watches `folder`, and with `recursive` every folder below it (and those made later), except
  // hidden folders and those in `ignored` (the output folder, when it lies inside the manuscript's).
  void watch_folder(const std::filesystem::path& folder, bool recursive);
  // Watches one file, through its folder: changes to the folder's other files are not reported.
  void watch_file(const std::filesystem::path& file);
  void ignore(const std::filesystem::path& folder);

  // Blocks until a watched file is written, made, moved or removed, then collects further changes
  // until `quiet` passes without one (at most `longest` in all). Editors' hidden, backup and swap
  // files are not changes. Returns the changed files. A file counts as changed when it is closed after
  // writing or moved into place, so a save is whole when it is reported: the quiet time only gathers
  // the files of one "save all", which an editor writes within a millisecond or two of each other.
  // It is waited for after every save, so it is kept short (30 ms was a fifth of rebuilding the sample).
  std::vector<std::filesystem::path> wait_for_change(std::chrono::milliseconds quiet = std::chrono::milliseconds(10),
                                                     std::chrono::milliseconds longest = std::chrono::seconds(2));

 private:
  struct Watch {
    std::filesystem::path folder;
    bool recursive = false;
    std::set<std::string> only;  // file names to report; empty: every file
  };
  void add(const std::filesystem::path& folder, Watch watch);
  // Reads the events waiting (up to `timeout`); appends the changed files. False when none came.
  bool read_events(int timeout_ms, std::vector<std::filesystem::path>& changed);

  int descriptor_ = -1;
  std::vector<std::pair<int, Watch>> watches_;
  std::vector<std::filesystem::path> ignored_;
};

}  // namespace persklaar::cli
