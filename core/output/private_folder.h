#pragma once
// A temporary folder that belongs to this process alone: made on first use under the system's
// temporary folder with a name no other process can predict and permissions for its owner only
// (mkdtemp), and removed with everything in it when the process ends — at a normal exit, after an
// error, and on SIGINT or SIGTERM (it is registered as a temporary, see interrupt.h). Pictures
// taken out of a Word document live there while the editions embed them, so no other user of the
// machine can read or replace them.
#include <filesystem>

namespace persklaar {

// The folder; the same path for the whole process. Files read from it are allowed as resources
// (resource_access.h). Throws std::runtime_error when it cannot be made.
const std::filesystem::path& private_temporary_folder();

}  // namespace persklaar
