#pragma once
// The sample magazine's screen and print PDFs, made together by the real pipeline as
// `persklaar build` makes them (laid out once, both painted from the same pages), once per test
// program and layout.
#include <filesystem>
#include <memory>

#include "core/layout/layout_spec.h"
#include "tests/support/temporary_folder.h"

namespace persklaar::testing {

struct PrintEditions {
  TemporaryFolder folder;
  std::filesystem::path screen;  // edition.pdf
  std::filesystem::path print;   // edition-print.pdf
  LayoutSpec spec;
};

// Makes them anew (for tests of reproducibility).
std::unique_ptr<PrintEditions> make_print_editions(const std::string& layout, bool marks);

// `layout`: a file in layouts/, e.g. "magazine-a4.xml". `marks`: the print edition with crop marks.
const PrintEditions& sample_editions(const std::string& layout, bool marks = false);

// Runs a command line; returns its exit status and puts what it printed (stdout and stderr) in `output`.
int run_command(const std::string& command, std::string& output);

}  // namespace persklaar::testing
