#include "core/output/atomic_file.h"

#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <stdexcept>
#include <string>

#include "core/output/interrupt.h"
#include "core/output/write_error.h"

namespace persklaar {
namespace {

std::filesystem::path temporary_beside(const std::filesystem::path& target) {
  static std::atomic<unsigned> counter{0};
  const std::string name =
      "." + target.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
  return target.parent_path() / name;
}

}  // namespace

AtomicFile::AtomicFile(std::filesystem::path target)
    : target_(std::move(target)), temporary_(temporary_beside(target_)) {
  register_temporary(temporary_);  // before it exists, so an interrupt never misses it
  errno = 0;
  stream_.open(temporary_, std::ios::binary | std::ios::trunc);
  if (!stream_) {
    const int reason = errno != 0 ? errno : EACCES;
    unregister_temporary(temporary_);
    throw_write_error(temporary_, reason);
  }
}

AtomicFile::~AtomicFile() {
  if (!committed_) {
    if (stream_.is_open()) stream_.close();
    std::error_code ignored;
    std::filesystem::remove(temporary_, ignored);
  }
  unregister_temporary(temporary_);
}

void AtomicFile::commit() {
  if (stream_.is_open()) {
    // errno still holds the reason of a write that failed earlier: the stream stops writing after it.
    const int earlier = stream_ ? 0 : errno;
    stream_.flush();
    const bool written = static_cast<bool>(stream_);
    const int flush_error = written ? 0 : errno;
    stream_.close();
    if (!written || !stream_) {
      const int reason = earlier != 0 ? earlier : flush_error != 0 ? flush_error : errno;
      throw_write_error(target_, reason != 0 ? reason : EIO);
    }
  }
  std::error_code error;
  std::filesystem::rename(temporary_, target_, error);
  if (error)
    throw std::runtime_error("cannot rename " + temporary_.string() + " to " + target_.string() + ": " +
                             error.message());
  committed_ = true;
}

void write_file_atomically(const std::filesystem::path& target, std::string_view bytes) {
  AtomicFile file(target);
  file.stream().write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  file.commit();
}

}  // namespace persklaar
