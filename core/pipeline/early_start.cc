#include "core/pipeline/early_start.h"

#include <string>

#include "core/input/manuscript.h"
#include "core/layout/hyphenate.h"
#include "core/text/language.h"

namespace persklaar {

EarlyStart::EarlyStart(const std::filesystem::path& manuscript) {
  if (std::thread::hardware_concurrency() < 2) return;
  try {
    thread_ = std::thread([manuscript] {
      const std::string language = declared_language(manuscript);
      // Not yet checked: the build reports a language that is not a tag, and loads nothing for it.
      if (!is_language_tag(language) || hyphenation_patterns_for(language).empty()) return;
      try {
        shared_hyphenator(language);
      } catch (const std::exception&) {  // the layout meets the same problem and reports it
      }
    });
  } catch (const std::system_error&) {  // no thread to spare: the layout loads them itself
  }
}

EarlyStart::~EarlyStart() {
  if (thread_.joinable()) thread_.join();
}

}  // namespace persklaar
