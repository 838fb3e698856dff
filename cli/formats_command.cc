// persklaar formats: the editions persklaar can make and the manuscript formats it reads.
#include <cstdio>
#include <iostream>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/plugin_options.h"
#include "core/plugin/plugin_host.h"

namespace persklaar::cli {
namespace {

void list(const PluginHost& plugins, PluginKind kind, const char* prefix) {
  bool any = false;
  for (const auto& plugin : plugins.plugins()) {
    if (plugin.kind != kind) continue;
    for (const auto& format : plugin.formats) {
      char line[512];
      std::snprintf(line, sizeof line, "  %s%-10s %s\n", prefix, format.c_str(), plugin.summary.c_str());
      std::cout << line;
      any = true;
    }
  }
  if (!any) std::cout << "  (none: run 'persklaar plugins' to see where persklaar looked)\n";
}

int run_formats(const ParsedArguments& arguments) {
  PluginHost plugins;
  discover_plugins(plugins, arguments);
  std::cout << "Editions (-t FORMAT, or -o FILE.FORMAT):\n";
  list(plugins, PluginKind::output, "");
  std::cout << "Manuscripts (by extension):\n";
  list(plugins, PluginKind::input, ".");
  return kOk;
}

}  // namespace

CommandSpec formats_command() {
  return {"formats",
          "",
          Completion::none,
          0,
          "list the editions persklaar can make and the manuscript formats it reads",
          "Lists the edition formats the output plugins write (the names -t takes, and the extensions -o FILE "
          "understands) and the manuscript file extensions the input plugins read.",
          {"help", "plugin-path", "prefer-plugin"},
          {{"persklaar formats", "the list"}},
          run_formats};
}

}  // namespace persklaar::cli
