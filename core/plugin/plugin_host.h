#pragma once
// Finds plugin modules on a search path, loads them with dlopen, checks their descriptor and routes
// requests: an input plugin by file extension, an output plugin by format name.
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/plugin/plugin_api.h"

namespace persklaar {

struct LoadedPlugin {
  std::filesystem::path file;
  std::string name;
  PluginKind kind = PluginKind::input;
  std::vector<std::string> formats;
  std::string summary;
  const PersklaarPluginDescriptor* descriptor = nullptr;
  bool built_in = false;  // from the install folder or the build tree, not from --plugin-path or the environment
};

struct RefusedPlugin {
  std::filesystem::path file;
  std::string reason;
};

// Two plugins that claim the same name or the same format: which one is used and which ignored.
struct PluginConflict {
  std::filesystem::path used;
  std::filesystem::path ignored;
  std::string what;  // "the name 'text'" or "the format 'txt'"
  std::string message() const;
};

class PluginHost {
 public:
  PluginHost() = default;
  PluginHost(const PluginHost&) = delete;
  PluginHost& operator=(const PluginHost&) = delete;
  // Loaded modules stay loaded for the life of the process: objects they made may outlive the host.
  ~PluginHost() = default;

  // Loads every `*.so` in each folder, in order; folders that do not exist are skipped. Plugins from
  // other folders may add names and formats, but a built-in plugin (install folder or build tree)
  // keeps its name and formats unless prefer_plugins(true) was set; otherwise the first on the
  // search path wins. Every clash is recorded in conflicts().
  void discover(const std::vector<std::filesystem::path>& search_path);
  // Lets plugins from --plugin-path or the environment replace built-in ones (--prefer-plugin).
  void prefer_plugins(bool prefer) { prefer_plugins_ = prefer; }

  // Loads one module; on failure records why in refused() and returns false.
  bool load(const std::filesystem::path& file);

  const std::vector<LoadedPlugin>& plugins() const { return plugins_; }
  const std::vector<RefusedPlugin>& refused() const { return refused_; }
  const std::vector<PluginConflict>& conflicts() const { return conflicts_; }

  // Extension without the dot, case-insensitive ("md"). Null when no plugin reads it.
  const LoadedPlugin* input_for_extension(const std::string& extension) const;
  const LoadedPlugin* output_for_format(const std::string& format) const;
  // Every extension the input plugins read, e.g. {"md", "markdown"}.
  std::vector<std::string> input_extensions() const;
  // Every format the output plugins write, in discovery order.
  std::vector<std::string> output_formats() const;

  // Throw InputError naming the module when its factory makes nothing.
  static std::unique_ptr<InputPlugin> create_input(const LoadedPlugin& plugin);
  static std::unique_ptr<OutputPlugin> create_output(const LoadedPlugin& plugin);

 private:
  const LoadedPlugin* find(PluginKind kind, const std::string& format) const;
  void record_format_conflicts(const LoadedPlugin& added);

  std::vector<LoadedPlugin> plugins_;
  std::vector<RefusedPlugin> refused_;
  std::vector<PluginConflict> conflicts_;
  bool prefer_plugins_ = false;
};

// The folders searched, in order: each --plugin-path entry, each entry of $PERSKLAAR_PLUGIN_PATH
// (colon-separated), the install folder, then the build tree's plugin folder.
std::vector<std::filesystem::path> plugin_search_path(const std::vector<std::string>& from_command_line);

}  // namespace persklaar
