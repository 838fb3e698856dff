#include "core/model/attributes.h"

#include <algorithm>

namespace persklaar {

bool Attributes::has_class(const std::string& name) const {
  return std::find(classes.begin(), classes.end(), name) != classes.end();
}

}  // namespace persklaar
