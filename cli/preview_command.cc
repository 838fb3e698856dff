// persklaar preview MANUSCRIPT: `watch`, plus a local web page showing the print pages in spreads, the
// contents, the diagnostics and the other editions, updated after every build.
#include <spawn.h>
#include <sys/wait.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/preview_server.h"
#include "cli/watch_loop.h"

extern char** environ;

namespace persklaar::cli {
namespace {

constexpr int kPreviewPpi = 96;  // sharp enough beside each other on a screen, quick to paint

// What the preview builds on top of the editions asked for: the page images, with their bleed, into
// NAME-pages/ beside the editions.
void add_page_images(BuildPlan& plan, const ParsedArguments& arguments) {
  if (plan.request.formats.empty()) plan.request.formats = plan.report.editions;
  auto& formats = plan.request.formats;
  if (std::find(formats.begin(), formats.end(), "png") == formats.end()) formats.push_back("png");
  plan.report.editions = formats;
  if (!arguments.has("ppi")) plan.request.options["ppi"] = std::to_string(kPreviewPpi);
  plan.request.options["page-bleed"] = "true";
}

bool is_loopback(const std::string& host) {
  return host == "127.0.0.1" || host == "localhost" || host == "::1";
}

void open_in_browser(const std::string& address) {
  pid_t pid = 0;
  const char* argv[] = {"xdg-open", address.c_str(), nullptr};
  if (posix_spawnp(&pid, "xdg-open", nullptr, nullptr, const_cast<char**>(argv), environ) != 0) {
    std::cerr << "persklaar: cannot open a browser (xdg-open is missing); open " << address << " yourself\n";
  }
}

int run_preview(const ParsedArguments& arguments) {
  const std::string host = arguments.value("host", "127.0.0.1");
  const int port = whole_number_option(arguments, "port", 0, 65535, 0);
  PreviewState state;
  PreviewServer server(state);
  WatchHooks hooks;
  hooks.adjust = [&](BuildPlan& plan) { add_page_images(plan, arguments); };
  hooks.started = [&](const BuildPlan& plan) {
    if (plan.target.kind != OutputTarget::Kind::folder) {
      throw UsageError(
          "preview writes every edition and the page images into a folder: give -o a folder, or leave it out");
    }
    const int bound = server.start(host, port);
    if (!is_loopback(host)) {
      std::cerr << "persklaar: warning: the preview is open to every computer that can reach " << host << '\n';
    }
    const std::string address =
        "http://" + (host.find(':') != std::string::npos ? "[" + host + "]" : host) + ":" + std::to_string(bound) + "/";
    std::cerr << "persklaar: preview at " << address << std::endl;
    if (arguments.has("open")) open_in_browser(address);
    state.building();
  };
  hooks.rebuilding = [&](const std::vector<std::filesystem::path>&) { state.building(); };
  hooks.edition_written = [&](const BuildPlan& plan, const EditionResult& result) {
    if (result.format != "png" || !result.error.empty()) return;
    try {
      state.pages_written(plan);
    } catch (const std::exception& error) {  // on an edition's thread: the build goes on, the page waits for its end
      std::cerr << "persklaar: the preview could not take the new page images early: " << error.what() << '\n';
    }
  };
  hooks.built = [&](const BuildPlan& plan, const BuildOutcome& outcome, const Diagnostics& diagnostics) {
    state.built(plan, outcome, diagnostics);
  };
  return watch_and_rebuild(arguments, hooks);
}

}  // namespace

CommandSpec preview_command() {
  CommandSpec build = build_command();
  std::vector<std::string> options = {"host", "port", "open"};
  for (const auto& name : build.options) {
    if (name != "help") options.push_back(name);
  }
  options.push_back("help");
  return {
      "preview",
      "MANUSCRIPT",
      Completion::file,
      1,
      "watch, and show the pages in the browser",
      "Builds and watches MANUSCRIPT as 'persklaar watch' does, with the same options, and serves a page on "
      "this computer (127.0.0.1, at the port it prints) showing the print pages in spreads as the printer binds "
      "them, the contents, the diagnostics with their file, line and page, and the other editions and the "
      "e-book's pages a click away. After every build the page shows what changed, reloading only the pages "
      "that did and keeping the reader's place; a failed build shows its error over the last good pages. The "
      "page images (at --ppi, default 96) are written into NAME-pages/ beside the editions. Ctrl-C stops it.",
      options,
      {
          {"persklaar preview magazine --open", "build, watch and open the preview in the browser"},
          {"persklaar preview magazine --port 8080 -o /tmp/magazine", "at a fixed port, editions into /tmp/magazine"},
      },
      run_preview};
}

}  // namespace persklaar::cli
