#include "core/pipeline/thread_priority.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>

#include "core/pipeline/leak_check.h"

namespace persklaar {

void run_behind_the_main_thread() {
  // Under LeakSanitizer a thread of lower priority lingers while it exits, and the sanitizer's
  // tracer, stopping every thread at exit, then crashes now and then (google/sanitizers#1353):
  // 5 of 200 runs of a print test with the lower priority, none of 120 without.
  if (kLeaksChecked) return;
  const auto thread = static_cast<id_t>(::syscall(SYS_gettid));
  errno = 0;
  const int nice = ::getpriority(PRIO_PROCESS, thread);  // -1 is a valid value: errno tells
  if (errno != 0) return;
  ::setpriority(PRIO_PROCESS, thread, nice + 5);
}

}  // namespace persklaar
