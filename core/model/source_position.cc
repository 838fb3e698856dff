#include "core/model/source_position.h"

namespace persklaar {

const std::string& SourcePosition::file_name() const {
  static const std::string unknown;
  return file ? *file : unknown;
}

std::string SourcePosition::to_string() const {
  std::string out = file_name();
  if (line > 0) {
    out += ":" + std::to_string(line);
    if (column > 0) out += ":" + std::to_string(column);
  }
  return out;
}

SourcePosition position_in(const std::string& file, int line, int column) {
  return SourcePosition{std::make_shared<const std::string>(file), line, column};
}

}  // namespace persklaar
