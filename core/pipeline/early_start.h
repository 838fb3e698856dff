#pragma once
// While the program loads its plugins and reads the manuscript, the second core has nothing to do,
// and the layout's first paragraph then waits for the hyphenation patterns of the manuscript's
// language: libhyphen takes 7–9 ms to load Debian's Dutch ones. So they are loaded on that core
// meanwhile, for the language the manifest declares (declared_language, manuscript.h), into the
// process's shared_hyphenator, where the layout finds them loaded or being loaded. A language
// changed on the command line (-M language=…) only makes that loading useless, never wrong: the
// layout loads its own language, and one language's loading keeps no other waiting.
#include <filesystem>
#include <thread>

namespace persklaar {

class EarlyStart {
 public:
  // Starts on another thread; does nothing on a machine with one core, or for a manuscript whose
  // language cannot be told before it is read (a single file, standard input).
  explicit EarlyStart(const std::filesystem::path& manuscript);
  ~EarlyStart();  // waits for it
  EarlyStart(const EarlyStart&) = delete;
  EarlyStart& operator=(const EarlyStart&) = delete;

 private:
  std::thread thread_;
};

}  // namespace persklaar
