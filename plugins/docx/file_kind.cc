#include "plugins/docx/file_kind.h"

#include <string_view>

#include "core/diagnostics/diagnostic.h"

namespace persklaar::docx {
namespace {

bool starts_with(const std::string& bytes, std::string_view prefix) {
  return bytes.compare(0, prefix.size(), prefix) == 0;
}

// The name of the root element, skipping the XML declaration, comments and processing instructions.
std::string root_element_name(const std::string& bytes) {
  std::size_t at = bytes.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
  while (at < bytes.size() && at < 4096) {
    at = bytes.find('<', at);
    if (at == std::string::npos || at + 1 >= bytes.size()) return {};
    const char next = bytes[at + 1];
    if (next == '?' || next == '!') {
      const std::size_t end = bytes.find('>', at);
      if (end == std::string::npos) return {};
      at = end + 1;
      continue;
    }
    const std::size_t end = bytes.find_first_of(" \t\r\n/>", at + 1);
    return bytes.substr(at + 1, end == std::string::npos ? std::string::npos : end - at - 1);
  }
  return {};
}

std::string_view local_part(std::string_view name) {
  const auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

}  // namespace

FileKind kind_of_file(const std::string& bytes) {
  if (starts_with(bytes, "PK\x03\x04") || starts_with(bytes, "PK\x05\x06")) return FileKind::zip_package;
  if (starts_with(bytes, "%PDF")) return FileKind::pdf;
  if (starts_with(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    // The OLE directory names its streams in UTF-16: a password-protected OOXML file is an OLE
    // container with "EncryptedPackage" in it.
    static const std::string encrypted("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
    return bytes.find(encrypted) != std::string::npos ? FileKind::encrypted_package : FileKind::word_97_document;
  }
  const std::string root = root_element_name(bytes);
  if (local_part(root) == "package") return FileKind::flat_opc;
  if (local_part(root) == "wordDocument") return FileKind::word_2003_xml;
  if (!root.empty()) return FileKind::other_xml;
  return FileKind::unknown;
}

void refuse_unreadable(FileKind kind, const std::string& file, const std::string& bytes) {
  const SourcePosition where = position_in(file);
  switch (kind) {
    case FileKind::zip_package:
    case FileKind::flat_opc:
    case FileKind::word_2003_xml: return;
    case FileKind::encrypted_package:
      throw InputError(where, "the Word document is encrypted (protected with a password)",
                       "save a copy without a password (in Word: File, Info, Protect Document, Encrypt) and use that");
    case FileKind::word_97_document:
      throw InputError(where, "this is an old Word 97-2003 document (.doc), not a .docx",
                       "open it in Word or LibreOffice and save it as a Word document (.docx)");
    case FileKind::pdf:
      throw InputError(where, "this is a PDF file, not a Word document",
                       "use the Word document the PDF was made from, or save the text as .docx");
    case FileKind::other_xml:
      throw InputError(where,
                       "this XML file is not a Word document (its root element is not a package or wordDocument)",
                       "save the manuscript from Word as a Word document (.docx) or Word XML Document");
    case FileKind::unknown:
      throw InputError(where, bytes.empty() ? "the file is empty" : "this is not a Word document",
                       "save the manuscript from Word as a Word document (.docx)");
  }
}

}  // namespace persklaar::docx
