// persklaar layouts: the bundled print layouts, with page size and columns.
#include <cmath>
#include <cstdio>
#include <iostream>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/layout_names.h"
#include "core/layout/layout_spec.h"

namespace persklaar::cli {
namespace {

// "A4" for a standard size, else "148 × 210 mm"-style millimetres.
std::string page_size(const PageGeometry& page) {
  const long width = std::lround(page.width * 25.4 / 72), height = std::lround(page.height * 25.4 / 72);
  struct Named {
    long width, height;
    const char* name;
  };
  static constexpr Named kSizes[] = {
      {210, 297, "A4"}, {148, 210, "A5"}, {105, 148, "A6"}, {176, 250, "B5"}, {216, 279, "Letter"}};
  const std::string millimetres = std::to_string(width) + "x" + std::to_string(height) + " mm";
  for (const Named& size : kSizes) {
    if (size.width == width && size.height == height) return std::string(size.name) + " (" + millimetres + ")";
  }
  return millimetres;
}

int run_layouts(const ParsedArguments&) {
  std::cout << "Bundled layouts (use one with --layout NAME):\n";
  for (const auto& file : bundled_layouts()) {
    const LayoutSpec spec = load_layout(file);
    const int columns = spec.page.columns;
    char line[256];
    std::snprintf(line, sizeof line, "  %-14s %-20s %d column%s  %s\n", file.stem().c_str(),
                  page_size(spec.page).c_str(), columns, columns == 1 ? " " : "s", file.c_str());
    std::cout << line;
  }
  return kOk;
}

}  // namespace

CommandSpec layouts_command() {
  return {"layouts",
          "",
          Completion::none,
          0,
          "list the bundled print layouts, with page size and columns",
          "Lists the layouts that come with persklaar: the name to give --layout, the page size, the number of "
          "columns and the file. A layout of your own is an XML file given to --layout by its path; copy a "
          "bundled one to start from.",
          {"help"},
          {{"persklaar layouts", "the list"}, {"persklaar build magazine --layout pocket-a5", "use one of them"}},
          run_layouts};
}

}  // namespace persklaar::cli
