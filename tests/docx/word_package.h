#pragma once
// Small Word packages made inside a test, for input no word processor writes: a zip bomb, damaged
// XML, unknown elements. Written with libzip, as a .docx is.
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace persklaar::testing {

using PackageEntries = std::vector<std::pair<std::string, std::string>>;  // entry name, bytes

// The entries of a minimal .docx whose main document part holds `body_xml` (the inside of w:body).
PackageEntries minimal_docx(const std::string& body_xml);

// Writes `entries` as a zip file (deflated) to `file`.
void write_zip(const std::filesystem::path& file, const PackageEntries& entries);

}  // namespace persklaar::testing
