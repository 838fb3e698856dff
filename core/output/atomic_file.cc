#include "core/output/atomic_file.h"

#include <unistd.h>

#include <atomic>
#include <stdexcept>
#include <string>

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
  stream_.open(temporary_, std::ios::binary | std::ios::trunc);
  if (!stream_) throw std::runtime_error("cannot create " + temporary_.string());
}

AtomicFile::~AtomicFile() {
  if (committed_) return;
  if (stream_.is_open()) stream_.close();
  std::error_code ignored;
  std::filesystem::remove(temporary_, ignored);
}

void AtomicFile::commit() {
  if (stream_.is_open()) {
    stream_.flush();
    const bool written = static_cast<bool>(stream_);
    stream_.close();
    if (!written) throw std::runtime_error("could not write all of " + target_.string());
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
