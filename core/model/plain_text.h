#pragma once
// The words of inline content without markup, for titles in contents lists, ids and metadata.
#include <string>

#include "core/model/inline.h"

namespace persklaar {

// Soft breaks become spaces, hard breaks a space too; images contribute their alt text; raw markup
// contributes nothing.
std::string plain_text(const Inlines& inlines);

}  // namespace persklaar
