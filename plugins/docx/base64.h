#pragma once
// Base64, as Flat OPC and Word 2003 XML store pictures inside the document.
#include <optional>
#include <string>

namespace persklaar::docx {

// Decodes base64 text, skipping whitespace and stopping at padding; nullopt for any other character.
std::optional<std::string> decode_base64(const char* text);

}  // namespace persklaar::docx
