#include "core/output/write_error.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/diagnostics/diagnostic.h"

namespace persklaar {

namespace {

// The edition a temporary file of AtomicFile stands for (".boek.pdf.tmp-123-0" → "boek.pdf"), so
// that the message names the file the user asked for; other names are left as they are.
std::filesystem::path edition_of(const std::filesystem::path& file) {
  const std::string name = file.filename().string();
  const std::size_t marker = name.rfind(".tmp-");
  if (name.size() < 2 || name[0] != '.' || marker == std::string::npos) return file;
  return file.parent_path() / name.substr(1, marker - 1);
}

}  // namespace

void throw_write_error(const std::filesystem::path& file, int error_number) {
  const bool full = error_number == ENOSPC || error_number == EDQUOT || error_number == EFBIG;
  throw InputError(position_in(edition_of(file).string()),
                   std::string("cannot write the file: ") + std::strerror(error_number),
                   full ? "free some space on the disk, or write the editions elsewhere with -o"
                        : "check the folder's permissions and the disk");
}

CheckedFile::CheckedFile(std::filesystem::path path) : path_(std::move(path)) {
  file_ = std::fopen(path_.c_str(), "wb");
  if (!file_) throw_write_error(path_, errno);
}

CheckedFile::~CheckedFile() {
  if (file_) std::fclose(file_);
}

bool CheckedFile::write(const void* data, std::size_t size) {
  if (error_ != 0) return false;
  if (std::fwrite(data, 1, size, file_) != size) error_ = errno != 0 ? errno : EIO;
  return error_ == 0;
}

void CheckedFile::close() {
  if (error_ == 0 && std::ferror(file_)) error_ = errno != 0 ? errno : EIO;
  if (error_ == 0 && std::fflush(file_) != 0) error_ = errno;
  if (error_ == 0 && ::fsync(::fileno(file_)) != 0 && errno != EINVAL) error_ = errno;
  const int closed = std::fclose(file_);
  file_ = nullptr;
  if (error_ == 0 && closed != 0) error_ = errno;
  if (error_ != 0) throw_write_error(path_, error_);
}

}  // namespace persklaar
