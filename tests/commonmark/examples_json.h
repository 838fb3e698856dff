#pragma once
// The CommonMark spec's examples.json, read without a JSON library: the project has none, and the file
// is one array of flat objects, so a small tolerant reader is all the test needs.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace persklaar::testing {

struct SpecExample {
  int number = 0;
  std::string section;
  std::string markdown;
  std::string html;  // what the reference implementation renders for `markdown`
};

// Reads a JSON array of example objects. Fields other than the four above are skipped whatever their
// type, and a missing field keeps its default. Throws std::runtime_error, naming the byte offset, when
// the text is not JSON.
std::vector<SpecExample> parse_spec_examples(std::string_view json);

// Reads and parses the file; throws std::runtime_error when it cannot be read.
std::vector<SpecExample> read_spec_examples(const std::filesystem::path& file);

}  // namespace persklaar::testing
