// The preview's server against requests that try to leave what it serves: "..", encoded dots,
// absolute paths and a link out of the output folder. Requests are written on a plain socket, byte
// for byte, so that no client library tidies the path first.
#include <arpa/inet.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <ifaddrs.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <optional>
#include <regex>
#include <thread>

#include "tests/support/cli_run.h"
#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

using namespace std::chrono_literals;

struct Reply {
  int status = 0;
  std::string body;
};

// This computer's first IPv4 address that is not the loopback one, if it has one.
std::optional<in_addr> other_interface() {
  ifaddrs* interfaces = nullptr;
  if (getifaddrs(&interfaces) != 0) return std::nullopt;
  std::optional<in_addr> found;
  for (const ifaddrs* at = interfaces; at && !found; at = at->ifa_next) {
    if (!at->ifa_addr || at->ifa_addr->sa_family != AF_INET) continue;
    const in_addr address = reinterpret_cast<const sockaddr_in*>(at->ifa_addr)->sin_addr;
    if ((ntohl(address.s_addr) >> 24) != 127) found = address;
  }
  freeifaddrs(interfaces);
  return found;
}

bool accepts_connections(in_addr host, int port) {
  const int connection = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr = host;
  const bool connected = connect(connection, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  close(connection);
  return connected;
}

Reply get(int port, const std::string& target) {
  const int connection = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  Reply reply;
  if (connect(connection, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0) {
    const std::string request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    if (write(connection, request.data(), request.size()) == static_cast<ssize_t>(request.size())) {
      std::string response;
      char buffer[4096];
      for (ssize_t length; (length = read(connection, buffer, sizeof buffer)) > 0;) response.append(buffer, length);
      std::smatch status;
      if (std::regex_search(response, status, std::regex("^HTTP/1\\.[01] ([0-9]{3})")))
        reply.status = std::stoi(status[1]);
      const auto body = response.find("\r\n\r\n");
      if (body != std::string::npos) reply.body = response.substr(body + 4);
    }
  }
  close(connection);
  return reply;
}

class PreviewServer : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_.write("boek/boek.md", "---\ntitle: Boek\nlanguage: nl\n---\n# Een\n\nDe tekst van het boek.\n");
    folder_.write("geheim.txt", "niet voor de preview\n");
    start({"-t", "txt"});
  }
  // Starts the preview of boek/boek.md with `options`, and waits until its first build has ended.
  void start(std::vector<std::string> options) {
    std::vector<std::string> arguments{"preview", (folder_.path() / "boek/boek.md").string(), "-o",
                                       out().string() + "/"};
    arguments.insert(arguments.end(), options.begin(), options.end());
    preview_ = std::make_unique<testing::CliProcess>(arguments, folder_);
    const auto deadline = std::chrono::steady_clock::now() + 60s;
    const std::regex announced("preview at http://127\\.0\\.0\\.1:([0-9]+)/");
    while (std::chrono::steady_clock::now() < deadline && port_ == 0) {
      std::smatch found;
      const std::string log =
          std::filesystem::exists(folder_.path() / ".log") ? testing::read_file(folder_.path() / ".log") : "";
      if (std::regex_search(log, found, announced) && log.find("for changes") != std::string::npos)
        port_ = std::stoi(found[1]);
      std::this_thread::sleep_for(50ms);
    }
    ASSERT_NE(port_, 0) << "the preview did not start";
  }
  void TearDown() override {
    preview_->send(SIGINT);
    const testing::CliRun run = preview_->wait(30s);
    EXPECT_EQ(run.exit_code, 130) << run.output;
  }
  std::filesystem::path out() const { return folder_.path() / "out"; }

  testing::TemporaryFolder folder_;
  std::unique_ptr<testing::CliProcess> preview_;
  int port_ = 0;
};

// A print profile that is not there: the print edition fails while the text edition is made.
class PreviewWithAFailingEdition : public PreviewServer {
 protected:
  void SetUp() override {
    folder_.write("boek/boek.md", "---\ntitle: Boek\nlanguage: nl\n---\n# Een\n\nDe tekst van het boek.\n");
    std::string layout = testing::read_file(testing::source_dir() / "layouts" / "magazine-a4.xml");
    const std::string profile = "profile=\"FOGRA39L_coated.icc\"";
    ASSERT_NE(layout.find(profile), std::string::npos);
    layout.replace(layout.find(profile), profile.size(), "profile=\"/nergens/weg.icc\"");
    folder_.write("kapot.xml", layout);
    start({"-t", "txt,pdfx", "--layout", (folder_.path() / "kapot.xml").string()});
  }
};

TEST_F(PreviewWithAFailingEdition, ListsTheFailedEditionsErrorAmongTheDiagnostics) {
  const Reply state = get(port_, "/state.json");
  EXPECT_EQ(state.status, 200);
  EXPECT_THAT(state.body, ::testing::ContainsRegex("\"diagnostics\":\\[[^]]*the pdfx edition failed: [^\"]*weg\\.icc"));
  EXPECT_THAT(state.body, ::testing::HasSubstr("\"editions\":[\"boek.txt\"]"));
}

TEST_F(PreviewServer, ServesItsPageTheStateAndTheEditions) {
  EXPECT_EQ(get(port_, "/").status, 200);
  EXPECT_THAT(get(port_, "/state.json").body, ::testing::HasSubstr("\"pages\":[{\"number\":1"));
  const Reply text = get(port_, "/editions/boek.txt");
  EXPECT_EQ(text.status, 200);
  EXPECT_THAT(text.body, ::testing::HasSubstr("De tekst van het boek."));
}

TEST_F(PreviewServer, RefusesEveryPathOutOfWhatItServes) {
  for (const std::string target :
       {"/../geheim.txt", "/../../../../etc/passwd", "/%2e%2e/geheim.txt", "/%2E%2E/%2E%2E/etc/passwd",
        "/editions/../geheim.txt", "/editions/..%2fgeheim.txt", "/editions/%2e%2e%2fgeheim.txt",
        "/editions/%2fetc%2fpasswd", "//etc/passwd", "/etc/passwd", "/editions//etc/passwd",
        "/pages/0123456789abcdef/..%2f..%2fboek.txt", "/pages/0123456789abcdef/%2e%2e/page-001.png",
        "/epub/../../geheim.txt", "/epub/%2e%2e/%2e%2e/geheim.txt", "/boek.txt", "/out/boek.txt"}) {
    const Reply reply = get(port_, target);
    EXPECT_TRUE(reply.status == 404 || reply.status == 403 || reply.status == 400) << target << ": " << reply.status;
    EXPECT_THAT(reply.body, ::testing::Not(::testing::HasSubstr("niet voor de preview"))) << target;
    EXPECT_THAT(reply.body, ::testing::Not(::testing::HasSubstr("root:"))) << target;
  }
}

TEST_F(PreviewServer, ListensOnTheLoopbackInterfaceOnly) {
  in_addr loopback{htonl(INADDR_LOOPBACK)};
  EXPECT_TRUE(accepts_connections(loopback, port_));
  const auto other = other_interface();
  if (!other) GTEST_SKIP() << "this computer has no network interface besides the loopback one";
  EXPECT_FALSE(accepts_connections(*other, port_)) << "the preview answers on " << inet_ntoa(*other);
}

TEST_F(PreviewServer, RefusesAnEditionThatIsALinkOutOfTheOutputFolder) {
  std::filesystem::remove(out() / "boek.txt");
  std::filesystem::create_symlink(folder_.path() / "geheim.txt", out() / "boek.txt");
  const Reply reply = get(port_, "/editions/boek.txt");
  EXPECT_EQ(reply.status, 403);
  EXPECT_THAT(reply.body, ::testing::Not(::testing::HasSubstr("niet voor de preview")));
}

}  // namespace
}  // namespace persklaar
