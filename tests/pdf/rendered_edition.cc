#include "tests/pdf/rendered_edition.h"

#include <stdexcept>

#include "core/pipeline/build_editions.h"
#include "core/pipeline/paginate.h"
#include "tests/support/pipeline.h"
#include "tests/support/test_paths.h"

namespace persklaar::testing {

PageFrame RenderedEdition::frame(std::size_t page_index) const {
  return page_frame(spec().page, static_cast<int>(page_index) + 1);
}

std::unique_ptr<RenderedEdition> render_sample(const std::filesystem::path& layout) {
  auto edition = std::make_unique<RenderedEdition>();
  edition->publication = load(sample_manuscript());

  Diagnostics diagnostics;
  EditionRequest request{{"pdf"}, edition->folder.path(), "edition", layout, {}, nullptr};
  paginate_for_editions(edition->publication, request, diagnostics);
  edition->print_layout = request.print_layout;
  const auto results = build_editions(edition->publication, request, built_plugins(), diagnostics);
  if (results.size() != 1 || !results.front().error.empty() || results.front().files.empty()) {
    throw std::runtime_error("the pdf edition failed: " + (results.empty() ? "" : results.front().error));
  }
  edition->file = results.front().files.front();
  edition->text = read_pdf_text(edition->file);
  edition->objects = read_pdf_objects(edition->file);
  for (std::size_t k = 0; k < edition->text.pages.size(); ++k) {
    edition->pages.push_back(read_page(edition->text.pages[k], edition->frame(k)));
  }
  return edition;
}

const RenderedEdition& sample_magazine() {
  static const std::unique_ptr<RenderedEdition> edition = render_sample({});
  return *edition;
}

const RenderedEdition& sample_pocket() {
  static const std::unique_ptr<RenderedEdition> edition = render_sample(source_dir() / "layouts" / "pocket-a5.xml");
  return *edition;
}

}  // namespace persklaar::testing
