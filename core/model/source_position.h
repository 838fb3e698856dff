#pragma once
// Where a piece of the model came from, so every error and warning can name the manuscript file and
// line an editor has to open.
#include <memory>
#include <string>

namespace persklaar {

struct SourcePosition {
  // Shared so that thousands of nodes from one file do not each copy its path.
  std::shared_ptr<const std::string> file;
  int line = 0;    // 1-based; 0 when unknown
  int column = 0;  // 1-based; 0 when unknown

  const std::string& file_name() const;
  // "file:line:col", "file:line" or "file", whatever is known.
  std::string to_string() const;
};

SourcePosition position_in(const std::string& file, int line = 0, int column = 0);

}  // namespace persklaar
