// check_layout: the layout checks of the test suite, on any manuscript.
//
//   check_layout [--layout FILE]... [--keep DIR] MANUSCRIPT...
//
// Builds each manuscript (a Markdown file or a manuscript folder) in each layout (default: every
// layout in layouts/), checks that no word of the PDF leaves its column or the type area or lies on
// another word, and that every word of the text edition is in the PDF in order. Prints a summary per
// build; exits 0 when every build passes, 1 when one does not, 2 on a wrong command line.
#include <exception>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "tests/layout_check/layout_report.h"
#include "tests/support/test_paths.h"

namespace {

int usage() {
  std::cerr << "usage: check_layout [--layout FILE]... [--keep DIR] [--show N] MANUSCRIPT...\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace persklaar::testing;
  std::vector<std::filesystem::path> layouts, manuscripts;
  std::filesystem::path keep;
  std::size_t shown = 8;
  for (int k = 1; k < argc; ++k) {
    const std::string argument = argv[k];
    if ((argument == "--layout" || argument == "--keep" || argument == "--show") && k + 1 < argc) {
      const std::string value = argv[++k];
      if (argument == "--layout") layouts.emplace_back(value);
      if (argument == "--keep") keep = value;
      if (argument == "--show") shown = std::stoul(value);
    } else if (argument.rfind("--", 0) == 0) {
      return usage();
    } else {
      manuscripts.emplace_back(argument);
    }
  }
  if (manuscripts.empty()) return usage();
  if (layouts.empty()) {
    layouts = {source_dir() / "layouts" / "magazine-a4.xml", source_dir() / "layouts" / "pocket-a5.xml"};
  }
  bool all_passed = true;
  for (const auto& manuscript : manuscripts) {
    for (const auto& layout : layouts) {
      try {
        const LayoutCheck check = check_layout(manuscript, layout, keep);
        std::cout << (check.passed() ? "PASS " : "FAIL ") << check.summary(shown);
        for (const std::string& warning : check.warnings) {
          if (warning.find("warning") != std::string::npos && shown > 0) std::cout << "  build: " << warning << "\n";
        }
        all_passed = all_passed && check.passed();
      } catch (const std::exception& error) {
        std::cout << "FAIL " << manuscript.string() << " in " << layout.filename().string() << ": " << error.what()
                  << "\n";
        all_passed = false;
      }
    }
  }
  return all_passed ? 0 : 1;
}
