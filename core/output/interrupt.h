#pragma once
// Interrupting a build: SIGINT (Ctrl-C) and SIGTERM remove the temporary files of the editions
// being written, leave every finished edition as it was, and end the process with 128 + the
// signal's number (130 and 143), as shells expect.
#include <filesystem>
#include <functional>

namespace persklaar {

// Call once at the start of main(), before any thread is made: blocks the two signals in every
// thread and waits for them in one of its own, where the clean-up may do anything a thread may.
void remove_temporaries_on_interrupt();

// The temporary files being written now (AtomicFile registers its own), and private temporary
// folders (removed with their contents). A library that writes its
// own temporary beside one of them (libzip: "NAME.XXXXXX") is cleaned up with it.
void register_temporary(const std::filesystem::path& file);
void unregister_temporary(const std::filesystem::path& file);

// Makes a temporary whose name is known only once it exists (mkdtemp) and registers it, with no
// interrupt taking effect in between: a signal that arrives meanwhile waits, then removes it too.
// `make` returns the path it made (or throws).
std::filesystem::path make_registered_temporary(const std::function<std::filesystem::path()>& make);

// Removes every temporary still registered — a private folder lives until the process ends — for
// a program that leaves without running the static destructors that would remove it (main.cc).
void remove_registered_temporaries();

// Removes the temporary files an earlier run left in `folder` when it was killed outright
// (SIGKILL cannot be caught): those whose process no longer runs.
void remove_stale_temporaries(const std::filesystem::path& folder);

}  // namespace persklaar
