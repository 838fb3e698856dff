#include "core/output/interrupt.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <mutex>
#include <set>
#include <string>
#include <thread>

namespace persklaar {
namespace {

std::mutex& live_mutex() {
  static std::mutex mutex;
  return mutex;
}

std::set<std::filesystem::path>& live() {
  static std::set<std::filesystem::path> files;
  return files;
}

// The file (or a private folder, with everything in it) and whatever a library made from its name
// plus a suffix (libzip's "NAME.XXXXXX").
void remove_with_companions(const std::filesystem::path& file) {
  std::error_code ignored;
  // Another thread may be adding a file to a private folder while it is removed; try again then.
  for (int attempt = 0; attempt < 3 && std::filesystem::exists(file, ignored); ++attempt) {
    std::filesystem::remove_all(file, ignored);
  }
  const std::string prefix = file.filename().string() + ".";
  for (const auto& entry : std::filesystem::directory_iterator(file.parent_path(), ignored)) {
    if (entry.path().filename().string().rfind(prefix, 0) == 0) std::filesystem::remove(entry.path(), ignored);
  }
}

// The process id in an AtomicFile temporary's name (".NAME.tmp-PID-N"), or 0.
pid_t writer_of(const std::string& name) {
  const std::size_t marker = name.rfind(".tmp-");
  if (name.empty() || name[0] != '.' || marker == std::string::npos) return 0;
  try {
    std::size_t used = 0;
    const long pid = std::stol(name.substr(marker + 5), &used);
    return name.compare(marker + 5 + used, 1, "-") == 0 ? static_cast<pid_t>(pid) : 0;
  } catch (const std::exception&) {
    return 0;
  }
}

}  // namespace

void register_temporary(const std::filesystem::path& file) {
  const std::lock_guard<std::mutex> lock(live_mutex());
  live().insert(file);
}

std::filesystem::path make_registered_temporary(const std::function<std::filesystem::path()>& make) {
  const std::lock_guard<std::mutex> lock(live_mutex());
  std::filesystem::path made = make();
  live().insert(made);
  return made;
}

void unregister_temporary(const std::filesystem::path& file) {
  const std::lock_guard<std::mutex> lock(live_mutex());
  live().erase(file);
}

void remove_registered_temporaries() {
  const std::lock_guard<std::mutex> lock(live_mutex());
  for (const auto& file : live()) remove_with_companions(file);
  live().clear();
}

void remove_temporaries_on_interrupt() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::thread([signals] {
    int signal = 0;
    while (sigwait(&signals, &signal) != 0) {
    }
    {
      const std::lock_guard<std::mutex> lock(live_mutex());
      for (const auto& file : live()) remove_with_companions(file);
    }
    std::fprintf(stderr, "persklaar: %s; the editions being written were removed, earlier ones kept\n",
                 signal == SIGINT ? "interrupted" : "terminated");
    std::_Exit(128 + signal);  // no destructors: the other thread may still be writing
  }).detach();
}

void remove_stale_temporaries(const std::filesystem::path& folder) {
  std::error_code ignored;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ignored)) {
    const pid_t pid = writer_of(entry.path().filename().string());
    if (pid > 0 && pid != ::getpid() && ::kill(pid, 0) != 0 && errno == ESRCH) {
      remove_with_companions(entry.path());
    }
  }
}

}  // namespace persklaar
