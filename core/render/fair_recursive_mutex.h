#pragma once
// A recursive mutex that hands itself over in the order it was asked for. A thread that unlocks
// and locks again at once (the PDF painter, a page at a time) would otherwise keep a std::mutex
// for itself while another thread waits for all of it (the EPUB's cover, a few milliseconds).
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

namespace persklaar {

class FairRecursiveMutex {
 public:
  void lock();
  void unlock();

 private:
  std::mutex mutex_;
  std::condition_variable turn_changed_;
  std::thread::id owner_;
  int depth_ = 0;                  // how often the owner holds it
  std::uint64_t next_ticket_ = 0;  // the ticket the next waiting thread draws
  std::uint64_t serving_ = 0;      // the ticket whose turn it is
};

}  // namespace persklaar
