#pragma once
// The testimonial convention: a quotation whose last line starts with an em dash names who said it,
// "— Name - role". Typed the Word way it is recognised too: an en dash ("– Name – role"), two
// hyphens, or a hyphen that made the line a one-item list ("- Name - role"). Shared by every input
// format that has quotations.
#include <optional>

#include "core/model/block.h"

namespace persklaar {

// When the quotation's last paragraph is (or ends in a line that is) an attribution, returns the
// testimonial: the quotation without that line, the person and the role. Otherwise nullopt, and the
// caller keeps a plain block quote. A quotation that is nothing but an attribution stays a quote.
std::optional<Testimonial> testimonial_from_quote(const Blocks& quote);

}  // namespace persklaar
