// Rewriting a page's content (plugins/pdf/content_stream.h) is shared between the two PDF editions
// finishing one painting: a rewrite another thread is making is either left to it (and reported
// busy) or waited for, and made once.
#include "plugins/pdf/content_stream.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <qpdf/QPDF.hh>
#include <thread>

namespace persklaar::pdf {
namespace {

// A stream of its own QPDF, with `content` as its (uncompressed) data.
QPDFObjectHandle stream_with(QPDF& pdf, const std::string& content) {
  pdf.emptyPDF();
  return QPDFObjectHandle::newStream(&pdf, content);
}

std::string content_of(QPDFObjectHandle stream) {
  const auto data = stream.getStreamData(qpdf_dl_generalized);
  return std::string(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
}

TEST(ContentStream, ARewriteBeingMadeIsLeftOrWaitedForAndMadeOnce) {
  const std::string pass = "test pass " + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count());
  std::atomic<int> made{0};
  std::atomic<bool> started{false}, release{false};
  const ContentRewrite slow = [&](const std::string& content) -> std::optional<std::string> {
    ++made;
    started = true;
    while (!release) std::this_thread::yield();
    return content + " rewritten";
  };
  QPDF first_pdf, second_pdf, third_pdf;
  QPDFObjectHandle first = stream_with(first_pdf, "0 0 m");
  QPDFObjectHandle second = stream_with(second_pdf, "0 0 m");
  QPDFObjectHandle third = stream_with(third_pdf, "0 0 m");

  ContentRewritten by_first = ContentRewritten::no;
  std::thread making([&] { by_first = rewrite_content(first, pass, slow); });
  while (!started) std::this_thread::yield();
  EXPECT_EQ(rewrite_content(second, pass, slow, WhenBusy::leave), ContentRewritten::busy);
  EXPECT_EQ(content_of(second), "0 0 m") << "a busy stream is left as it is";

  ContentRewritten by_third = ContentRewritten::no;
  std::thread waiting([&] { by_third = rewrite_content(third, pass, slow, WhenBusy::wait); });
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  release = true;
  making.join();
  waiting.join();
  EXPECT_EQ(by_first, ContentRewritten::yes);
  EXPECT_EQ(by_third, ContentRewritten::yes);
  EXPECT_EQ(made, 1) << "the waiting thread took the rewrite made by the other";
  EXPECT_EQ(content_of(first), "0 0 m rewritten");
  EXPECT_EQ(content_of(third), "0 0 m rewritten");
  EXPECT_EQ(rewrite_content(second, pass, slow, WhenBusy::leave), ContentRewritten::yes) << "made by now";
  EXPECT_EQ(made, 1);
}

TEST(ContentStream, AFailedRewriteLeavesTheNextAskerToMakeIt) {
  const std::string pass =
      "failing pass " + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count());
  QPDF pdf;
  QPDFObjectHandle stream = stream_with(pdf, "1 0 0 rg");
  const ContentRewrite failing = [](const std::string&) -> std::optional<std::string> {
    throw std::runtime_error("no");
  };
  EXPECT_THROW(rewrite_content(stream, pass, failing), std::runtime_error);
  const ContentRewrite working = [](const std::string& content) { return std::optional(content + "\n"); };
  EXPECT_EQ(rewrite_content(stream, pass, working, WhenBusy::wait), ContentRewritten::yes)
      << "the failed claim was given up, so this does not wait for it";
}

}  // namespace
}  // namespace persklaar::pdf
