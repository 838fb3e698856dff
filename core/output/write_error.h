#pragma once
// Write errors reported as what they are: "No space left on device" with the file being written,
// whichever library did the writing (the standard streams, Cairo, libzip, qpdf).
#include <cstdio>
#include <filesystem>

namespace persklaar {

// Throws InputError naming `file` and the system's reason for `error_number` (an errno value).
[[noreturn]] void throw_write_error(const std::filesystem::path& file, int error_number);

// A file written through a library's write callback (Cairo's PDF stream, qpdf's FILE* output):
// the first failed write is remembered with its reason, and close() reports it, after flushing
// and syncing so that a full disk shows up here and not as a damaged file later.
class CheckedFile {
 public:
  // Throws InputError when the file cannot be created.
  explicit CheckedFile(std::filesystem::path path);
  ~CheckedFile();
  CheckedFile(const CheckedFile&) = delete;
  CheckedFile& operator=(const CheckedFile&) = delete;

  // False once anything failed; later writes are skipped.
  bool write(const void* data, std::size_t size);
  std::FILE* handle() const { return file_; }
  // Throws InputError when any write, the flush or the sync failed.
  void close();

 private:
  std::filesystem::path path_;
  std::FILE* file_ = nullptr;
  int error_ = 0;  // errno of the first failure
};

}  // namespace persklaar
