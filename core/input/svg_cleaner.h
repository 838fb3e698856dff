#pragma once
// SVG from a manuscript, made safe to embed in an e-book or to draw into a PDF: parsed as XML and
// written again without a DOCTYPE (so no entities, internal or external), processing instructions,
// scripts, foreign (HTML) content, event attributes (onload…) or references outside the image
// (href, src and url() that do not point at a '#fragment' of the image itself).
#include <optional>
#include <string>

namespace persklaar {

struct CleanedSvg {
  std::string svg;  // the cleaned document
  int removed = 0;  // elements and attributes taken out
};

// The cleaned SVG, or nullopt with `why` set when the bytes are not an SVG document at all.
std::optional<CleanedSvg> clean_svg(const std::string& bytes, std::string& why);

}  // namespace persklaar
