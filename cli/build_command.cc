// persklaar build MANUSCRIPT [-o DIR] [-t FORMATS] [--layout FILE] [--wrap N] [--braille-preview]
//                 [--marks] [--plugin-path DIRS]
#include <boost/program_options.hpp>
#include <chrono>
#include <iostream>
#include <sstream>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "core/input/limits.h"
#include "core/input/manuscript.h"
#include "core/input/resource_access.h"
#include "core/pipeline/build_editions.h"
#include "core/pipeline/load_publication.h"
#include "core/pipeline/paginate.h"

namespace po = boost::program_options;

namespace persklaar::cli {
namespace {

std::vector<std::string> split_formats(const std::vector<std::string>& values) {
  std::vector<std::string> formats;
  for (const auto& value : values) {
    std::stringstream stream(value);
    std::string format;
    while (std::getline(stream, format, ',')) {
      if (!format.empty()) formats.push_back(format);
    }
  }
  return formats;
}

po::options_description build_options() {
  po::options_description options("persklaar build MANUSCRIPT [options]");
  options.add_options()("help,h", "show this help")("output,o", po::value<std::string>()->default_value("out"),
                                                    "folder the editions are written to")(
      "to,t", po::value<std::vector<std::string>>()->composing(),
      "editions to make, comma-separated (e.g. txt); default: every edition the plugins can make")(
      "layout", po::value<std::string>(), "layout file to follow (layouts/*.xml)")(
      "wrap", po::value<std::string>(), "text edition: wrap lines at N characters (default: no wrapping)")(
      "marks", "print edition: crop marks outside the bleed (the sheet grows to hold them)")(
      "braille-preview", "braille edition: also write NAME.braille.txt in Unicode braille, to check by eye")(
      "plugin-path", po::value<std::vector<std::string>>()->composing(), "extra folders to load plugins from")(
      "prefer-plugin", "let plugins from --plugin-path or $PERSKLAAR_PLUGIN_PATH replace built-in ones")(
      "allow-outside", po::value<std::vector<std::string>>()->composing(),
      "also take images and chapter files from this folder (default: only the manuscript's folder)")(
      "limit", po::value<std::vector<std::string>>()->composing(),
      "change an input limit: file-size=SIZE, paragraph=SIZE, chapters=N (default file-size=16M, paragraph=4M, "
      "chapters=2000)");
  return options;
}

}  // namespace

int run_build(const std::vector<std::string>& arguments) {
  po::options_description options = build_options();
  po::options_description hidden;
  hidden.add_options()("manuscript", po::value<std::vector<std::string>>());
  po::options_description all;
  all.add(options).add(hidden);
  po::positional_options_description positional;
  positional.add("manuscript", -1);
  const po::variables_map values = parse_arguments(arguments, all, &positional);
  if (values.count("help")) {
    std::cout << options;
    return kOk;
  }
  if (!values.count("manuscript")) throw UsageError("build needs a manuscript: persklaar build MANUSCRIPT");
  const auto& manuscripts = values["manuscript"].as<std::vector<std::string>>();
  if (manuscripts.size() > 1) throw UsageError("build takes one manuscript, not " + std::to_string(manuscripts.size()));

  for (const auto& folder : values_of(values, "allow-outside")) allow_folder_outside(folder);
  for (const auto& setting : values_of(values, "limit")) {
    if (auto problem = set_input_limit(input_limits(), setting))
      throw UsageError("--limit " + setting + ": " + *problem);
  }

  const auto started = std::chrono::steady_clock::now();
  Diagnostics diagnostics;
  diagnostics.set_sink([](const Diagnostic& diagnostic) { std::cerr << diagnostic.to_string() << '\n'; });

  PluginHost plugins;
  plugins.prefer_plugins(values.count("prefer-plugin") > 0);
  plugins.discover(plugin_search_path(values_of(values, "plugin-path")));
  for (const auto& refused : plugins.refused()) {
    diagnostics.warn(position_in(refused.file.string()), "plugin refused: " + refused.reason);
  }
  for (const auto& conflict : plugins.conflicts()) {
    diagnostics.warn(position_in(conflict.ignored.string()), "plugin conflict: " + conflict.message(),
                     "rename or remove one of them; --prefer-plugin lets an added plugin replace a built-in one");
  }

  EditionRequest request;
  request.formats = split_formats(values_of(values, "to"));
  request.output_directory = values["output"].as<std::string>();
  if (values.count("layout")) {
    request.layout_file = values["layout"].as<std::string>();
    if (!std::filesystem::is_regular_file(request.layout_file)) {
      throw InputError(position_in(request.layout_file.string()), "no such layout file",
                       "layouts are in the layouts/ folder");
    }
  }
  if (values.count("wrap")) request.options["wrap"] = values["wrap"].as<std::string>();
  if (values.count("marks")) request.options["marks"] = "true";
  if (values.count("braille-preview")) request.options["braille-preview"] = "true";
  try {
    resolve_formats(request, plugins);  // an unknown format fails before any work is done
  } catch (const InputError& error) {
    throw UsageError(error.diagnostic().message + " (" + error.diagnostic().hint + ")");
  }

  const Manuscript manuscript = locate_manuscript(manuscripts.front(), diagnostics);
  request.base_name = manuscript.name;
  Publication publication = load_publication(manuscript, plugins, diagnostics);
  paginate_for_editions(publication, request, diagnostics);  // every edition carries the print pages

  int status = kOk;
  for (const EditionResult& result : build_editions(publication, request, plugins, diagnostics)) {
    if (!result.error.empty()) {
      std::cerr << result.error << '\n';
      status = kInputError;
    }
    for (const auto& file : result.files) std::cerr << "persklaar: wrote " << file.string() << '\n';
  }
  const auto elapsed =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
  std::cerr << "persklaar: done in " << elapsed.count() << " ms";
  if (diagnostics.warning_count() > 0) std::cerr << ", " << diagnostics.warning_count() << " warning(s)";
  std::cerr << '\n';
  return status;
}

}  // namespace persklaar::cli
