// Interrupting a build (Ctrl-C, or SIGTERM from a service manager) while an edition is being
// written: the temporary files go, the editions from before stay as they were, and the exit code
// is 130 or 143. Temporary files of a run killed outright are cleaned up by the next build.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <signal.h>

#include <thread>

#include "tests/hostile/reproducer.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

using ::testing::HasSubstr;

bool is_hidden(const std::string& name) {
  return !name.empty() && name[0] == '.';
}

// Starts building the sample into the reproducer's out/ (which holds editions from an earlier
// build), waits until an edition's temporary file appears and sends `signal`.
testing::CliRun interrupt_while_writing(const testing::Reproducer& reproducer, int signal) {
  std::filesystem::create_directories(reproducer.out());
  for (const char* edition : {"kenniscafes.pdf", "kenniscafes.epub", "kenniscafes.txt"})
    reproducer.folder().write(std::string("out/") + edition, "earlier edition\n");
  testing::CliProcess process({"build", testing::sample_manuscript().string(), "-o", reproducer.out().string()},
                              reproducer.folder());
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  bool seen = false;
  while (!seen && std::chrono::steady_clock::now() < deadline) {
    const auto names = reproducer.out_files();
    seen = std::any_of(names.begin(), names.end(), is_hidden);
    if (!seen) std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  EXPECT_TRUE(seen) << "no edition was being written";
  process.send(signal);
  return process.wait(std::chrono::seconds(60));
}

// Interrupts the build with `signal` and checks the exit code, the message and that no temporary
// file is left; returns the files in out/.
std::vector<std::string> expect_clean_interrupt(const testing::Reproducer& reproducer, int signal, int exit_code,
                                                const std::string& message) {
  const auto run = interrupt_while_writing(reproducer, signal);
  EXPECT_EQ(run.exit_code, exit_code) << run.output;
  EXPECT_THAT(run.output, HasSubstr(message));
  const auto names = reproducer.out_files();
  EXPECT_TRUE(std::none_of(names.begin(), names.end(), is_hidden)) << ::testing::PrintToString(names);
  return names;
}

TEST(Interrupt, SigintRemovesTheTemporaryFilesAndExitsWith130) {
  testing::Reproducer reproducer;
  expect_clean_interrupt(reproducer, SIGINT, 130, "persklaar: interrupted; the editions being written were removed");
  // The edition being written when the signal came is the earlier one still, not a half of the new.
  EXPECT_EQ(testing::read_file(reproducer.out() / "kenniscafes.pdf"), "earlier edition\n");
}

TEST(Interrupt, SigtermRemovesTheTemporaryFilesAndExitsWith143) {
  testing::Reproducer reproducer;
  const auto names = expect_clean_interrupt(reproducer, SIGTERM, 143, "persklaar: terminated");
  for (const auto& name : names) {
    const std::string bytes = testing::read_file(reproducer.out() / name);
    if (bytes != "earlier edition\n") EXPECT_GT(bytes.size(), 1000u) << name << " is neither old nor complete";
  }
}

TEST(Interrupt, TheNextBuildRemovesWhatAKilledRunLeft) {
  testing::Reproducer reproducer;
  std::filesystem::create_directories(reproducer.out());
  // A process id that cannot be running: beyond the kernel's largest.
  reproducer.folder().write("out/.boek.pdf.tmp-2147483646-0", "half");
  reproducer.folder().write("out/.boek.epub.tmp-2147483646-1.x7Yz0q", "half");  // libzip's own
  const auto run = reproducer.build_markdown("---\ntitle: T\n---\n\n# H\n\nTekst.\n", {"-t", "txt"});
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_THAT(reproducer.out_files(), ::testing::ElementsAre("boek.txt"));
}

}  // namespace
}  // namespace persklaar
