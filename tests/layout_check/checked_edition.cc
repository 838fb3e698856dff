#include "tests/layout_check/checked_edition.h"

#include <stdexcept>

#include "core/pipeline/build_editions.h"
#include "core/pipeline/paginate.h"
#include "tests/support/pipeline.h"

namespace persklaar::testing {

std::unique_ptr<CheckedEdition> build_checked_edition(const std::filesystem::path& manuscript,
                                                      const std::filesystem::path& layout) {
  auto edition = std::make_unique<CheckedEdition>();
  edition->publication = load(manuscript, edition->diagnostics);
  EditionRequest request{{"pdf", "txt"}, edition->folder.path(), "edition", layout, {}, nullptr};
  paginate_for_editions(edition->publication, request, edition->diagnostics);
  edition->print_layout = request.print_layout;
  for (const EditionResult& result :
       build_editions(edition->publication, request, built_plugins(), edition->diagnostics)) {
    if (!result.error.empty() || result.files.empty()) {
      throw std::runtime_error("the " + result.format + " edition failed: " + result.error);
    }
    if (result.format == "pdf") edition->pdf = result.files.front();
    if (result.format == "txt") edition->text_edition = read_file(result.files.front());
  }
  edition->pdf_text = read_pdf_text(edition->pdf);
  return edition;
}

}  // namespace persklaar::testing
