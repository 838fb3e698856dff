#include "plugins/pdf/content_stream.h"

#include <zlib.h>

#include <mutex>
#include <qpdf/Buffer.hh>
#include <stdexcept>
#include <unordered_map>

namespace persklaar::pdf {
namespace {

// The remembered rewrites hold at most this many bytes (keys and results): the pages of a magazine
// several times over, and little beside the memory a long book's build needs (README, "Limits").
// Past it they are forgotten all at once, which a build then pays for once.
constexpr std::size_t kMostRememberedBytes = 16u << 20;

std::string deflated(const std::string& data) {
  uLongf size = compressBound(static_cast<uLong>(data.size()));
  std::string out(size, '\0');
  if (compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(data.data()),
                static_cast<uLong>(data.size()), Z_BEST_SPEED) != Z_OK)
    throw std::runtime_error("zlib could not compress a page's content");
  out.resize(size);
  return out;
}

std::string bytes_of(const std::shared_ptr<Buffer>& buffer) {
  return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

class Remembered {
 public:
  // The deflated result for `key` when there is one (an empty optional inside: the rewrite declined).
  std::optional<std::optional<std::string>> find(const std::string& key) {
    const std::lock_guard<std::mutex> lock(mutex_);
    const auto found = results_.find(key);
    if (found == results_.end()) return std::nullopt;
    return found->second;
  }

  void keep(std::string key, std::optional<std::string> result) {
    const std::lock_guard<std::mutex> lock(mutex_);
    const std::size_t size = key.size() + (result ? result->size() : 0);
    if (bytes_ + size > kMostRememberedBytes) {
      results_.clear();
      bytes_ = 0;
    }
    if (results_.emplace(std::move(key), std::move(result)).second) bytes_ += size;
  }

 private:
  std::mutex mutex_;
  std::unordered_map<std::string, std::optional<std::string>> results_;
  std::size_t bytes_ = 0;
};

Remembered& remembered() {
  static auto* instance = new Remembered;  // never destroyed: editions may still run at exit
  return *instance;
}

}  // namespace

bool rewrite_content(QPDFObjectHandle stream, const std::string& pass, const ContentRewrite& rewrite) {
  std::string stored;
  try {
    stored = bytes_of(stream.getRawStreamData());
  } catch (const std::exception&) {
    return false;
  }
  QPDFObjectHandle dict = stream.getDict();
  std::string key = pass;
  key += '\0';
  key += dict.getKey("/Filter").unparse() + dict.getKey("/DecodeParms").unparse();
  key += '\0';
  key += stored;

  std::optional<std::optional<std::string>> result = remembered().find(key);
  if (!result) {
    std::optional<std::string> content;
    try {
      content = bytes_of(stream.getStreamData(qpdf_dl_generalized));
    } catch (const std::exception&) {
      return false;
    }
    std::optional<std::string> rewritten = rewrite(*content);
    result = rewritten ? std::optional<std::string>(deflated(*rewritten)) : std::nullopt;
    remembered().keep(std::move(key), *result);
  }
  if (!*result) return false;
  stream.replaceStreamData(**result, QPDFObjectHandle::newName("/FlateDecode"), QPDFObjectHandle::newNull());
  return true;
}

}  // namespace persklaar::pdf
