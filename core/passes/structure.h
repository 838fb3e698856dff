#pragma once
// Structural passes: numbering, stable ids and the table of contents. Each is a pure function of
// the publication; prepare_publication runs every core pass in the order they depend on.
#include "core/diagnostics/diagnostic.h"
#include "core/model/publication.h"

namespace persklaar {

// Checks what every edition relies on: a title, a language, chapters with titles. Defaults the
// language to "nl". Throws InputError for a publication no edition could render.
Publication check_structure(Publication publication, Diagnostics& diagnostics);

// Body chapters are numbered 1, 2, 3 … in reading order; front and back matter get 0.
Publication number_chapters(Publication publication);

// Gives every chapter, section and heading an anchor: the author's {#id} or one made from the
// title, unique in the publication ("verbondenheid-en-veerkracht-bijeenkomst-ii"); notes get
// "<chapter>-note-<number>" (run after number_notes), and their references follow.
Publication assign_ids(Publication publication);

// Lists chapters (level 1) and titled sections (level 2) in reading order.
Publication build_table_of_contents(Publication publication);

// Checks, unsafe links dropped, typography, numbering (chapters, notes), ids and contents, in that order.
Publication prepare_publication(Publication publication, Diagnostics& diagnostics);

}  // namespace persklaar
