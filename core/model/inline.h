#pragma once
// Inline content: the closed set of run-level kinds every output must render.
#include <string>
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
// Markup of another format (raw HTML in Markdown). Kept so nothing is lost; editions leave it out.
struct RawInline {
  std::string format;
  std::string text;
};

struct Inline {
  using Value = std::variant<Text, SoftBreak, LineBreak, Emphasis, Strong, Code, Link, Image, RawInline>;
  Value value;
  SourcePosition position;
};

}  // namespace persklaar
