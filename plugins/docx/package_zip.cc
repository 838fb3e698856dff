// Reading a .docx: the zip package, opened from memory with libzip, every entry checked against the
// core's zip-bomb limits (core/input/archive_limits.h) from its header when the package is opened and
// again while it is uncompressed, which it is when the reader first asks for it.
#include <libdeflate.h>
#include <zip.h>

#include <map>
#include <memory>
#include <optional>

#include "core/diagnostics/diagnostic.h"
#include "core/input/archive_limits.h"
#include "plugins/docx/package.h"

namespace persklaar::docx {
namespace {

struct ArchiveCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct EntryCloser {
  void operator()(zip_file_t* entry) const { zip_fclose(entry); }
};

void check_encryption(const std::string& file, const zip_stat_t& stat) {
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
    throw InputError(position_in(file), "the entry '" + std::string(stat.name) + "' is encrypted",
                     "save a copy of the document without a password and use that");
  }
}

struct DecompressorCloser {
  void operator()(libdeflate_decompressor* decompressor) const { libdeflate_free_decompressor(decompressor); }
};

// A deflated entry whose header gives both sizes, inflated in one call into a buffer of the size the
// header declares (checked against the limits before) and checked against the header's CRC-32: the
// main document is most of a package, and libdeflate inflates it three times as fast as zlib's
// streaming inflate behind zip_fread. Null when the entry does not fit that (stored, sizes unknown,
// a header that lies about the size, damaged data); read_entry then reads it the streaming way, which
// counts what it really gives and names the damage.
// `package_size`: the bytes of the whole file, which an entry's compressed data cannot pass (a header
// that says otherwise would have a buffer of its claim made before anything is read).
std::optional<std::string> inflate_whole(zip_t* archive, zip_uint64_t index, const zip_stat_t& stat,
                                         std::size_t package_size, libdeflate_decompressor* decompressor) {
  constexpr zip_uint64_t kNeeded = ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_CRC;
  if ((stat.valid & kNeeded) != kNeeded || stat.comp_method != ZIP_CM_DEFLATE || stat.size == 0) return std::nullopt;
  if (stat.comp_size > package_size) return std::nullopt;
  std::unique_ptr<zip_file_t, EntryCloser> entry(zip_fopen_index(archive, index, ZIP_FL_COMPRESSED));
  if (!entry) return std::nullopt;
  std::string compressed(static_cast<std::size_t>(stat.comp_size), '\0');
  if (zip_fread(entry.get(), compressed.data(), compressed.size()) != static_cast<zip_int64_t>(compressed.size())) {
    return std::nullopt;
  }
  if (!decompressor) return std::nullopt;
  std::string bytes(static_cast<std::size_t>(stat.size), '\0');
  // Without a place for the actual size, libdeflate succeeds only when the data fill the buffer exactly.
  if (libdeflate_deflate_decompress(decompressor, compressed.data(), compressed.size(), bytes.data(), bytes.size(),
                                    nullptr) != LIBDEFLATE_SUCCESS ||
      libdeflate_crc32(0, bytes.data(), bytes.size()) != stat.crc) {
    return std::nullopt;
  }
  return bytes;
}

// Reads one entry, never more than the limits whatever its header claims.
std::string read_entry(zip_t* archive, zip_uint64_t index, const zip_stat_t& stat, const std::string& file,
                       std::size_t package_size, ArchiveBudget& budget, libdeflate_decompressor* decompressor) {
  const std::string name = stat.name ? stat.name : "?";
  if (auto whole = inflate_whole(archive, index, stat, package_size, decompressor)) {
    budget.count(name, whole->size(), whole->size());
    return std::move(*whole);
  }
  std::unique_ptr<zip_file_t, EntryCloser> entry(zip_fopen_index(archive, index, 0));
  if (!entry) {
    throw InputError(position_in(file), "the entry '" + name + "' cannot be read: " + zip_strerror(archive),
                     "the document is damaged: open it in Word or LibreOffice and save it again");
  }
  // Inflated straight into a string of the size the header gives (checked against the limits
  // before, by ArchiveBudget::check_declared); whatever comes beyond that size is appended from a small buffer, so a
  // header that says too little costs a little copying and nothing more.
  std::string bytes((stat.valid & ZIP_STAT_SIZE) ? static_cast<std::size_t>(stat.size) : 0, '\0');
  std::size_t filled = 0;
  char spill[16384];
  for (;;) {
    const bool in_place = filled < bytes.size();
    char* into = in_place ? bytes.data() + filled : spill;
    const zip_int64_t got = zip_fread(entry.get(), into, in_place ? bytes.size() - filled : sizeof spill);
    if (got < 0) {
      throw InputError(position_in(file), "the entry '" + name + "' is damaged: " + zip_file_strerror(entry.get()),
                       "open the document in Word or LibreOffice and save it again");
    }
    if (got == 0) break;
    if (!in_place) bytes.append(spill, static_cast<std::size_t>(got));
    filled += static_cast<std::size_t>(got);
    budget.count(name, static_cast<std::uintmax_t>(got), filled);
  }
  bytes.resize(filled);
  return bytes;
}

// The entries of an open zip, unpacked one by one as the reader asks for them. It owns the file's
// bytes, which libzip reads from.
class ZipEntries final : public Package::Source {
 public:
  ZipEntries(std::string file, std::string bytes)
      : file_(std::move(file)),
        bytes_(std::move(bytes)),
        budget_(file_),
        decompressor_(libdeflate_alloc_decompressor()) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes_.data(), bytes_.size(), 0, &error);
    archive_.reset(source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr);
    if (!archive_) {
      if (source) zip_source_free(source);
      const std::string reason = zip_error_strerror(&error);
      zip_error_fini(&error);
      throw InputError(position_in(file_), "the Word document is not a readable zip package (" + reason + ")",
                       "the file is damaged or incomplete: open it in Word or LibreOffice and save it again");
    }
    zip_error_fini(&error);
  }

  // The names of the entries that are files, each checked against the limits from its header: the
  // package's unpacked size counts what every header declares, so a package too large in all is
  // refused before anything is unpacked.
  std::vector<std::string> list() {
    ArchiveBudget declared(file_);
    const zip_int64_t count = zip_get_num_entries(archive_.get(), 0);
    declared.check_entry_count(count > 0 ? static_cast<std::uintmax_t>(count) : 0);
    std::vector<std::string> names;
    for (zip_int64_t k = 0; k < count; ++k) {
      const auto index = static_cast<zip_uint64_t>(k);
      zip_stat_t stat;
      if (zip_stat_index(archive_.get(), index, 0, &stat) != 0 || !stat.name) continue;
      const std::string name = stat.name;
      if (name.empty() || name.back() == '/') continue;  // a folder entry
      check_encryption(file_, stat);
      // A header without sizes is checked only while the entry is read.
      const bool sized = (stat.valid & ZIP_STAT_SIZE) != 0;
      const bool compressed_sized = sized && (stat.valid & ZIP_STAT_COMP_SIZE) != 0;
      const std::uintmax_t size = sized ? stat.size : 0;
      declared.check_declared(name, size, compressed_sized ? stat.comp_size : size);
      declared.count(name, size, size);
      indices_[name] = index;
      names.push_back(name);
    }
    return names;
  }

  std::string read(const std::string& name) override {
    const zip_uint64_t index = indices_.at(name);
    zip_stat_t stat;
    if (zip_stat_index(archive_.get(), index, 0, &stat) != 0) {
      throw InputError(position_in(file_), "the entry '" + name + "' cannot be read: " + zip_strerror(archive_.get()),
                       "the document is damaged: open it in Word or LibreOffice and save it again");
    }
    return read_entry(archive_.get(), index, stat, file_, bytes_.size(), budget_, decompressor_.get());
  }

 private:
  std::string file_;
  std::string bytes_;
  ArchiveBudget budget_;  // what is really unpacked
  std::unique_ptr<libdeflate_decompressor, DecompressorCloser> decompressor_;
  std::unique_ptr<zip_t, ArchiveCloser> archive_;
  std::map<std::string, zip_uint64_t> indices_;
};

}  // namespace

Package read_zip_package(const std::string& file, std::string bytes) {
  auto entries = std::make_unique<ZipEntries>(file, std::move(bytes));
  const std::vector<std::string> names = entries->list();
  return Package(file, names, std::move(entries));
}

}  // namespace persklaar::docx
