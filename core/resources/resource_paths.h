#pragma once
// Where Persklaar's own data lives: the layouts/ and fonts/ folders. Looked up, in order, in
// $PERSKLAAR_DATA_DIR, the install folder (share/persklaar) and the source tree this build came
// from, so the tool works from the build tree and when installed alike.
#include <filesystem>
#include <string>

namespace persklaar {

// The folder holding `name` ("layouts" or "fonts"). Throws std::runtime_error naming the places
// searched when none has it.
std::filesystem::path data_folder(const std::string& name);

// layouts/magazine-a4.xml: the layout used when none is named.
std::filesystem::path default_layout_file();

}  // namespace persklaar
