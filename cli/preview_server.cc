#include "cli/preview_server.h"

#include <httplib.h>

#include <fstream>
#include <thread>

#include "cli/commands.h"
#include "cli/epub_entries.h"
#include "cli/preview_assets.h"
#include "core/text/json_string.h"

namespace persklaar::cli {
namespace {

std::string content_type(const std::string& name) {
  static const std::vector<std::pair<std::string, std::string>> types = {
      {".png", "image/png"},
      {".pdf", "application/pdf"},
      {".epub", "application/epub+zip"},
      {".txt", "text/plain; charset=utf-8"},
      {".brf", "text/plain; charset=us-ascii"},
      {".pef", "application/x-pef+xml"},
      {".xhtml", "application/xhtml+xml"},
      {".css", "text/css"},
      {".svg", "image/svg+xml"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".otf", "font/otf"},
      {".ttf", "font/ttf"},
      {".woff2", "font/woff2"},
      {".xml", "application/xml"},
      {".opf", "application/oebps-package+xml"},
      {".ncx", "application/x-dtbncx+xml"},
  };
  for (const auto& [extension, type] : types) {
    if (name.size() >= extension.size() &&
        name.compare(name.size() - extension.size(), extension.size(), extension) == 0)
      return type;
  }
  return "application/octet-stream";
}

bool listed(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Sends `name` from `folder`, a name already found in the folder's list. A link leading out of the
// folder is refused.
void send_file(const std::filesystem::path& folder, const std::string& name, httplib::Response& response,
               bool immutable) {
  std::error_code error;
  const auto inside = std::filesystem::canonical(folder, error);
  const auto file = std::filesystem::canonical(folder / name, error);
  if (error || file.parent_path() != inside || !std::filesystem::is_regular_file(file)) {
    response.status = error ? 404 : 403;
    return;
  }
  std::ifstream in(file, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), {});
  response.set_header("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
  response.set_content(std::move(bytes), content_type(name).c_str());
}

void send_asset(httplib::Response& response, const PreviewAsset& asset) {
  response.set_header("Cache-Control", "no-cache");
  response.set_content(std::string(asset.content), asset.type);
}

}  // namespace

struct PreviewServer::Impl {
  explicit Impl(const PreviewState& state) : state(state) {}
  const PreviewState& state;
  httplib::Server server;
  std::thread thread;

  void routes();
};

void PreviewServer::Impl::routes() {
  server.Get("/", [](const httplib::Request&, httplib::Response& response) { send_asset(response, preview_page()); });
  server.Get("/preview.js",
             [](const httplib::Request&, httplib::Response& response) { send_asset(response, preview_script()); });
  server.Get("/preview.css",
             [](const httplib::Request&, httplib::Response& response) { send_asset(response, preview_style()); });
  server.Get("/state.json", [this](const httplib::Request&, httplib::Response& response) {
    const PreviewSnapshot snapshot = state.snapshot();
    response.set_header("Cache-Control", "no-store");
    response.set_content(snapshot.json.empty() ? "{\"build\":0}" : snapshot.json, "application/json");
  });
  // A page image under the version of its content: a changed page has a new address.
  server.Get(R"(/pages/[0-9a-f]{16}/(page-[0-9]+\.png))",
             [this](const httplib::Request& request, httplib::Response& response) {
               const PreviewSnapshot snapshot = state.snapshot();
               const std::string name = request.matches[1];
               if (!listed(snapshot.page_files, name)) return void(response.status = 404);
               send_file(snapshot.pages_folder, name, response, true);
             });
  server.Get(R"(/editions/([^/]+))", [this](const httplib::Request& request, httplib::Response& response) {
    const PreviewSnapshot snapshot = state.snapshot();
    const std::string name = request.matches[1];
    if (!listed(snapshot.editions, name)) return void(response.status = 404);
    send_file(snapshot.output_folder, name, response, false);
  });
  server.Get("/epub-pages.json", [this](const httplib::Request&, httplib::Response& response) {
    const PreviewSnapshot snapshot = state.snapshot();
    std::string json = "[";
    if (!snapshot.epub.empty()) {
      for (const auto& page : epub_pages(snapshot.output_folder / snapshot.epub)) {
        json += (json.size() > 1 ? "," : "") + json_string(page);
      }
    }
    response.set_header("Cache-Control", "no-store");
    response.set_content(json + "]", "application/json");
  });
  server.Get(R"(/epub/(.+))", [this](const httplib::Request& request, httplib::Response& response) {
    const PreviewSnapshot snapshot = state.snapshot();
    const std::string name = request.matches[1];
    if (snapshot.epub.empty() || name.find("..") != std::string::npos) return void(response.status = 404);
    auto bytes = epub_entry(snapshot.output_folder / snapshot.epub, name);
    if (!bytes) return void(response.status = 404);
    response.set_header("Cache-Control", "no-cache");
    response.set_content(std::move(*bytes), content_type(name).c_str());
  });
  // Server-sent events: a message whenever a build starts or ends, or its page images are written
  // (before its other editions); the page then reads the state.
  server.Get("/events", [this](const httplib::Request&, httplib::Response& response) {
    response.set_header("Cache-Control", "no-store");
    auto seen = std::make_shared<PreviewNews>();
    response.set_chunked_content_provider("text/event-stream", [this, seen](std::size_t, httplib::DataSink& sink) {
      const PreviewNews news = state.wait_for_news(*seen, std::chrono::seconds(15));
      std::string message = ": still here\n\n";
      if (news != *seen) {
        *seen = news;
        message = "data: {\"build\":" + std::to_string(news.build) +
                  ",\"building\":" + (news.building ? "true" : "false") +
                  ",\"pages\":" + std::to_string(news.pages_shown) + "}\n\n";
      }
      return sink.write(message.data(), message.size());
    });
  });
}

PreviewServer::PreviewServer(const PreviewState& state) : impl_(std::make_unique<Impl>(state)) {
  impl_->routes();
}

PreviewServer::~PreviewServer() {
  impl_->server.stop();
  if (impl_->thread.joinable()) impl_->thread.join();
}

int PreviewServer::start(const std::string& host, int port) {
  const int bound =
      port == 0 ? impl_->server.bind_to_any_port(host) : (impl_->server.bind_to_port(host, port) ? port : -1);
  if (bound < 0) {
    throw UsageError("cannot serve the preview on " + host + ":" + std::to_string(port) +
                     "\n  hint: choose another --port, or leave it out to take a free one");
  }
  impl_->thread = std::thread([this] { impl_->server.listen_after_bind(); });
  return bound;
}

}  // namespace persklaar::cli
