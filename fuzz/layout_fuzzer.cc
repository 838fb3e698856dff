// Fuzz target: a layout file (layouts/*.xml) read and checked by the core, then, when accepted,
// used to lay out a small fixed publication, so every value the reader lets through is one the
// layout can live with.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/input/manuscript.h"
#include "core/layout/layout_spec.h"
#include "core/pipeline/load_publication.h"
#include "core/pipeline/paginate.h"
#include "fuzz/fuzz_workspace.h"

using namespace persklaar;

namespace {

// Every kind of block the layout sets, in a few lines: chapter, sections, testimonial, list, table.
constexpr std::string_view kManuscript = R"(---
title: Proef
language: nl
---

# Een hoofdstuk

## Inleiding

Een alinea met *nadruk*, **sterk** en een [link](https://example.org), lang genoeg om over meer dan
een regel te lopen, zodat de regelval en de afbreking iets te doen hebben: arbeidsparticipatie.

## Ervaringen

> Dit was een mooie bijeenkomst.
>
> — Anna - deelnemer

- een
- twee

| a | b |
|---|---|
| 1 | 2 |
)";

const Publication& fixed_publication() {
  static const Publication* publication = [] {
    const auto file = fuzz::write_input("manuscript.md", kManuscript);
    Diagnostics diagnostics;
    return new Publication(load_publication(locate_manuscript(file, diagnostics), fuzz::plugins(), diagnostics));
  }();
  return *publication;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fixed_publication();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto file = fuzz::write_input("layout.xml", {reinterpret_cast<const char*>(data), size});
  fuzz::expect_input_errors_only([&] {
    const LayoutSpec spec = load_layout(file);
    Publication publication = fixed_publication();
    Diagnostics diagnostics;
    (void)paginate(publication, spec, diagnostics);
  });
  return 0;
}
