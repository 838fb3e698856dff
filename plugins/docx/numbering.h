#pragma once
// Word's list numbering (numbering.xml, or w:lists in a Word 2003 document): which numbering a
// paragraph's w:numPr names, and what each level of it looks like.
#include <map>
#include <string>

#include "plugins/docx/xml_part.h"

namespace persklaar::docx {

struct ListLevel {
  bool ordered = false;  // decimal, letters, roman numerals…; false for bullets and unnumbered levels
  int start = 1;
};

class Numbering {
 public:
  // Reads a w:numbering element (OOXML).
  void read(const tinyxml2::XMLElement* numbering);
  // Reads a w:lists element (Word 2003: w:listDef and w:list with w:ilfo ids).
  void read_2003(const tinyxml2::XMLElement* lists);

  // The level `level` of numbering `num_id`; a bullet level when the numbering is unknown.
  ListLevel level(const std::string& num_id, int level) const;
  // The abstract numbering behind `num_id`: paragraphs of two num ids sharing it continue one count.
  std::string abstract_of(const std::string& num_id) const;
  // True when `num_id` restarts its abstract numbering's count at `level`.
  bool restarts(const std::string& num_id, int level) const;

 private:
  struct Instance {
    std::string abstract_id;
    std::map<int, int> start_overrides;
  };
  std::map<std::string, std::map<int, ListLevel>> abstracts_;
  std::map<std::string, Instance> instances_;
};

}  // namespace persklaar::docx
