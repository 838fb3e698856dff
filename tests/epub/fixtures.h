#pragma once
// Manuscripts for the EPUB tests: the sample magazine and a small one with every kind of block,
// markup characters in its title and testimonial, images, links and a passage in English.
#include <filesystem>
#include <memory>

#include "core/layout/frame.h"
#include "core/model/publication.h"
#include "tests/epub/epub_files.h"

namespace persklaar::testing {

// A publication prepared as `persklaar build` prepares it: read, then paginated with the default
// layout, so that it carries the print edition's page breaks. The layout points into the publication,
// so the two stay together, at one address.
struct PaginatedPublication {
  Publication publication;
  std::shared_ptr<const LaidOutPublication> print_layout;
};
std::unique_ptr<PaginatedPublication> load_paginated(const std::filesystem::path& manuscript);

// The sample magazine as the tool prepares it, and its EPUB: made once per test program.
const Publication& sample_publication();
const EpubBuild& sample_epub();

// tests/epub/fixtures/blocks.md copied into `folder` with the image it shows (vierkant.png, drawn
// with Cairo); returns the manuscript's path.
std::filesystem::path write_blocks_manuscript(const std::filesystem::path& folder);

// A 4 × 4 pixel PNG.
void write_png(const std::filesystem::path& file);

}  // namespace persklaar::testing
