#include "plugins/pdf/content_stream.h"

#include <condition_variable>
#include <mutex>
#include <qpdf/Buffer.hh>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "plugins/pdf/zlib_deflate.h"

namespace persklaar::pdf {
namespace {

// The remembered rewrites hold at most this many bytes (keys and results): the pages of a magazine
// several times over, and little beside the memory a long book's build needs (README, "Limits").
// Past it they are forgotten all at once, which a build then pays for once.
constexpr std::size_t kMostRememberedBytes = 16u << 20;

std::string bytes_of(const std::shared_ptr<Buffer>& buffer) {
  return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

// The rewrites made, and those being made on some thread, by key.
class Remembered {
 public:
  struct Lookup {
    bool known = false;                 // `result` holds the remembered rewrite
    bool busy = false;                  // another thread is making it
    std::optional<std::string> result;  // deflated; empty: the rewrite declined
  };

  // The remembered rewrite; or, when another thread is making it, busy (or, with `wait`, its result
  // once made); or else neither, and the caller has claimed it and must keep() or give_up() the key.
  Lookup find_or_claim(const std::string& key, bool wait) {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      if (const auto found = results_.find(key); found != results_.end()) return {true, false, found->second};
      if (!being_made_.count(key)) break;
      if (!wait) return {false, true, {}};
      made_.wait(lock);
    }
    being_made_.insert(key);
    return {};
  }

  void keep(const std::string& key, std::optional<std::string> result) {
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      being_made_.erase(key);
      const std::size_t size = key.size() + (result ? result->size() : 0);
      if (bytes_ + size > kMostRememberedBytes) {
        results_.clear();
        bytes_ = 0;
      }
      if (results_.emplace(key, std::move(result)).second) bytes_ += size;
    }
    made_.notify_all();
  }

  // The claimed rewrite failed: a thread waiting for it makes it itself.
  void give_up(const std::string& key) {
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      being_made_.erase(key);
    }
    made_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable made_;
  std::unordered_map<std::string, std::optional<std::string>> results_;
  std::unordered_set<std::string> being_made_;
  std::size_t bytes_ = 0;
};

Remembered& remembered() {
  static auto* instance = new Remembered;  // never destroyed: editions may still run at exit
  return *instance;
}

}  // namespace

ContentRewritten rewrite_content(QPDFObjectHandle stream, const std::string& pass, const ContentRewrite& rewrite,
                                 WhenBusy when_busy) {
  std::string stored;
  try {
    stored = bytes_of(stream.getRawStreamData());
  } catch (const std::exception&) {
    return ContentRewritten::no;
  }
  QPDFObjectHandle dict = stream.getDict();
  std::string key = pass;
  key += '\0';
  key += dict.getKey("/Filter").unparse() + dict.getKey("/DecodeParms").unparse();
  key += '\0';
  key += stored;

  Remembered::Lookup found = remembered().find_or_claim(key, when_busy == WhenBusy::wait);
  if (found.busy) return ContentRewritten::busy;
  if (!found.known) {
    std::string content;
    try {
      content = bytes_of(stream.getStreamData(qpdf_dl_generalized));
    } catch (const std::exception&) {
      remembered().give_up(key);
      return ContentRewritten::no;
    }
    try {
      const std::optional<std::string> rewritten = rewrite(content);
      found.result = rewritten ? std::optional<std::string>(zlib_deflated(*rewritten)) : std::nullopt;
    } catch (...) {
      remembered().give_up(key);
      throw;
    }
    remembered().keep(key, found.result);
  }
  if (!found.result) return ContentRewritten::no;
  stream.replaceStreamData(*found.result, QPDFObjectHandle::newName("/FlateDecode"), QPDFObjectHandle::newNull());
  return ContentRewritten::yes;
}

}  // namespace persklaar::pdf
