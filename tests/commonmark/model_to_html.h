#pragma once
// A test-only HTML rendering of the core model that follows cmark's HTML conventions byte for byte, so
// that the CommonMark spec's expected HTML can judge what the Markdown reader put into the model.
// Not an edition: Persklaar's own outputs render the model their own way.
#include <string>
#include <string_view>

#include "core/model/publication.h"

namespace persklaar::testing {

// The publication as cmark would render the document it was read from (raw HTML kept, as with
// cmark's --unsafe). Chapter and section titles are rendered as the <h1> and <h2> they came from.
std::string to_commonmark_html(const Publication& publication);

// cmark's escape_html: & < > and " become entities; nothing else changes.
std::string escape_html(std::string_view text);

// cmark's houdini_escape_href: bytes outside the URL-safe set are percent-encoded (so an existing
// %XX stays as it is), & and ' become entities.
std::string escape_href(std::string_view url);

}  // namespace persklaar::testing
