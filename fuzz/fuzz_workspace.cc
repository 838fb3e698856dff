#include "fuzz/fuzz_workspace.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "core/diagnostics/diagnostic.h"

namespace persklaar::fuzz {
namespace {

[[noreturn]] void finding(const std::string& what) {
  std::fprintf(stderr, "==persklaar-fuzz== %s\n", what.c_str());
  std::fflush(stderr);
  std::abort();
}

void remove_scratch_folder() {
  std::error_code ignored;
  std::filesystem::remove_all(scratch_folder(), ignored);
}

}  // namespace

const std::filesystem::path& scratch_folder() {
  static const std::filesystem::path folder = [] {
    // /dev/shm keeps the many small writes of a long run off the disk where it exists.
    const std::filesystem::path base =
        std::filesystem::is_directory("/dev/shm") ? "/dev/shm" : std::filesystem::temp_directory_path();
    auto path = base / ("persklaar-fuzz-" + std::to_string(::getpid()));
    std::filesystem::create_directories(path);
    std::atexit(remove_scratch_folder);
    return path;
  }();
  return folder;
}

std::filesystem::path write_input(const std::string& name, std::string_view bytes) {
  const auto& folder = scratch_folder();
  for (const auto& entry : std::filesystem::directory_iterator(folder)) std::filesystem::remove_all(entry.path());
  const auto file = folder / name;
  std::ofstream out(file, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out.flush()) finding("cannot write the input to " + file.string());
  return file;
}

const PluginHost& plugins() {
  static const PluginHost* host = [] {
    auto* loaded = new PluginHost();  // modules stay loaded for the life of the process
    loaded->discover({PERSKLAAR_FUZZ_PLUGIN_DIR});
    if (loaded->output_formats().empty() || loaded->input_extensions().empty()) {
      finding(std::string("no plugins found in ") + PERSKLAAR_FUZZ_PLUGIN_DIR);
    }
    return loaded;
  }();
  return *host;
}

void expect_input_errors_only(const std::function<void()>& step) {
  try {
    step();
  } catch (const InputError&) {
    // the clear error a user gets for bad input: the right answer
  } catch (const std::exception& error) {
    finding(std::string("internal error instead of an input error: ") + error.what());
  }
}

void expect_only(const std::filesystem::path& folder, const std::vector<std::filesystem::path>& written) {
  if (!std::filesystem::is_directory(folder)) return;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    const bool reported = std::any_of(written.begin(), written.end(), [&](const std::filesystem::path& file) {
      return std::filesystem::equivalent(file, entry.path());
    });
    if (!reported) finding("left behind in the output folder: " + entry.path().filename().string());
  }
}

}  // namespace persklaar::fuzz
