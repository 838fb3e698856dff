#pragma once
// PDFs made for preflight's tests: variants of a passing print file, each broken in one way with
// qpdf, and files made with Cairo alone.
#include <filesystem>
#include <functional>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>
#include <string>

namespace persklaar::testing {

struct Breakage {
  std::string rule;  // the one rule the variant must fail
  std::function<void(QPDF&)> change;
  std::function<void(QPDFWriter&)> write = [](QPDFWriter&) {};
};

// Every way of breaking a print file the tests check, one per rule.
std::vector<Breakage> breakages();

// Reads `source`, applies the breakage, writes `target`.
void write_broken(const std::filesystem::path& source, const Breakage& breakage, const std::filesystem::path& target);

// Writes `source` encrypted with a user password: it cannot be opened without it.
void write_password_protected(const std::filesystem::path& source, const std::filesystem::path& target);

// A PDF made with Cairo and nothing else: RGB, no boxes, no output intent, `pages` pages of text.
void write_plain_cairo_pdf(const std::filesystem::path& target, int pages);

}  // namespace persklaar::testing
