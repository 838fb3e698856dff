#pragma once
// The notes pass: numbers each chapter's notes in the order its text first refers to them and gives
// the references the same numbers. Input plugins only attach notes to chapters; numbering is shared.
#include "core/diagnostics/diagnostic.h"
#include "core/model/publication.h"

namespace persklaar {

// Notes are numbered per chapter (1, 2, 3 …) by first reference in its title, sections and blocks,
// and kept in that order. A reference to a note the chapter lacks is removed with a warning; a note
// nothing refers to is left out with a warning.
Publication number_notes(Publication publication, Diagnostics& diagnostics);

}  // namespace persklaar
