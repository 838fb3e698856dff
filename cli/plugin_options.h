#pragma once
// Loading the plugins the way the command line asks (--plugin-path, --prefer-plugin), the same for
// every command that needs them.
#include "cli/command_line.h"
#include "core/diagnostics/diagnostic.h"
#include "core/plugin/plugin_host.h"

namespace persklaar::cli {

// Discovers the plugins on the search path --plugin-path extends.
void discover_plugins(PluginHost& plugins, const ParsedArguments& arguments);

// Each refused module and each clash between two plugins as a warning naming the file.
void warn_about_plugins(const PluginHost& plugins, Diagnostics& diagnostics);

}  // namespace persklaar::cli
