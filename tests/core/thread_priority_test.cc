// A helper thread lowers its own priority, and only its own: the build's thread keeps its nice value.
#include "core/pipeline/thread_priority.h"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <thread>

#include "core/pipeline/leak_check.h"

namespace persklaar {
namespace {

int nice_of_this_thread() {
  return ::getpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid)));
}

TEST(ThreadPriority, AHelperRunsFiveNiceStepsBehindAndTheCallerIsLeftAsItWas) {
  const int before = nice_of_this_thread();
  int helper_before = 0, helper_after = 0;
  std::thread helper([&] {
    helper_before = nice_of_this_thread();
    run_behind_the_main_thread();
    helper_after = nice_of_this_thread();
  });
  helper.join();
  EXPECT_EQ(helper_before, before);
  // 19 is the lowest priority there is; under LeakSanitizer the priority is left alone.
  EXPECT_EQ(helper_after, kLeaksChecked ? before : std::min(before + 5, 19));
  EXPECT_EQ(nice_of_this_thread(), before);
}

}  // namespace
}  // namespace persklaar
