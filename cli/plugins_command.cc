// persklaar plugins [--plugin-path DIR]: what was found where, and what was refused and why.
#include <iostream>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/plugin_options.h"
#include "core/plugin/plugin_host.h"

namespace persklaar::cli {
namespace {

int run_plugins(const ParsedArguments& arguments) {
  const auto search_path = plugin_search_path(arguments.values("plugin-path"));
  PluginHost plugins;
  discover_plugins(plugins, arguments);

  std::cout << "Plugins:\n";
  for (const auto& plugin : plugins.plugins()) {
    std::string formats;
    for (const auto& format : plugin.formats) formats += (formats.empty() ? "" : ",") + format;
    std::cout << "  " << plugin.name << "  " << (plugin.kind == PluginKind::input ? "input " : "output") << "  "
              << formats << "  " << plugin.file.string() << "\n      " << plugin.summary << '\n';
  }
  if (plugins.plugins().empty()) std::cout << "  (none found)\n";
  if (!plugins.refused().empty()) {
    std::cout << "Refused:\n";
    for (const auto& refused : plugins.refused())
      std::cout << "  " << refused.file.string() << ": " << refused.reason << '\n';
  }
  if (!plugins.conflicts().empty()) {
    std::cout << "Conflicts:\n";
    for (const auto& conflict : plugins.conflicts()) std::cout << "  " << conflict.message() << '\n';
  }
  std::cout << "Searched:\n";
  for (const auto& folder : search_path) std::cout << "  " << folder.string() << '\n';
  return kOk;
}

}  // namespace

CommandSpec plugins_command() {
  return {"plugins",
          "",
          Completion::none,
          0,
          "list the input and output plugins found, and any refused",
          "Lists the plugins persklaar loaded (name, input or output, the formats, the file), the files it "
          "refused and why, and the folders it searched: --plugin-path, $PERSKLAAR_PLUGIN_PATH, the install "
          "folder and the build tree.",
          {"help", "plugin-path", "prefer-plugin"},
          {{"persklaar plugins --plugin-path ~/persklaar-plugins", "also look in a folder of your own"}},
          run_plugins};
}

}  // namespace persklaar::cli
