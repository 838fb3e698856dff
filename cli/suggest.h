#pragma once
// "Did you mean": the known word closest to a misspelt one.
#include <string>
#include <vector>

namespace persklaar::cli {

// The candidate nearest to `word` by edit distance, when near enough to be a likely typo (at most a
// third of its letters, and at least one, changed); empty otherwise.
std::string closest_match(const std::string& word, const std::vector<std::string>& candidates);

// " (did you mean 'build'?)" or empty.
std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates,
                         const std::string& prefix = "");

}  // namespace persklaar::cli
