#include "core/plugin/plugin_host.h"

#include <dlfcn.h>

#include <algorithm>
#include <cstdlib>
#include <sstream>

#include "core/text/ascii_case.h"

namespace persklaar {
namespace {

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::stringstream stream(text);
  std::string part;
  while (std::getline(stream, part, separator)) {
    part.erase(0, part.find_first_not_of(' '));
    part.erase(part.find_last_not_of(' ') + 1);
    if (!part.empty()) parts.push_back(part);
  }
  return parts;
}

std::vector<std::filesystem::path> modules_in(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> modules;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    if (entry.path().extension() == ".so") modules.push_back(entry.path());
  }
  std::sort(modules.begin(), modules.end());
  return modules;
}

// Describes a descriptor that cannot be used, or returns an empty string when it is sound.
std::string check_descriptor(const PersklaarPluginDescriptor& d) {
  if (d.api_version != kPluginApiVersion) {
    return "plugin API version " + std::to_string(d.api_version) + ", but this persklaar needs version " +
           std::to_string(kPluginApiVersion) + "; rebuild the plugin against this persklaar";
  }
  if (!d.name || !*d.name) return "the descriptor has no name";
  if (!d.formats || !*d.formats) return "the descriptor names no formats";
  if (d.kind == static_cast<int>(PluginKind::input) && !d.create_input) return "an input plugin without create_input";
  if (d.kind == static_cast<int>(PluginKind::output) && !d.create_output)
    return "an output plugin without create_output";
  if (d.kind != static_cast<int>(PluginKind::input) && d.kind != static_cast<int>(PluginKind::output)) {
    return "unknown plugin kind " + std::to_string(d.kind);
  }
  return {};
}

bool is_built_in_folder(const std::filesystem::path& folder) {
  std::error_code error;
  for (const char* built_in : {PERSKLAAR_INSTALL_PLUGIN_DIR, PERSKLAAR_BUILD_PLUGIN_DIR}) {
    if (std::filesystem::equivalent(folder, built_in, error)) return true;
  }
  return false;
}

// Every format plugins of `kind` claim, in discovery order; a format two plugins claim counts once.
std::vector<std::string> formats_of(const std::vector<LoadedPlugin>& plugins, PluginKind kind) {
  std::vector<std::string> all;
  for (const auto& plugin : plugins) {
    if (plugin.kind != kind) continue;
    for (const auto& format : plugin.formats) {
      if (std::find(all.begin(), all.end(), format) == all.end()) all.push_back(format);
    }
  }
  return all;
}

[[noreturn]] void throw_no_object(const LoadedPlugin& plugin) {
  throw InputError(position_in(plugin.file.string()),
                   "the " + plugin.name + " plugin made no " + (plugin.kind == PluginKind::input ? "reader" : "writer"),
                   "the module is broken: rebuild it, or take it out of the plugin path");
}

}  // namespace

std::string PluginConflict::message() const {
  return ignored.string() + " is ignored: " + used.string() + " has " + what;
}

void PluginHost::record_format_conflicts(const LoadedPlugin& added) {
  for (const auto& format : added.formats) {
    for (const auto& other : plugins_) {
      if (&other == &added || other.kind != added.kind) continue;
      if (std::find(other.formats.begin(), other.formats.end(), format) == other.formats.end()) continue;
      const bool added_wins = !prefer_plugins_ && added.built_in && !other.built_in;
      conflicts_.push_back(
          {added_wins ? added.file : other.file, added_wins ? other.file : added.file, "the format '" + format + "'"});
      break;
    }
  }
}

bool PluginHost::load(const std::filesystem::path& file) {
  void* handle = ::dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    const char* why = ::dlerror();
    refused_.push_back({file, std::string("not a loadable module: ") + (why ? why : "dlopen failed")});
    return false;
  }
  using Entry = const PersklaarPluginDescriptor* (*)();
  auto entry = reinterpret_cast<Entry>(::dlsym(handle, PERSKLAAR_PLUGIN_ENTRY_POINT));
  if (!entry) {
    refused_.push_back({file, "not a persklaar plugin: no '" PERSKLAAR_PLUGIN_ENTRY_POINT "' entry point"});
    ::dlclose(handle);
    return false;
  }
  const PersklaarPluginDescriptor* descriptor = entry();
  std::string problem = descriptor ? check_descriptor(*descriptor) : "the entry point returned no descriptor";
  if (!problem.empty()) {
    refused_.push_back({file, problem});
    ::dlclose(handle);
    return false;
  }
  LoadedPlugin plugin;
  plugin.file = file;
  plugin.name = descriptor->name;
  plugin.kind = static_cast<PluginKind>(descriptor->kind);
  for (const auto& format : split(descriptor->formats, ',')) plugin.formats.push_back(ascii_lowercase(format));
  plugin.summary = descriptor->summary ? descriptor->summary : "";
  plugin.descriptor = descriptor;
  plugin.built_in = is_built_in_folder(file.parent_path());
  const auto known =
      std::find_if(plugins_.begin(), plugins_.end(), [&](const LoadedPlugin& p) { return p.name == plugin.name; });
  if (known != plugins_.end()) {
    // Found earlier on the search path; a built-in plugin still keeps its name unless asked not to.
    const bool replace = !prefer_plugins_ && plugin.built_in && !known->built_in;
    conflicts_.push_back(
        {replace ? plugin.file : known->file, replace ? known->file : plugin.file, "the name '" + plugin.name + "'"});
    if (replace) {
      *known = std::move(plugin);
      record_format_conflicts(*known);
    }
    return true;
  }
  plugins_.push_back(std::move(plugin));
  record_format_conflicts(plugins_.back());
  return true;
}

void PluginHost::discover(const std::vector<std::filesystem::path>& search_path) {
  std::vector<std::filesystem::path> seen;
  for (const auto& folder : search_path) {
    std::error_code error;
    const auto canonical = std::filesystem::weakly_canonical(folder, error);
    if (error || !std::filesystem::is_directory(canonical, error)) continue;
    if (std::find(seen.begin(), seen.end(), canonical) != seen.end()) continue;
    seen.push_back(canonical);
    for (const auto& module : modules_in(canonical)) load(module);
  }
}

const LoadedPlugin* PluginHost::find(PluginKind kind, const std::string& format) const {
  const std::string wanted = ascii_lowercase(format);
  const LoadedPlugin* best = nullptr;
  for (const auto& plugin : plugins_) {
    if (plugin.kind != kind) continue;
    if (std::find(plugin.formats.begin(), plugin.formats.end(), wanted) == plugin.formats.end()) continue;
    if (!best || (!prefer_plugins_ && plugin.built_in && !best->built_in)) best = &plugin;
  }
  return best;
}

const LoadedPlugin* PluginHost::input_for_extension(const std::string& extension) const {
  return find(PluginKind::input, extension);
}

const LoadedPlugin* PluginHost::output_for_format(const std::string& format) const {
  return find(PluginKind::output, format);
}

std::vector<std::string> PluginHost::input_extensions() const {
  return formats_of(plugins_, PluginKind::input);
}

std::vector<std::string> PluginHost::output_formats() const {
  return formats_of(plugins_, PluginKind::output);
}

std::unique_ptr<InputPlugin> PluginHost::create_input(const LoadedPlugin& plugin) {
  std::unique_ptr<InputPlugin> made(plugin.descriptor->create_input());
  if (!made) throw_no_object(plugin);
  return made;
}

std::unique_ptr<OutputPlugin> PluginHost::create_output(const LoadedPlugin& plugin) {
  std::unique_ptr<OutputPlugin> made(plugin.descriptor->create_output());
  if (!made) throw_no_object(plugin);
  return made;
}

std::vector<std::filesystem::path> plugin_search_path(const std::vector<std::string>& from_command_line) {
  std::vector<std::filesystem::path> path;
  for (const auto& entry : from_command_line) {
    for (const auto& folder : split(entry, ':')) path.emplace_back(folder);
  }
  if (const char* env = std::getenv("PERSKLAAR_PLUGIN_PATH")) {
    for (const auto& folder : split(env, ':')) path.emplace_back(folder);
  }
  path.emplace_back(PERSKLAAR_INSTALL_PLUGIN_DIR);
  path.emplace_back(PERSKLAAR_BUILD_PLUGIN_DIR);
  return path;
}

}  // namespace persklaar
