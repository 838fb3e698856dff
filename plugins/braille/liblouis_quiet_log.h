#pragma once
// liblouis's debug-log dump of each translation's buffers, left out (see liblouis_quiet_log.cc).

namespace persklaar::braille {

// How many of liblouis's buffer dumps were skipped since the module was loaded: two a translation
// when liblouis's calls reach this module's definition.
long liblouis_log_buffers_skipped();

}  // namespace persklaar::braille
