#include "plugins/epub/build_time.h"

#include <chrono>
#include <cstdio>

#include "core/diagnostics/diagnostic.h"

namespace persklaar::epub {
namespace {

constexpr std::int64_t kZipEpoch = 315532800;  // 1980-01-01T00:00:00Z

struct UtcFields {
  int year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0;
};

UtcFields utc_fields(std::int64_t seconds) {
  using namespace std::chrono;
  const sys_seconds instant{std::chrono::seconds{seconds}};
  const sys_days day = floor<days>(instant);
  const year_month_day date{day};
  const hh_mm_ss<std::chrono::seconds> time{instant - day};
  return {static_cast<int>(date.year()),
          static_cast<int>(static_cast<unsigned>(date.month())),
          static_cast<int>(static_cast<unsigned>(date.day())),
          static_cast<int>(time.hours().count()),
          static_cast<int>(time.minutes().count()),
          static_cast<int>(time.seconds().count())};
}

// "2019", "2019-12" or "2019-12-05" → midnight UTC of its first day; nothing for anything else.
bool date_seconds(const std::string& date, std::int64_t& seconds) {
  int year = 0;
  unsigned month = 1, day = 1;
  char rest = 0;
  const bool read = (date.size() == 4 && std::sscanf(date.c_str(), "%4d%c", &year, &rest) == 1) ||
                    (date.size() == 7 && std::sscanf(date.c_str(), "%4d-%2u%c", &year, &month, &rest) == 2) ||
                    (date.size() == 10 && std::sscanf(date.c_str(), "%4d-%2u-%2u%c", &year, &month, &day, &rest) == 3);
  if (!read) return false;
  using namespace std::chrono;
  const year_month_day ymd{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
  if (!ymd.ok()) return false;
  seconds = duration_cast<std::chrono::seconds>(sys_days{ymd}.time_since_epoch()).count();
  return true;
}

}  // namespace

std::int64_t build_time(const Metadata& metadata, const char* source_date_epoch) {
  if (source_date_epoch) {
    const std::string value = source_date_epoch;
    std::size_t used = 0;
    long long seconds = -1;
    try {
      seconds = std::stoll(value, &used);
    } catch (const std::exception&) {
    }
    if (value.empty() || used != value.size() || seconds < 0) {
      throw InputError({}, "SOURCE_DATE_EPOCH must be a number of seconds since 1970, not '" + value + "'",
                       "unset it, or set it to e.g. $(git log -1 --format=%ct)");
    }
    return seconds;
  }
  std::int64_t seconds = 0;
  if (date_seconds(metadata.date, seconds)) return seconds;
  return kZipEpoch;
}

std::string iso8601_utc(std::int64_t seconds) {
  const UtcFields utc = utc_fields(seconds);
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", utc.year, utc.month, utc.day, utc.hour, utc.minute,
                utc.second);
  return text;
}

DosTime dos_time(std::int64_t seconds) {
  UtcFields utc = utc_fields(seconds < kZipEpoch ? kZipEpoch : seconds);
  if (utc.year > 2107) utc = {2107, 12, 31, 23, 59, 58};  // the last time the format can hold
  DosTime out;
  out.time = static_cast<std::uint16_t>((utc.hour << 11) | (utc.minute << 5) | (utc.second / 2));
  out.date = static_cast<std::uint16_t>(((utc.year - 1980) << 9) | (utc.month << 5) | utc.day);
  return out;
}

}  // namespace persklaar::epub
