#pragma once
// Percent-encoding (RFC 3986) for addresses handed on to other formats: the EPUB's hrefs and the
// PDF's link URIs each have characters they cannot carry as they are.
#include <string>
#include <string_view>

namespace persklaar {

// `text` with every byte outside printable ASCII (spaces, control characters, UTF-8 sequences) and
// every character of `also` written as %XX; everything else, '%' included, stays as it is.
std::string percent_encoded(const std::string& text, std::string_view also);

}  // namespace persklaar
