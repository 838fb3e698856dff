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

// Replaces the stream's content with what `rewrite` makes of it, deflated at zlib's fastest level
// (qpdf would deflate at the default level, which costs more than the rewriting, for a file a few per
// cent smaller). `pass` names the rewrite and everything its result depends on besides the content.
// Returns false, leaving the stream alone, when `rewrite` declines or the content cannot be decoded.
bool rewrite_content(QPDFObjectHandle stream, const std::string& pass, const ContentRewrite& rewrite);

}  // namespace persklaar::pdf
