#pragma once
// How the program ends. When a command is done, every edition is written, closed and in place;
// what a normal exit adds is tearing the process down: the plugins and their libraries unloaded,
// Pango's fonts, the laid-out pages and every cache freed piece by piece, memory the kernel takes
// back at once anyway. So the program does not: it flushes what it printed, removes its private
// temporary folder (which a static destructor would have removed) and leaves, as compilers do.
// Under AddressSanitizer it frees and exits normally, since the leak check runs then.
#include <memory>

namespace persklaar::cli {

// Keeps `object` until the process leaves instead of freeing it when its last owner lets go: for
// what a one-time command holds until its end (the build's publication and laid-out pages, about
// a millisecond to free for the sample). Not for what a long-running command makes again and again.
void keep_until_exit(std::shared_ptr<const void> object);

// Flushes the output, removes the registered temporaries and ends the process with `status`.
[[noreturn]] void leave(int status);

}  // namespace persklaar::cli
