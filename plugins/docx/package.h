#pragma once
// The parts of a Word document, whatever held them: a .docx (OOXML zip package) or a Flat OPC XML
// file (the same package written out as one XML document). Part names are kept without the leading
// slash: "word/document.xml".
#include <map>
#include <optional>
#include <string>

namespace persklaar::docx {

class Package {
 public:
  // `file` is the name the user gave, for messages.
  explicit Package(std::string file) : file_(std::move(file)) {}

  const std::string& file() const { return file_; }
  void add(std::string name, std::string bytes) { parts_[normalised(name)] = std::move(bytes); }
  // The bytes of a part, or null when the package has no such part.
  const std::string* find(const std::string& name) const;
  bool empty() const { return parts_.empty(); }

  // "/word/../word/document.xml" → "word/document.xml".
  static std::string normalised(const std::string& name);

 private:
  std::string file_;
  std::map<std::string, std::string> parts_;
};

// Reads a .docx zip with libzip. Throws InputError for a damaged zip, an encrypted entry, or a
// package over the zip-bomb limits of core/input/archive_limits.h (naming the entry).
Package read_zip_package(const std::string& file, const std::string& bytes);

// Reads a Flat OPC document (<pkg:package> of <pkg:part> elements, XML parts inline and binary ones in
// base64). Throws InputError for malformed XML or a package over the same limits as a zip's.
Package read_flat_opc_package(const std::string& file, const std::string& bytes);

}  // namespace persklaar::docx
