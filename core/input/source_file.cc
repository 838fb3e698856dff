#include "core/input/source_file.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>

#include "core/diagnostics/diagnostic.h"
#include "core/text/utf8.h"

namespace persklaar {
namespace {

bool only_whitespace(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

}  // namespace

std::string read_file_bytes(const std::filesystem::path& path) {
  std::error_code error;
  const auto status = std::filesystem::status(path, error);
  if (!std::filesystem::exists(status)) {
    throw InputError(position_in(path.string()), "no such file", "check the path and the spelling of the name");
  }
  if (std::filesystem::is_directory(status)) {
    throw InputError(position_in(path.string()), "is a folder, not a file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(position_in(path.string()), "cannot be opened for reading", "check its permissions");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

SourceText check_source_text(std::string path, std::string bytes) {
  if (bytes.find('\0') != std::string::npos) {
    throw InputError(position_in(path), "is a binary file, not text",
                     "a manuscript is a UTF-8 text file (Markdown) or a Word document (.docx)");
  }
  if (auto bad = find_invalid_utf8(bytes)) {
    const LineColumn at = line_column_at(bytes, *bad);
    throw InputError(position_in(path, at.line, at.column), "invalid UTF-8 byte sequence",
                     "save the file as UTF-8 (in most editors: Save As, encoding UTF-8)");
  }
  if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) bytes.erase(0, 3);
  if (only_whitespace(bytes)) {
    throw InputError(position_in(path), "the file is empty",
                     "write some text in it, or leave it out of the manuscript");
  }
  return SourceText{std::move(path), std::move(bytes)};
}

SourceText read_source_text(const std::filesystem::path& path) {
  return check_source_text(path.string(), read_file_bytes(path));
}

}  // namespace persklaar
