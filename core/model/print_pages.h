#pragma once
// Reading the print page map back from the model: on which print page each chapter and section
// begins. Empty when the publication was not paginated.
#include <map>
#include <string>

#include "core/model/publication.h"

namespace persklaar {

// Chapter and section id → the print page its title stands on.
std::map<std::string, int> print_page_of_ids(const Publication& publication);

}  // namespace persklaar
