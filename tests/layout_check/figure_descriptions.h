#pragma once
// The descriptions a PDF carries for its figures instead of printing them: the /Alt (or /ActualText)
// of every Figure element of its structure tree, read with qpdf, for the word comparison.
#include <filesystem>
#include <string>
#include <vector>

namespace persklaar::testing {

// Each Figure element's /Alt, or its /ActualText when it has no /Alt, in the tree's order. Throws
// std::runtime_error with qpdf's message when the file cannot be read.
std::vector<std::string> figure_descriptions(const std::filesystem::path& pdf);

}  // namespace persklaar::testing
