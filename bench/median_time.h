#pragma once
// The measures the benchmarks report: medians of wall (and processor) time over repeated runs of some work.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <functional>
#include <vector>

namespace persklaar::bench {

// The middle of some measurements (the upper middle of an even number).
inline double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

// Medians of wall and processor time (every thread of the process) over repeated runs.
struct Timing {
  double wall_ms = 0;
  double cpu_ms = 0;
};

inline double cpu_now_ms() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

inline Timing median_timing(int runs, const std::function<void()>& work) {
  std::vector<double> walls, cpus;
  for (int k = 0; k < runs; ++k) {
    const auto start = std::chrono::steady_clock::now();
    const double cpu_start = cpu_now_ms();
    work();
    cpus.push_back(cpu_now_ms() - cpu_start);
    walls.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  return {median(walls), median(cpus)};
}

inline double median_ms(int runs, const std::function<void()>& work) {
  return median_timing(runs, work).wall_ms;
}

}  // namespace persklaar::bench
