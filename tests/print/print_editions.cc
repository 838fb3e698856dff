#include "tests/print/print_editions.h"

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <map>
#include <stdexcept>

#include "core/pipeline/build_editions.h"
#include "core/pipeline/paginate.h"
#include "tests/support/pipeline.h"
#include "tests/support/test_paths.h"

namespace persklaar::testing {

std::unique_ptr<PrintEditions> make_print_editions(const std::string& layout, bool marks) {
  auto editions = std::make_unique<PrintEditions>();
  Publication publication = load(sample_manuscript());
  Diagnostics diagnostics;
  EditionRequest request{{"pdf", "pdfx"}, editions->folder.path(), "edition", source_dir() / "layouts" / layout, {},
                         nullptr};
  if (marks) request.options["marks"] = "true";
  paginate_for_editions(publication, request, diagnostics);
  editions->spec = request.print_layout->spec;
  for (const EditionResult& result : build_editions(publication, request, built_plugins(), diagnostics)) {
    if (!result.error.empty() || result.files.empty()) throw std::runtime_error(result.format + ": " + result.error);
    (result.format == "pdfx" ? editions->print : editions->screen) = result.files.front();
  }
  return editions;
}

const PrintEditions& sample_editions(const std::string& layout, bool marks) {
  static std::map<std::pair<std::string, bool>, std::unique_ptr<PrintEditions>> made;
  auto& editions = made[{layout, marks}];
  if (!editions) editions = make_print_editions(layout, marks);
  return *editions;
}

int run_command(const std::string& command, std::string& output) {
  output.clear();
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) throw std::runtime_error("cannot run " + command);
  std::array<char, 4096> buffer;
  std::size_t read = 0;
  while ((read = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) output.append(buffer.data(), read);
  const int status = pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace persklaar::testing
