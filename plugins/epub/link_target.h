#pragma once
// Where a manuscript link may lead in an EPUB: to an anchor of the book ("#id", into the file that
// holds it) or to an absolute address (https:, mailto:, …). A relative address would name a file the
// EPUB does not contain, so it has no target.
#include <optional>
#include <string>

#include "plugins/epub/book_plan.h"

namespace persklaar::epub {

// The href to write in a file of the text folder, or nothing when the link leads nowhere in the book.
std::optional<std::string> link_href(const std::string& target, const BookPlan& plan);

// Percent-encodes what may not stand in a URI (spaces, controls, non-ASCII bytes, "<>\"{}|\\^`"),
// leaving everything else, including existing escapes, as it is.
std::string encode_uri(const std::string& address);

}  // namespace persklaar::epub
