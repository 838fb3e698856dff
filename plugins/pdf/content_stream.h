#pragma once
// Rewriting a content stream's text, for the finishing passes that change what Cairo painted
// (artifacts, print colours).
//
// Most of that work is done before: the screen and the print edition finish the same painting, and
// a rebuild in `persklaar watch` repaints the pages a change did not touch into the same bytes. So
// each rewrite is remembered by the pass (with whatever else its result depends on) and the stream's
// bytes as they are stored, and a stream met again gets the remembered result without being
// inflated, rewritten and deflated anew.
#include <functional>
#include <optional>
#include <qpdf/QPDFObjectHandle.hh>
#include <string>

namespace persklaar::pdf {

// The new text for a stream's decoded content, or nothing to leave the stream as it is.
using ContentRewrite = std::function<std::optional<std::string>(const std::string& content)>;

enum class ContentRewritten {
  yes,
  no,    // `rewrite` declined or the content cannot be decoded: the stream is left alone
  busy,  // another thread is making this very rewrite (only with WhenBusy::leave)
};

// What to do when another thread is making the same rewrite at that moment (the other PDF edition,
// finishing the same painting): wait for its result, or leave the stream to be asked for again
// after the others, so that the two editions share the pages between them instead of both doing all.
enum class WhenBusy { wait, leave };

// Replaces the stream's content with what `rewrite` makes of it, deflated by libdeflate at level 1
// (zlib_deflate.h; qpdf would deflate at its default level, which costs more than the rewriting).
// `pass` names the rewrite and everything its result depends on besides the content.
ContentRewritten rewrite_content(QPDFObjectHandle stream, const std::string& pass, const ContentRewrite& rewrite,
                                 WhenBusy when_busy = WhenBusy::wait);

}  // namespace persklaar::pdf
