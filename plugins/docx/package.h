#pragma once
// The parts of a Word document, whatever held them: a .docx (OOXML zip package) or a Flat OPC XML
// file (the same package written out as one XML document). Part names are kept without the leading
// slash: "word/document.xml".
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace persklaar::docx {

class Package {
 public:
  // Where the parts of a package come from when they are first asked for: a zip's entries are
  // unpacked only then, so the parts the reader never asks for (thumbnails, embedded fonts, themes,
  // settings) cost nothing.
  class Source {
   public:
    virtual ~Source() = default;
    // The bytes of the part the source calls `name`; throws InputError when it cannot give them.
    virtual std::string read(const std::string& name) = 0;
  };

  // `file` is the name the user gave, for messages.
  explicit Package(std::string file) : file_(std::move(file)) {}
  // A package of the parts `names` (as `source` spells them), each read from `source` when asked for.
  Package(std::string file, const std::vector<std::string>& names, std::unique_ptr<Source> source);

  const std::string& file() const { return file_; }
  void add(std::string name, std::string bytes) { parts_[normalised(name)] = std::move(bytes); }
  // The bytes of a part, or null when the package has no such part. Throws InputError when the part
  // is there but cannot be read (a damaged or oversized zip entry).
  const std::string* find(const std::string& name) const;

  // "/word/../word/document.xml" → "word/document.xml".
  static std::string normalised(const std::string& name);

 private:
  // The part under its normalised name, read from the source when it was not yet.
  const std::string* part(const std::string& normalised_name) const;

  std::string file_;
  mutable std::map<std::string, std::string> parts_;
  mutable std::map<std::string, std::string> unread_;  // normalised name → the source's name
  std::unique_ptr<Source> source_;
};

// Reads the directory of a .docx zip with libzip and checks every entry against the zip-bomb limits of
// core/input/archive_limits.h from what its header declares; entries are unpacked when the reader
// asks for them, and checked again while they are. Throws InputError for a damaged zip, an encrypted
// entry, or a package over the limits (naming the entry).
Package read_zip_package(const std::string& file, std::string bytes);

// Reads a Flat OPC document (<pkg:package> of <pkg:part> elements, XML parts inline and binary ones in
// base64). Throws InputError for malformed XML or a package over the same limits as a zip's.
Package read_flat_opc_package(const std::string& file, const std::string& bytes);

}  // namespace persklaar::docx
