#pragma once
// Links an edition may carry: web addresses (http, https), e-mail (mailto), telephone numbers (tel),
// places in the publication (#anchor) and relative addresses. A link with any other scheme
// (javascript:, data:, file:, …) would run code or reach into the reader's machine from an e-book or
// a PDF: it is dropped, its text kept, with a warning naming where it was.
#include <string>

#include "core/diagnostics/diagnostic.h"
#include "core/model/publication.h"

namespace persklaar {

// The scheme of `address` in lower case, ignoring the blanks and control characters browsers skip
// ("Java\tScript:" is "javascript"); empty for an address without one.
std::string link_scheme(const std::string& address);

// Whether an edition may link to `address`.
bool is_safe_link(const std::string& address);

// Replaces every unsafe link by its content, warning once per link.
Publication drop_unsafe_links(Publication publication, Diagnostics& diagnostics);

}  // namespace persklaar
