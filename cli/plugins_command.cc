// persklaar plugins [--plugin-path DIRS]: what was found where, and what was refused and why.
#include <boost/program_options.hpp>
#include <iostream>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "core/plugin/plugin_host.h"

namespace po = boost::program_options;

namespace persklaar::cli {

int run_plugins(const std::vector<std::string>& arguments) {
  po::options_description options("persklaar plugins [options]");
  options.add_options()("help,h", "show this help")("plugin-path", po::value<std::vector<std::string>>()->composing(),
                                                    "extra folders to load plugins from")(
      "prefer-plugin", "let added plugins replace built-in ones");
  const po::variables_map values = parse_arguments(arguments, options);
  if (values.count("help")) {
    std::cout << options;
    return kOk;
  }
  const auto search_path = plugin_search_path(values_of(values, "plugin-path"));
  PluginHost plugins;
  plugins.prefer_plugins(values.count("prefer-plugin") > 0);
  plugins.discover(search_path);

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

}  // namespace persklaar::cli
