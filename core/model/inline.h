#pragma once
// Inline content: the closed set of run-level kinds every output must render.
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include "core/model/source_position.h"

namespace persklaar {

struct Inline;
using Inlines = std::vector<Inline>;

struct Text {
  std::string text;  // UTF-8, entities and escapes already resolved
};
struct SoftBreak {};  // a line end inside a paragraph: a space in every edition
struct LineBreak {};  // a hard break the author asked for
struct Emphasis {
  Inlines content;
};
struct Strong {
  Inlines content;
};
// Text set above or below the line (1<sup>st</sup>, H<sub>2</sub>O, a chemical formula, a unit).
struct Superscript {
  Inlines content;
};
struct Subscript {
  Inlines content;
};
struct Code {
  std::string text;
};
struct Link {
  std::string target;
  std::string title;
  Inlines content;
};
struct Image {
  std::string source;
  std::string title;
  Inlines alt;
};
// Where the text refers to a note (a footnote marker). The note itself, its blocks, belongs to the
// chapter (Chapter::notes): a note may be referred to more than once, and every edition places
// notes differently (foot of the column, after the section, at the chapter's end).
struct NoteReference {
  std::string id;  // the Note::id it refers to; unique in the publication after the ids pass
  int number = 0;  // the note's number in its chapter, 1, 2, 3 …; filled by the notes pass
};
// Markup of another format (raw HTML in Markdown). Kept so nothing is lost; editions leave it out.
struct RawInline {
  std::string format;
  std::string text;
};

// The kinds that hold other inlines in `content`, for passes that only walk into them.
template <class T>
inline constexpr bool kHoldsInlines =
    std::is_same_v<T, Emphasis> || std::is_same_v<T, Strong> || std::is_same_v<T, Superscript> ||
    std::is_same_v<T, Subscript> || std::is_same_v<T, Link>;

struct Inline {
  using Value = std::variant<Text, SoftBreak, LineBreak, Emphasis, Strong, Superscript, Subscript, Code, Link, Image,
                             NoteReference, RawInline>;
  Value value;
  SourcePosition position;
};

}  // namespace persklaar
