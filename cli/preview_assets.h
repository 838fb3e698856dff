#pragma once
// The preview's own page, script and stylesheet (cli/preview/), built into the program so that the
// preview needs no installed files.
#include <string_view>

namespace persklaar::cli {

struct PreviewAsset {
  std::string_view content;
  const char* type;  // its media type
};

const PreviewAsset& preview_page();
const PreviewAsset& preview_script();
const PreviewAsset& preview_style();

}  // namespace persklaar::cli
