// Fuzz target: a Markdown manuscript read by the markdown plugin and prepared by the core passes,
// as `persklaar build` does before any edition is made. Fast, so it covers the reader deeply.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/input/manuscript.h"
#include "core/model/dump.h"
#include "core/pipeline/load_publication.h"
#include "fuzz/fuzz_workspace.h"

using namespace persklaar;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::plugins();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto file = fuzz::write_input("manuscript.md", {reinterpret_cast<const char*>(data), size});
  fuzz::expect_input_errors_only([&] {
    Diagnostics diagnostics;
    const Publication publication =
        load_publication(locate_manuscript(file, diagnostics), fuzz::plugins(), diagnostics);
    (void)dump(publication);  // walks every node of the model
  });
  return 0;
}
