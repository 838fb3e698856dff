#pragma once
// Reading the EPUB edition's own files back out of its archive (libzip), for the preview: the
// chapter pages and what they link to (stylesheet, fonts, images) are served from inside the EPUB,
// so the reader sees exactly what the e-book holds.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace persklaar::cli {

// The names of the book's pages in reading order (the package document's spine), as archive entries.
std::vector<std::string> epub_pages(const std::filesystem::path& epub);

// The bytes of the entry named exactly `name`, or nothing when the archive has no such entry.
std::optional<std::string> epub_entry(const std::filesystem::path& epub, const std::string& name);

}  // namespace persklaar::cli
