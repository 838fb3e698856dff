#pragma once
// The output sink: an edition is written to a temporary file beside its target and renamed over it
// only when complete, so a failed or interrupted build never leaves a half-written edition behind.
#include <filesystem>
#include <fstream>
#include <string_view>

namespace persklaar {

class AtomicFile {
 public:
  // Opens a fresh temporary file in the target's folder. Throws InputError (see write_error.h) when it cannot.
  explicit AtomicFile(std::filesystem::path target);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  // Removes the temporary file unless commit() succeeded.
  ~AtomicFile();

  // For writers that stream bytes themselves.
  std::ofstream& stream() { return stream_; }
  // For libraries that want a file name to write to (Cairo, libzip): write there, then commit().
  const std::filesystem::path& temporary_path() const { return temporary_; }
  const std::filesystem::path& target() const { return target_; }

  // Closes the stream, checks that every byte reached the disk and renames onto the target. A failed
  // write is an InputError naming the file and the system's reason (a full disk, say).
  void commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path temporary_;
  std::ofstream stream_;
  bool committed_ = false;
};

// Writes `bytes` to `target` through an AtomicFile.
void write_file_atomically(const std::filesystem::path& target, std::string_view bytes);

}  // namespace persklaar
