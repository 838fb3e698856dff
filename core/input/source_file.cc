#include "core/input/source_file.h"

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <vector>

#include "core/diagnostics/diagnostic.h"
#include "core/input/limits.h"
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
  if (error.value() == ELOOP) {
    throw InputError(position_in(path.string()), "is a loop of symbolic links that never reaches a file",
                     "point the link at the file itself");
  }
  if (!std::filesystem::exists(status)) {
    throw InputError(position_in(path.string()), "no such file", "check the path and the spelling of the name");
  }
  if (std::filesystem::is_directory(status)) {
    throw InputError(position_in(path.string()), "is a folder, not a file");
  }
  // A pipe, a device or a socket may never end (/dev/zero) or block forever (a FIFO nobody writes).
  if (!std::filesystem::is_regular_file(status)) {
    throw InputError(position_in(path.string()), "is not a regular file (a pipe, device or socket)",
                     "save the manuscript as an ordinary file and name that");
  }
  const std::uintmax_t size = std::filesystem::file_size(path, error);
  const std::uintmax_t limit = input_limits().file_bytes;
  if (!error && size > limit) {
    throw InputError(position_in(path.string()),
                     "the file is " + human_size(size) + ", more than the limit of " + human_size(limit),
                     "split it into chapter files listed in manuscript.yaml, or raise the limit with --limit "
                     "file-size=SIZE");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(position_in(path.string()), "cannot be opened for reading", "check its permissions");
  std::string bytes;
  bytes.reserve(static_cast<std::size_t>(size));
  // In blocks (a character at a time cost more than the Markdown reader's parsing of the sample),
  // stopping as soon as a file that grows while it is read passes the limit.
  std::vector<char> block(std::size_t{1} << 16);
  while (in.read(block.data(), static_cast<std::streamsize>(block.size())) || in.gcount() > 0) {
    bytes.append(block.data(), static_cast<std::size_t>(in.gcount()));
    if (bytes.size() > limit) {
      throw InputError(position_in(path.string()),
                       "the file grew beyond the limit of " + human_size(limit) + " while it was read");
    }
  }
  return bytes;
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
