#include "core/pipeline/thread_priority.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>

namespace persklaar {

void run_behind_the_main_thread() {
  const auto thread = static_cast<id_t>(::syscall(SYS_gettid));
  errno = 0;
  const int nice = ::getpriority(PRIO_PROCESS, thread);  // -1 is a valid value: errno tells
  if (errno != 0) return;
  ::setpriority(PRIO_PROCESS, thread, nice + 5);
}

}  // namespace persklaar
