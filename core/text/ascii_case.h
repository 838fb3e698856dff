#pragma once
// Lower case for the ASCII world of keys, file extensions, language tags and XML names: A–Z become
// a–z and every other byte stays as it is, so UTF-8 text stays valid and no locale is consulted.
#include <string>

namespace persklaar {

std::string ascii_lowercase(std::string text);

}  // namespace persklaar
