#include "cli/file_watcher.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace persklaar::cli {
namespace {

constexpr std::uint32_t kChanges = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_CREATE;

// Files editors make beside the one being edited: hidden ones (.file.swp, our own temporaries),
// backups (file~), swap files and vim's probe file "4913".
bool is_editor_litter(const std::string& name) {
  auto ends_with = [&](const char* tail) {
    const std::size_t size = std::strlen(tail);
    return name.size() >= size && name.compare(name.size() - size, size, tail) == 0;
  };
  return name.empty() || name[0] == '.' || name[0] == '#' || ends_with("~") || ends_with(".swp") || ends_with(".swx") ||
         name == "4913";
}

bool lies_in(const std::filesystem::path& path, const std::filesystem::path& folder) {
  const auto relative = path.lexically_relative(folder);
  return !relative.empty() && *relative.begin() != "..";
}

}  // namespace

FileWatcher::FileWatcher() : descriptor_(inotify_init1(IN_CLOEXEC | IN_NONBLOCK)) {
  if (descriptor_ < 0) throw std::runtime_error(std::string("cannot watch files: ") + std::strerror(errno));
}

FileWatcher::~FileWatcher() {
  ::close(descriptor_);
}

void FileWatcher::ignore(const std::filesystem::path& folder) {
  ignored_.push_back(std::filesystem::weakly_canonical(folder));
}

void FileWatcher::add(const std::filesystem::path& folder, Watch watch) {
  const int id = inotify_add_watch(descriptor_, folder.c_str(), kChanges | IN_ONLYDIR);
  if (id < 0) throw std::runtime_error("cannot watch " + folder.string() + ": " + std::strerror(errno));
  for (auto& [known, existing] : watches_) {
    if (known == id) {  // the same folder again: report the union of what both asked for
      if (existing.only.empty() || watch.only.empty()) {
        existing.only.clear();
      } else {
        existing.only.insert(watch.only.begin(), watch.only.end());
      }
      existing.recursive = existing.recursive || watch.recursive;
      return;
    }
  }
  watches_.emplace_back(id, std::move(watch));
}

void FileWatcher::watch_folder(const std::filesystem::path& folder, bool recursive) {
  const auto canonical = std::filesystem::weakly_canonical(folder);
  for (const auto& skip : ignored_) {
    if (canonical == skip || lies_in(canonical, skip)) return;
  }
  add(canonical, {canonical, recursive, {}});
  if (!recursive) return;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(canonical, error)) {
    if (entry.is_directory() && !entry.is_symlink() && !is_editor_litter(entry.path().filename().string())) {
      watch_folder(entry.path(), true);
    }
  }
}

void FileWatcher::watch_file(const std::filesystem::path& file) {
  const auto canonical = std::filesystem::weakly_canonical(file);
  add(canonical.parent_path(), {canonical.parent_path(), false, {canonical.filename().string()}});
}

bool FileWatcher::read_events(int timeout_ms, std::vector<std::filesystem::path>& changed) {
  pollfd waiting{descriptor_, POLLIN, 0};
  const int ready = ::poll(&waiting, 1, timeout_ms);
  if (ready <= 0) return false;
  alignas(inotify_event) char buffer[16 * 1024];
  bool any = false;
  for (;;) {
    const ssize_t length = ::read(descriptor_, buffer, sizeof buffer);
    if (length <= 0) break;
    for (char* at = buffer; at < buffer + length;) {
      const auto* event = reinterpret_cast<const inotify_event*>(at);
      at += sizeof(inotify_event) + event->len;
      const std::string name = event->len > 0 ? event->name : "";
      const auto watch =
          std::find_if(watches_.begin(), watches_.end(), [&](const auto& w) { return w.first == event->wd; });
      if (watch == watches_.end() || is_editor_litter(name)) continue;
      const Watch& where = watch->second;
      if (!where.only.empty() && !where.only.count(name)) continue;
      const std::filesystem::path path = where.folder / name;
      if (std::any_of(ignored_.begin(), ignored_.end(),
                      [&](const auto& skip) { return path == skip || lies_in(path, skip); })) {
        continue;
      }
      if ((event->mask & IN_ISDIR) && (event->mask & (IN_CREATE | IN_MOVED_TO)) && where.recursive) {
        watch_folder(path, true);  // a new folder of chapters or images
      }
      changed.push_back(path);
      any = true;
    }
  }
  return any;
}

std::vector<std::filesystem::path> FileWatcher::wait_for_change(std::chrono::milliseconds quiet,
                                                                std::chrono::milliseconds longest) {
  std::vector<std::filesystem::path> changed;
  while (!read_events(-1, changed)) {
  }
  const auto deadline = std::chrono::steady_clock::now() + longest;
  while (std::chrono::steady_clock::now() < deadline && read_events(static_cast<int>(quiet.count()), changed)) {
  }
  std::sort(changed.begin(), changed.end());
  changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
  return changed;
}

}  // namespace persklaar::cli
