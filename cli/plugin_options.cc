#include "cli/plugin_options.h"

namespace persklaar::cli {

void discover_plugins(PluginHost& plugins, const ParsedArguments& arguments) {
  plugins.prefer_plugins(arguments.has("prefer-plugin"));
  plugins.discover(plugin_search_path(arguments.values("plugin-path")));
}

void warn_about_plugins(const PluginHost& plugins, Diagnostics& diagnostics) {
  for (const auto& refused : plugins.refused()) {
    diagnostics.warn(position_in(refused.file.string()), "plugin refused: " + refused.reason);
  }
  for (const auto& conflict : plugins.conflicts()) {
    diagnostics.warn(position_in(conflict.ignored.string()), "plugin conflict: " + conflict.message(),
                     "rename or remove one of them; --prefer-plugin lets an added plugin replace a built-in one");
  }
}

}  // namespace persklaar::cli
