#include "plugins/pdf/zlib_deflate.h"

#include <libdeflate.h>

#include <memory>
#include <new>
#include <stdexcept>

namespace persklaar::pdf {
namespace {

struct CompressorDeleter {
  void operator()(libdeflate_compressor* compressor) const { libdeflate_free_compressor(compressor); }
};

// A compressor is not to be shared between threads, and costs a little to make: one per thread.
libdeflate_compressor* compressor() {
  thread_local const std::unique_ptr<libdeflate_compressor, CompressorDeleter> made(libdeflate_alloc_compressor(1));
  if (!made) throw std::bad_alloc();
  return made.get();
}

}  // namespace

std::string zlib_deflated(std::string_view data) {
  libdeflate_compressor* c = compressor();
  std::string out(libdeflate_zlib_compress_bound(c, data.size()), '\0');
  const std::size_t size = libdeflate_zlib_compress(c, data.data(), data.size(), out.data(), out.size());
  if (size == 0) throw std::runtime_error("libdeflate could not compress a stream");
  out.resize(size);
  return out;
}

}  // namespace persklaar::pdf
