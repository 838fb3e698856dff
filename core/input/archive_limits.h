#pragma once
// The limits on a manuscript packed as a zip file (a Word document): a small file can unpack into
// gigabytes (a zip bomb) or hold millions of entries. Each entry is checked before it is unpacked,
// from what its header declares, and again while it is unpacked, from what it really gives, since
// a header can lie. Far beyond any real document: Word writes tens of entries, a book with pictures
// a few hundred, and its parts stay far below 64 MiB.
#include <cstdint>
#include <string>

namespace persklaar {

inline constexpr std::uintmax_t kMostEntryBytes = 64u << 20;     // one entry, uncompressed
inline constexpr std::uintmax_t kMostArchiveBytes = 256u << 20;  // all entries together, uncompressed
inline constexpr std::uintmax_t kMostArchiveEntries = 10000;     // entries of one package
inline constexpr std::uintmax_t kMostCompressionRatio = 100;     // uncompressed size / compressed size
// The ratio is checked for entries larger than this: the text of a long, repetitive paragraph may
// shrink a hundredfold, and the size limits already bound what a small entry costs.
inline constexpr std::uintmax_t kRatioCheckedAbove = 8u << 20;

// Counts what one package unpacks; every check throws InputError naming the file and the entry.
class ArchiveBudget {
 public:
  explicit ArchiveBudget(std::string file) : file_(std::move(file)) {}

  // Before the package is read: the number of entries its directory lists.
  void check_entry_count(std::uintmax_t entries) const;
  // Before an entry is unpacked: the sizes its header declares (compressed 0 when unknown).
  void check_declared(const std::string& entry, std::uintmax_t size, std::uintmax_t compressed) const;
  // While an entry is unpacked: `bytes` more of it, `entry_bytes` of it so far.
  void count(const std::string& entry, std::uintmax_t bytes, std::uintmax_t entry_bytes);

 private:
  [[noreturn]] void refuse(const std::string& entry, const std::string& why) const;

  std::string file_;
  std::uintmax_t unpacked_ = 0;
};

}  // namespace persklaar
