#pragma once
// The one instant an EPUB claims to be from: its dcterms:modified and the time of every zip entry.
// Never the clock, so the same manuscript gives the same bytes: SOURCE_DATE_EPOCH when the build
// environment sets it (reproducible-builds.org), otherwise the publication's own date (its first
// day, at midnight UTC), otherwise 1980-01-01, the earliest time a zip entry can carry.
#include <cstdint>
#include <string>

#include "core/model/publication.h"

namespace persklaar::epub {

// Seconds since 1970-01-01T00:00:00Z. `source_date_epoch` is the variable's value, or null when it
// is not set. Throws InputError when it is set but is not a count of seconds.
std::int64_t build_time(const Metadata& metadata, const char* source_date_epoch);

// "2019-12-01T00:00:00Z", the form dcterms:modified requires.
std::string iso8601_utc(std::int64_t seconds);

// An MS-DOS date and time as zip entries store them (local time by convention; we store UTC, so that
// the bytes do not depend on the machine's time zone). Instants before 1980 become 1980-01-01.
struct DosTime {
  std::uint16_t time = 0;
  std::uint16_t date = 0;
};
DosTime dos_time(std::int64_t seconds);

}  // namespace persklaar::epub
