#pragma once
// Readers split text where their source does (cmark at every character that may start markup, Word
// at every change of run); the passes and the editions want one run per stretch of text.
#include "core/model/inline.h"

namespace persklaar {

// Appends `node` to `inlines`, joining it to the last node when both are Text, or both Code.
void append_merged(Inlines& inlines, Inline node);

}  // namespace persklaar
