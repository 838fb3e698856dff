#pragma once
// The real pipeline for tests: the build tree's plugins loaded through the real host, and a
// manuscript read and prepared exactly as `persklaar build` does it.
#include <filesystem>
#include <map>
#include <string>

#include "core/model/publication.h"
#include "core/plugin/plugin_host.h"

namespace persklaar::testing {

// The host with the build tree's plugins, loaded once per test program.
const PluginHost& built_plugins();

// Reads and prepares a manuscript (file or folder). Throws InputError like the tool.
Publication load(const std::filesystem::path& manuscript, Diagnostics& diagnostics);
Publication load(const std::filesystem::path& manuscript);

// Reads Markdown text through the markdown plugin only, without the core passes.
Publication read_markdown(const std::string& markdown, Diagnostics& diagnostics);

// Loads Markdown text as a one-file manuscript, with the core passes.
Publication load_markdown(const std::string& markdown);

// Renders a prepared publication with one output format into `folder`; returns the edition's text.
std::string render(const Publication& publication, const std::string& format, const std::filesystem::path& folder,
                   std::map<std::string, std::string> options = {});

}  // namespace persklaar::testing
