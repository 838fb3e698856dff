#pragma once
// A publication's identifier, stable across builds: editions name the same book with the same id
// (the EPUB's dc:identifier, a PDF's document ID), so readers and libraries see one book rebuilt,
// not a new one.
#include <string>
#include <string_view>

#include "core/model/publication.h"

namespace persklaar {

// The manuscript's own `identifier` when it has one; otherwise a name-based UUID (RFC 4122 version
// 5) of the title, publisher and date, as "urn:uuid:…". Changing any of the three gives a new id.
std::string stable_identifier(const Metadata& metadata);

// RFC 4122 version 5: the SHA-1 of a namespace UUID and a name, as lowercase "xxxxxxxx-xxxx-…".
// `namespace_uuid` is in the same textual form; throws std::invalid_argument when it is not.
std::string name_based_uuid(std::string_view namespace_uuid, std::string_view name);

}  // namespace persklaar
