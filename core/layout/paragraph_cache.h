#pragma once
// Setting a paragraph again in a later build of the same process costs a lookup. `persklaar watch`
// and `persklaar preview` rebuild after every save, and a one-word change leaves every other
// paragraph of the magazine as it was: its lines are taken from the build before.
//
// A set paragraph depends only on its text, its style and the fonts, so the cache keys on all
// three (the context's font map, which the process shares between builds, and its language). Only
// paragraphs set by an earlier build are served: within one build every paragraph is set afresh,
// so a single build costs what it costs (and a long book that repeats a chapter is timed honestly);
// only the page furniture, which a magazine itself repeats page after page, is set once a build.
// What a build did not use is dropped when the next one begins, so the cache holds one magazine.
// A process that builds once keeps nothing: the keeping is switched on by one that will build again
// (remember_across_builds, core/memo/remembered.h).
#include <pango/pango.h>

#include "core/layout/paragraph.h"

namespace persklaar {

enum class Reuse {
  from_earlier_builds,  // a paragraph of the text: set afresh in every build
  also_this_build,      // page furniture (a running head on every page of a chapter, a contents line
                        // measured before it is placed): set once a build, as a real magazine repeats it
};

// set_paragraph(text, style, context), or, once remember_across_builds() was called, a copy of the
// lines an earlier build set from the same inputs; with Reuse::also_this_build, also a copy of what
// this build set already. Thread-safe.
SetParagraph set_paragraph_reusing(const StyledText& text, const ParagraphStyle& style, PangoContext* context,
                                   Reuse reuse = Reuse::from_earlier_builds);

// Marks the start of a build's layout: what the build before set becomes reusable, and what it did
// not use is forgotten.
void begin_paragraph_reuse();

// Forgets every set paragraph: the next build sets all of them afresh (for comparing a reusing
// build with a fresh one).
void forget_set_paragraphs();

}  // namespace persklaar
