#pragma once
// Layouts by name: `--layout pocket-a5` finds layouts/pocket-a5.xml among the bundled layouts, while
// a path (with a '/' or ending in .xml) names a layout file of the user's own.
#include <filesystem>
#include <string>
#include <vector>

namespace persklaar::cli {

// The bundled layout files, sorted by name.
std::vector<std::filesystem::path> bundled_layouts();

// The layout file `value` means. Throws UsageError for an unknown name (with the names there are
// and the nearest one) or a layout file that does not exist.
std::filesystem::path resolve_layout(const std::string& value);

}  // namespace persklaar::cli
