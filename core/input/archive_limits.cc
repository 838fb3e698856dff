#include "core/input/archive_limits.h"

#include "core/diagnostics/diagnostic.h"
#include "core/input/limits.h"

namespace persklaar {

void ArchiveBudget::refuse(const std::string& entry, const std::string& why) const {
  throw InputError(position_in(file_), "refused: the entry '" + entry + "' " + why + " (a zip bomb?)",
                   "a real document stays far below these limits; save it again from the program that made it");
}

void ArchiveBudget::check_entry_count(std::uintmax_t entries) const {
  if (entries <= kMostArchiveEntries) return;
  throw InputError(position_in(file_),
                   "refused: the package holds " + std::to_string(entries) + " entries, more than the limit of " +
                       std::to_string(kMostArchiveEntries) + " (a zip bomb?)",
                   "a real document holds tens or hundreds of entries; save it again from the program that made it");
}

void ArchiveBudget::check_declared(const std::string& entry, std::uintmax_t size, std::uintmax_t compressed) const {
  if (size > kMostEntryBytes) refuse(entry, "is larger than " + human_size(kMostEntryBytes) + " uncompressed");
  if (size > kRatioCheckedAbove && size / (compressed > 0 ? compressed : 1) > kMostCompressionRatio) {
    refuse(entry, "grows more than " + std::to_string(kMostCompressionRatio) + " times when uncompressed");
  }
  if (size > kMostArchiveBytes - unpacked_) {
    refuse(entry, "would bring the package beyond " + human_size(kMostArchiveBytes) + " uncompressed");
  }
}

void ArchiveBudget::count(const std::string& entry, std::uintmax_t bytes, std::uintmax_t entry_bytes) {
  unpacked_ += bytes;
  if (entry_bytes > kMostEntryBytes) refuse(entry, "is larger than " + human_size(kMostEntryBytes) + " uncompressed");
  if (unpacked_ > kMostArchiveBytes) {
    refuse(entry, "brings the package beyond " + human_size(kMostArchiveBytes) + " uncompressed");
  }
}

}  // namespace persklaar
