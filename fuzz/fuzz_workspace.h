#pragma once
// What every fuzz target shares: a scratch folder of its own for the input file and the editions,
// the real plugin modules of this build loaded once before fuzzing starts (so their coverage counts
// from the first input), and the rule that decides what counts as a finding.
//
// A finding is anything a user must never see: a crash or sanitizer report (found by the
// instrumentation), an exception that is not an InputError (the tool would report an internal
// error, exit 3, for what is a mistake in the input), or a temporary file left behind.
#include <filesystem>
#include <functional>
#include <string_view>

#include "core/plugin/plugin_host.h"

namespace persklaar::fuzz {

// The scratch folder of this process, made on first use and removed at exit.
const std::filesystem::path& scratch_folder();

// Empties the scratch folder and writes `bytes` to `name` inside it; returns the file's path.
std::filesystem::path write_input(const std::string& name, std::string_view bytes);

// The build tree's input and output plugins, loaded on first use.
const PluginHost& plugins();

// Runs `step`; an InputError is the expected answer to bad input and is swallowed, any other
// exception aborts with its message so libFuzzer records the input as a crash.
void expect_input_errors_only(const std::function<void()>& step);

// Aborts when `folder` holds a file whose name is not in `written` (a leftover temporary file).
void expect_only(const std::filesystem::path& folder, const std::vector<std::filesystem::path>& written);

}  // namespace persklaar::fuzz
