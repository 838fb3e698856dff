#include "tests/epub/fixtures.h"

#include <cairo.h>

#include "core/layout/layout_spec.h"
#include "core/pipeline/paginate.h"
#include "core/resources/resource_paths.h"
#include "tests/support/pipeline.h"
#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar::testing {

std::unique_ptr<PaginatedPublication> load_paginated(const std::filesystem::path& manuscript) {
  auto paginated = std::make_unique<PaginatedPublication>();
  Diagnostics diagnostics;
  paginated->publication = load(manuscript, diagnostics);
  paginated->print_layout = paginate(paginated->publication, load_layout(default_layout_file()), diagnostics);
  return paginated;
}

const Publication& sample_publication() {
  static const std::unique_ptr<PaginatedPublication> sample = load_paginated(sample_manuscript());
  return sample->publication;
}

const EpubBuild& sample_epub() {
  static const TemporaryFolder folder;  // removed when the program ends, after the build
  static const EpubBuild build = build_epub(sample_publication(), folder.path());
  return build;
}

void write_png(const std::filesystem::path& file) {
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 4, 4);
  cairo_t* cr = cairo_create(surface);
  cairo_set_source_rgb(cr, 0.1, 0.3, 0.8);
  cairo_paint(cr);
  cairo_destroy(cr);
  cairo_surface_write_to_png(surface, file.c_str());
  cairo_surface_destroy(surface);
}

std::filesystem::path write_blocks_manuscript(const std::filesystem::path& folder) {
  const auto manuscript = folder / "blocks.md";
  std::filesystem::copy_file(std::filesystem::path(PERSKLAAR_EPUB_FIXTURES) / "blocks.md", manuscript,
                             std::filesystem::copy_options::overwrite_existing);
  write_png(folder / "vierkant.png");
  return manuscript;
}

}  // namespace persklaar::testing
