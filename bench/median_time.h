#pragma once
// The one measure the benchmarks report: the median wall time of repeated runs of some work.
#include <algorithm>
#include <chrono>
#include <functional>
#include <vector>

namespace persklaar::bench {

inline double median_ms(int runs, const std::function<void()>& work) {
  std::vector<double> times;
  for (int k = 0; k < runs; ++k) {
    const auto start = std::chrono::steady_clock::now();
    work();
    times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

}  // namespace persklaar::bench
