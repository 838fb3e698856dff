#pragma once
// A readable text dump of the model, one node a line, indented by depth. Tests of input plugins
// compare against it (the pivot between readers and writers), and it helps when debugging one.
#include <string>

#include "core/model/publication.h"

namespace persklaar {

std::string dump(const Publication& publication);
std::string dump(const Blocks& blocks);
std::string dump(const Inlines& inlines);  // on one line

}  // namespace persklaar
