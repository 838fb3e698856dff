#pragma once
// The YAML metadata block at the top of a Markdown manuscript, between two "---" lines.
#include <string>

namespace persklaar::markdown {

struct FrontMatter {
  std::string yaml;    // empty when the file has no metadata block
  int first_line = 0;  // line of the file where the YAML text starts
};

// Takes the metadata block out of `text`, replacing its lines with empty lines so that the Markdown
// parser's line numbers stay those of the file. Throws InputError when the block is never closed.
FrontMatter take_front_matter(std::string& text, const std::string& file);

}  // namespace persklaar::markdown
