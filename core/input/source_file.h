#pragma once
// Reading a manuscript file as text, with the checks every input format needs before parsing:
// it exists, it is a file, it is text (no NUL bytes), it is valid UTF-8 and it is not empty.
#include <filesystem>
#include <string>

namespace persklaar {

struct SourceText {
  std::string path;  // as the user named it, for messages
  std::string text;  // valid UTF-8, byte-order mark removed
};

// Throws InputError naming the file (and line and column for invalid UTF-8) when a check fails.
SourceText read_source_text(const std::filesystem::path& path);

// The same checks on bytes already in memory (e.g. a part of a zip file).
SourceText check_source_text(std::string path, std::string bytes);

// Reads any file whole; throws InputError when it cannot.
std::string read_file_bytes(const std::filesystem::path& path);

}  // namespace persklaar
