#pragma once
// The EPUB's zip container (OCF), written deterministically: `mimetype` first and stored, every other
// entry deflated in name order, every entry with the same fixed time and no extra fields, so the same
// entries always give the same bytes.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace persklaar::epub {

struct ArchiveEntry {
  std::string name;  // path inside the container: "META-INF/container.xml"
  std::string bytes;
};

// Writes `mimetype` (with the EPUB media type) and then `entries`, sorted by name, to `file`, each
// dated `timestamp` (seconds since 1970, UTC). Throws std::runtime_error with libzip's reason when
// the file cannot be written, or when two entries share a name.
void write_epub_archive(const std::filesystem::path& file, std::vector<ArchiveEntry> entries, std::int64_t timestamp);

}  // namespace persklaar::epub
