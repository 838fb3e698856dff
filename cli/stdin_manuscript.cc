#include "cli/stdin_manuscript.h"

#include <fstream>
#include <iostream>
#include <stdexcept>

namespace persklaar::cli {

std::filesystem::path save_stdin_manuscript(const std::filesystem::path& folder) {
  const std::filesystem::path file = folder / "manuscript.md";
  std::ofstream out(file, std::ios::binary);
  // Inserting an empty stream buffer counts as a failure; an empty manuscript is the reader's to report.
  if (std::cin.peek() != std::char_traits<char>::eof()) out << std::cin.rdbuf();
  out.close();
  if (!out) throw std::runtime_error("cannot keep standard input in " + file.string());
  return file;
}

}  // namespace persklaar::cli
