// Fuzz target: a Markdown manuscript through the whole build, in process: read, prepared, paginated
// with the default layout, then every edition (text, EPUB, PDF) written into the scratch folder.
// Each edition must either be written or fail with an input error, and leave nothing else behind.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/input/manuscript.h"
#include "core/pipeline/build_editions.h"
#include "core/pipeline/load_publication.h"
#include "core/pipeline/paginate.h"
#include "fuzz/fuzz_workspace.h"

using namespace persklaar;

namespace {

// The words build_editions puts before an exception that was not an InputError.
bool is_internal_error(const EditionResult& result) {
  return result.error.rfind("error: the " + result.format + " edition failed:", 0) == 0;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::plugins();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto file = fuzz::write_input("manuscript.md", {reinterpret_cast<const char*>(data), size});
  const auto output = fuzz::scratch_folder() / "editions";
  fuzz::expect_input_errors_only([&] {
    Diagnostics diagnostics;
    const Manuscript manuscript = locate_manuscript(file, diagnostics);
    Publication publication = load_publication(manuscript, fuzz::plugins(), diagnostics);
    EditionRequest request;
    request.formats = {"txt", "epub", "pdf"};
    request.output_directory = output;
    request.base_name = manuscript.name;
    paginate_for_editions(publication, request, diagnostics);
    std::vector<std::filesystem::path> written;
    for (const EditionResult& result : build_editions(publication, request, fuzz::plugins(), diagnostics)) {
      if (is_internal_error(result)) throw std::runtime_error(result.error);
      written.insert(written.end(), result.files.begin(), result.files.end());
    }
    fuzz::expect_only(output, written);
  });
  return 0;
}
