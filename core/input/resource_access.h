#pragma once
// Which files a manuscript may bring into an edition besides its own text: images and chapter
// files must lie inside the manuscript's folder, symbolic links resolved, or inside a folder the
// user allowed (`persklaar build --allow-outside PATH`). A manuscript from elsewhere can then not
// copy /etc/passwd or a private photo into an e-book by naming it. One setting per process.
#include <filesystem>
#include <string>
#include <vector>

namespace persklaar {

// The manuscript's folder (a single file's own folder). Set when a manuscript is located.
void set_manuscript_folder(const std::filesystem::path& folder);
// A folder the user allows files to come from as well.
void allow_folder_outside(const std::filesystem::path& folder);
// Forgets the manuscript folder and allowed folders (for tests).
void reset_resource_access();

// Whether `file` may be read: true when no manuscript folder is set, or when the file (its symbolic
// links resolved) lies inside it or an allowed folder.
bool may_read_resource(const std::filesystem::path& file);

// The hint for a file refused by may_read_resource.
std::string outside_folder_hint();

}  // namespace persklaar
