// Fuzz target: the Markdown reader alone, in memory — the text checks every manuscript gets
// (core/input/source_file), the YAML metadata block, cmark-gfm and the conversion to the model with
// its chapter and section conventions. No file, no plugin module, no core passes: many times cheaper
// per input than markdown-model, so a long run tries far more inputs where most reader defects lie.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/input/source_file.h"
#include "core/model/dump.h"
#include "fuzz/fuzz_workspace.h"
#include "plugins/markdown/markdown_reader.h"

using namespace persklaar;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::expect_input_errors_only([&] {
    Diagnostics diagnostics;
    SourceText source = check_source_text("manuscript.md", std::string(reinterpret_cast<const char*>(data), size));
    const Publication publication = markdown::read_markdown(std::move(source), diagnostics);
    (void)dump(publication);  // walks every node of the model
  });
  return 0;
}
