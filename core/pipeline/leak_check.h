#pragma once
// Whether this build runs under LeakSanitizer (the AddressSanitizer preset), which checks at exit
// that everything was freed. A few shortcuts that are right for a normal build step aside then:
// leaving without tearing the process down (cli/leaving.h) and lowering helper threads' priority
// (thread_priority.h).

namespace persklaar {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kLeaksChecked = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kLeaksChecked = true;
#else
inline constexpr bool kLeaksChecked = false;
#endif
#else
inline constexpr bool kLeaksChecked = false;
#endif

}  // namespace persklaar
