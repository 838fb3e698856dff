#pragma once
// OPC relationships: how one part names the others (the main document, its styles, numbering, notes,
// images and hyperlink addresses). The reader follows them instead of assuming part names, as a
// package may put its document anywhere.
#include <map>
#include <string>

#include "plugins/docx/package.h"

namespace persklaar::docx {

struct Relationship {
  std::string type;    // the last segment of the type URI: "officeDocument", "styles", "image", …
  std::string target;  // a part name resolved against the source part, or an address when external
  bool external = false;
};

class Relationships {
 public:
  // Reads the relationships of `source_part` ("" for the package itself) from its .rels part; none
  // when the package has no such part. Throws InputError when the .rels part is malformed.
  static Relationships of(const Package& package, const std::string& source_part);

  const Relationship* find(const std::string& id) const;
  // The target of the first relationship of `type`, or "" when there is none.
  std::string target_of_type(const std::string& type) const;

 private:
  std::map<std::string, Relationship> by_id_;
};

}  // namespace persklaar::docx
