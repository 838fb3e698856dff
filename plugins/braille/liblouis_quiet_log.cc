// liblouis 3.24 writes every translation's input and output into its debug log as hexadecimal
// numbers ("Inbuf=0x0000004B …") and only then asks whether the log wants them: it never does at
// liblouis's default level, and Persklaar never lowers it. That formatting was a sixth of all the
// time liblouis spent on the sample magazine (6 % of a whole build).
//
// liblouis calls its `_lou_logWidecharBuf` through its procedure linkage table, so the definition
// below, exported from this module, is the one those calls reach (the dynamic loader looks in the
// module that loaded liblouis before liblouis itself). Below the default level it does nothing, as
// liblouis would have done after formatting; a message at or above it is handed to liblouis's own
// function, found with RTLD_NEXT, so nothing liblouis would show goes missing.
#include "plugins/braille/liblouis_quiet_log.h"

#include <dlfcn.h>
#include <liblouis/liblouis.h>

#include <atomic>

namespace persklaar::braille {
namespace {

std::atomic<long> skipped_buffers{0};

}  // namespace

long liblouis_log_buffers_skipped() {
  return skipped_buffers.load(std::memory_order_relaxed);
}

}  // namespace persklaar::braille

extern "C" __attribute__((visibility("default"))) void _lou_logWidecharBuf(logLevels level, const char* message,
                                                                           const widechar* buffer, int length) {
  if (level < LOU_LOG_INFO) {
    persklaar::braille::skipped_buffers.fetch_add(1, std::memory_order_relaxed);
    return;
  }
  using LogBuffer = void (*)(logLevels, const char*, const widechar*, int);
  static const auto liblouis_own = reinterpret_cast<LogBuffer>(dlsym(RTLD_NEXT, "_lou_logWidecharBuf"));
  if (liblouis_own) liblouis_own(level, message, buffer, length);
}
