#pragma once
// Reading the EPUB edition's own files back out of its archive (libzip), for the preview: the
// chapter pages and what they link to (stylesheet, fonts, images) are served from inside the EPUB,
// so the reader sees exactly what the e-book holds.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace persklaar::cli {

// The names of the archive's XHTML files, in the archive's order (the book's reading order).
std::vector<std::string> epub_pages(const std::filesystem::path& epub);

// The bytes of the entry named exactly `name`, or nothing when the archive has no such entry.
std::optional<std::string> epub_entry(const std::filesystem::path& epub, const std::string& name);

}  // namespace persklaar::cli
