#pragma once
// Step one of a build: the manuscript's parts, each read by the input plugin for its extension,
// merged into one publication with the manifest's metadata, then prepared by the core passes.
#include "core/input/manuscript.h"
#include "core/plugin/plugin_host.h"

namespace persklaar {

// Throws InputError for unreadable input, including a part no plugin reads.
Publication load_publication(const Manuscript& manuscript, const PluginHost& plugins, Diagnostics& diagnostics);

}  // namespace persklaar
