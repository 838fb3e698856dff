#pragma once
// The preview's web server (cpp-httplib), on the loopback interface unless told otherwise. It hands
// out only what the preview owns: its page, script and stylesheet (built into the program), the
// state of the last build, the page images and editions that build wrote, and the EPUB's own files
// read from inside the archive. Every name asked for is looked up in those lists, never joined to a
// folder as given, so "..", encoded dots and absolute paths find nothing (404), and a file that turns
// out to be a link leading out of the output folder is refused (403).
#include <memory>
#include <string>

#include "cli/preview_state.h"

namespace persklaar::cli {

class PreviewServer {
 public:
  explicit PreviewServer(const PreviewState& state);
  ~PreviewServer();
  PreviewServer(const PreviewServer&) = delete;
  PreviewServer& operator=(const PreviewServer&) = delete;

  // Binds to `host` and `port` (0: any free port), starts serving in threads of its own and returns
  // the port. Throws UsageError when it cannot bind.
  int start(const std::string& host, int port);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace persklaar::cli
