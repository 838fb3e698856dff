// The text lock hands itself over in turn: a thread that unlocks and locks again at once (the PDF
// painter, a page at a time) lets a thread that was waiting go first, and the owner may lock again.
#include "core/render/fair_recursive_mutex.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

namespace persklaar {
namespace {

TEST(FairRecursiveMutex, AWaitingThreadGoesBeforeTheOwnerLocksAgain) {
  FairRecursiveMutex mutex;
  std::atomic<int> rounds{0};
  std::atomic<bool> waiting{false};
  std::atomic<int> rounds_when_it_got_in{-1};
  std::unique_lock<FairRecursiveMutex> held(mutex);
  std::thread other([&] {
    waiting = true;
    const std::lock_guard<FairRecursiveMutex> lock(mutex);
    rounds_when_it_got_in = rounds.load();
  });
  while (!waiting) std::this_thread::yield();
  std::this_thread::sleep_for(std::chrono::milliseconds(20));  // the other thread is in lock() by now
  for (int round = 0; round < 50; ++round) {                   // a page at a time, each taking a while
    held.unlock();
    held.lock();
    ++rounds;
    const auto page_painted = std::chrono::steady_clock::now() + std::chrono::milliseconds(1);
    while (std::chrono::steady_clock::now() < page_painted) {
    }
  }
  held.unlock();
  other.join();
  EXPECT_GE(rounds_when_it_got_in.load(), 0);
  EXPECT_LE(rounds_when_it_got_in.load(), 1) << "the waiting thread had to wait for the owner's every round";
}

TEST(FairRecursiveMutex, TheOwnerMayLockAgainAndHoldsItUntilTheLastUnlock) {
  FairRecursiveMutex mutex;
  mutex.lock();
  mutex.lock();  // a painter calling another painter
  std::atomic<bool> got_in{false};
  std::thread other([&] {
    const std::lock_guard<FairRecursiveMutex> lock(mutex);
    got_in = true;
  });
  mutex.unlock();
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_FALSE(got_in) << "held once more, it is still the owner's";
  mutex.unlock();
  other.join();
  EXPECT_TRUE(got_in);
}

}  // namespace
}  // namespace persklaar
