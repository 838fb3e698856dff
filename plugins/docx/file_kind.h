#pragma once
// What a file given as a Word manuscript really is, told from its first bytes and, for XML, its root
// element, never from the extension alone: users rename files, and mail programs do too.
#include <string>

namespace persklaar::docx {

enum class FileKind {
  zip_package,        // a .docx (or another zip: the reader then finds no Word document inside)
  flat_opc,           // <pkg:package>: Word's "Word XML Document"
  word_2003_xml,      // <w:wordDocument>: WordprocessingML 2003
  encrypted_package,  // an OLE container holding an EncryptedPackage stream: a password-protected .docx
  word_97_document,   // another OLE container: a .doc from Word 97–2003
  pdf,
  other_xml,
  unknown,
};

FileKind kind_of_file(const std::string& bytes);

// Throws InputError naming what the file is and what to do, for every kind the reader cannot read.
void refuse_unreadable(FileKind kind, const std::string& file, const std::string& bytes);

}  // namespace persklaar::docx
