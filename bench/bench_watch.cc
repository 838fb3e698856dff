// What `persklaar watch` gains: a one-word change in one chapter of the sample magazine, rebuilt by
// a running `persklaar watch` (every edition), against a full `persklaar build` of every edition in a
// fresh process, as the median of repeated runs. Both in wall time and in processor time (user +
// system), since the wall time on a shared machine says as much about the other users as about us.
// The rebuild's wall time runs from the save to the watcher's "done" line, so it includes the
// quiet time (10 ms) that gathers a burst of saves into one build.
//
//   build/bench/bench_watch [runs] [formats] [pause]
//
// formats as -t takes them (default every edition); pause: milliseconds between a rebuild's end and
// the next save (default 300; an editor who types between saves pauses longer, and a long-running
// heap's memory is colder then). PERSKLAAR_BENCH_CLI names another persklaar to measure, for
// comparing two versions in one run.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/inotify.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bench/median_time.h"

namespace {

using Clock = std::chrono::steady_clock;
using persklaar::bench::median;
namespace fs = std::filesystem;

struct Times {
  double wall_ms = 0, cpu_ms = 0;
};

double cpu_ms(const rusage& usage) {
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

pid_t spawn(const std::vector<std::string>& arguments, int error_output) {
  const pid_t pid = fork();
  if (pid == 0) {
    std::vector<char*> argv;
    for (const auto& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
    argv.push_back(nullptr);
    dup2(error_output, 2);
    dup2(error_output, 1);
    execv(argv[0], argv.data());
    _exit(127);
  }
  return pid;
}

// The command line of both: the manuscript, the output folder and the editions asked for.
std::vector<std::string> command(const char* name, const fs::path& manuscript, const fs::path& out,
                                 const std::string& formats) {
  const char* other = std::getenv("PERSKLAAR_BENCH_CLI");
  std::vector<std::string> arguments = {other && *other ? other : PERSKLAAR_BENCH_CLI, name, manuscript.string(), "-o",
                                        out.string() + "/"};
  if (!formats.empty()) arguments.insert(arguments.end(), {"-t", formats});
  return arguments;
}

Times full_build(const fs::path& manuscript, const fs::path& out, const std::string& formats) {
  const int null = open("/dev/null", O_WRONLY);
  const auto start = Clock::now();
  const pid_t pid = spawn(command("build", manuscript, out, formats), null);
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  close(null);
  return {std::chrono::duration<double, std::milli>(Clock::now() - start).count(), cpu_ms(usage)};
}

// Processor time a running process has used so far, from /proc (clock ticks).
double process_cpu_ms(pid_t pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string text((std::istreambuf_iterator<char>(stat)), {});
  std::istringstream fields(text.substr(text.rfind(')') + 2));
  std::string field;
  unsigned long long utime = 0, stime = 0;
  for (int k = 3; k <= 15 && fields >> field; ++k) {
    if (k == 14) utime = std::stoull(field);
    if (k == 15) stime = std::stoull(field);
  }
  return (utime + stime) * 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK));
}

// Reads the watcher's messages until a build has ended ("done in" or "stopped after"). Page images
// moved into place in the meantime (`images`, an inotify descriptor, or -1) set `last_image` to when.
bool wait_for_build(int from, std::string& seen, int images = -1, Clock::time_point* last_image = nullptr) {
  for (;;) {
    if (seen.find("persklaar: done in") != std::string::npos || seen.find("stopped after") != std::string::npos) {
      seen.clear();
      return true;
    }
    pollfd ready[2] = {{from, POLLIN, 0}, {images, POLLIN, 0}};
    if (poll(ready, images < 0 ? 1 : 2, 60000) <= 0) return false;
    if (images >= 0 && (ready[1].revents & POLLIN)) {
      alignas(inotify_event) char events[4096];
      const ssize_t length = read(images, events, sizeof events);
      for (ssize_t at = 0; at < length;) {
        const auto* event = reinterpret_cast<const inotify_event*>(events + at);
        if (event->len > 0 && std::string(event->name).rfind("page-", 0) == 0 && last_image) {
          *last_image = Clock::now();
        }
        at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
      }
    }
    if (!(ready[0].revents & (POLLIN | POLLHUP))) continue;
    char buffer[4096];
    const ssize_t length = read(from, buffer, sizeof buffer);
    if (length <= 0) return false;
    seen.append(buffer, static_cast<std::size_t>(length));
  }
}

void replace_first(const fs::path& file, const std::string& from, const std::string& to) {
  std::ifstream in(file);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  in.close();
  const auto at = text.find(from);
  if (at == std::string::npos) return;
  text.replace(at, from.size(), to);
  std::ofstream(file) << text;
}

}  // namespace

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::atoi(argv[1]) : 7;
  const std::string formats = argc > 2 ? argv[2] : "";
  const int pause_ms = argc > 3 ? std::atoi(argv[3]) : 300;
  const fs::path work = fs::temp_directory_path() / ("persklaar-bench-watch-" + std::to_string(getpid()));
  const fs::path manuscript = work / "kenniscafes";
  fs::create_directories(work);
  fs::copy(PERSKLAAR_BENCH_SAMPLE, manuscript, fs::copy_options::recursive);

  std::vector<double> full_wall, full_cpu;
  for (int k = 0; k < runs; ++k) {
    const Times times = full_build(manuscript, work / "full", formats);
    full_wall.push_back(times.wall_ms);
    full_cpu.push_back(times.cpu_ms);
  }

  int pipe_ends[2];
  if (pipe(pipe_ends) != 0) return 1;
  const pid_t watcher = spawn(command("watch", manuscript, work / "watched", formats), pipe_ends[1]);
  close(pipe_ends[1]);
  std::string seen;
  if (!wait_for_build(pipe_ends[0], seen)) return 1;
  const fs::path chapter = manuscript / "03-verbondenheid-en-veerkracht.md";
  // With page images (what `persklaar preview` shows), also when the changed pages were in place.
  const bool page_images = formats.find("png") != std::string::npos;
  const int images = page_images ? inotify_init1(IN_CLOEXEC) : -1;
  if (page_images) inotify_add_watch(images, (work / "watched" / "kenniscafes-pages").c_str(), IN_MOVED_TO);
  std::vector<double> rebuild_wall, rebuild_cpu, images_wall;
  for (int k = 0; k < runs; ++k) {
    usleep(static_cast<useconds_t>(pause_ms) * 1000);  // the watcher is waiting again
    const double cpu_before = process_cpu_ms(watcher);
    const auto start = Clock::now();
    if (k % 2 == 0) {
      replace_first(chapter, "kenniscafé", "kenniscafee");
    } else {
      replace_first(chapter, "kenniscafee", "kenniscafé");
    }
    Clock::time_point last_image{};
    if (!wait_for_build(pipe_ends[0], seen, images, &last_image)) return 1;
    rebuild_wall.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    if (last_image != Clock::time_point{}) {
      images_wall.push_back(std::chrono::duration<double, std::milli>(last_image - start).count());
    }
    rebuild_cpu.push_back(process_cpu_ms(watcher) - cpu_before);
  }
  kill(watcher, SIGINT);
  int status = 0;
  waitpid(watcher, &status, 0);

  const double wall = median(full_wall), cpu = median(full_cpu);
  const double rewall = median(rebuild_wall), recpu = median(rebuild_cpu);
  std::printf("%-46s  wall ms   cpu ms\n",
              ((formats.empty() ? std::string("every edition") : "-t " + formats) + ", median of " +
               std::to_string(runs) + " runs, " + std::to_string(pause_ms) + " ms apart")
                  .c_str());
  std::printf("  persklaar build (a fresh process)              %8.0f %8.0f\n", wall, cpu);
  std::printf("  persklaar watch, after a one-word change       %8.0f %8.0f\n", rewall, recpu);
  std::printf("  rebuild / full build                           %7.0f%% %7.0f%%\n", 100 * rewall / wall,
              100 * recpu / cpu);
  if (!images_wall.empty()) {
    // The page images are written first and the preview shows them at once, before the PDFs.
    const double shown = median(images_wall);
    std::printf("  changed page images in place (what preview shows) %5.0f   (%.0f%% of the full build)\n", shown,
                100 * shown / wall);
  }
  std::printf("watch ended with exit status %d\n", WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
  fs::remove_all(work);
  return 0;
}
