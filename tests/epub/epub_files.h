#pragma once
// Reading an EPUB back in tests: building one through the real pipeline (with its warnings), the
// container's entries in archive order, the reading order from the package document, and the text a
// reader would see in a content document.
#include <filesystem>
#include <string>
#include <vector>

#include "core/diagnostics/diagnostic.h"
#include "core/model/publication.h"

namespace persklaar::testing {

struct EpubBuild {
  std::filesystem::path file;
  std::string bytes;
  std::vector<Diagnostic> warnings;
};

// Renders `publication` with the epub plugin into `folder` (as edition.epub). Throws
// std::runtime_error when the edition fails.
EpubBuild build_epub(const Publication& publication, const std::filesystem::path& folder);

struct ArchiveMember {
  std::string name;
  std::string bytes;
  bool stored = false;  // not compressed
};

class EpubArchive {
 public:
  // Reads a zip from its bytes. Throws std::runtime_error when it is not one.
  explicit EpubArchive(const std::string& bytes);

  const std::vector<ArchiveMember>& members() const { return members_; }
  // The bytes of an entry ("EPUB/text/nav.xhtml"); throws std::out_of_range when there is none.
  const std::string& entry(const std::string& name) const;
  bool has(const std::string& name) const;
  // The content documents in reading order, as entry names.
  std::vector<std::string> spine() const;

 private:
  std::vector<ArchiveMember> members_;
};

// Replaces one entry of an EPUB file in place (to make a deliberately broken book). Throws
// std::runtime_error when libzip cannot.
void replace_entry(const std::filesystem::path& epub, const std::string& name, const std::string& bytes);

// The text of an XHTML document's body as a reader shows it: text in document order, an image's alt
// text in its place, white space collapsed to single spaces. Throws std::runtime_error for XML that
// does not parse.
std::string visible_text(const std::string& xhtml);

// Collapses runs of white space to one space and trims the ends.
std::string collapse_spaces(const std::string& text);

}  // namespace persklaar::testing
