#include "cli/options.h"

#include <stdexcept>

namespace persklaar::cli {
namespace {

OptionSpec switch_option(std::string name, char short_name, std::string help) {
  OptionSpec spec;
  spec.name = std::move(name);
  spec.short_name = short_name;
  spec.help = std::move(help);
  return spec;
}

OptionSpec value_option(std::string name, char short_name, std::string value_name, std::string help,
                        bool repeatable = false, Completion completion = Completion::none,
                        std::vector<std::string> choices = {}) {
  OptionSpec spec = switch_option(std::move(name), short_name, std::move(help));
  spec.value_name = std::move(value_name);
  spec.repeatable = repeatable;
  spec.completion = completion;
  spec.choices = std::move(choices);
  return spec;
}

}  // namespace

const std::vector<OptionSpec>& all_options() {
  static const std::vector<OptionSpec> options = {
      switch_option("help", 'h', "show this help and exit"),
      value_option("output", 'o', "FILE|DIR|-",
                   "where the editions go: a folder (made when missing; default 'out'), one file whose extension "
                   "names its edition (magazine.pdf), or - for standard output (then one edition only)",
                   false, Completion::file),
      value_option("to", 't', "FORMATS",
                   "the editions to make, comma-separated (pdf,txt); default: every edition, or the one -o FILE names; "
                   "'persklaar formats' lists them",
                   true, Completion::format),
      value_option("layout", 0, "NAME|FILE",
                   "the print layout: a bundled layout by name (pocket-a5) or a layout file; 'persklaar layouts' lists "
                   "them; default magazine-a4",
                   false, Completion::layout),
      value_option("wrap", 0, "N", "text edition: wrap lines at N characters (at least 20; default 0, no wrapping)"),
      value_option("metadata", 'M', "KEY=VALUE",
                   "set a metadata field, over the manuscript's own (title, subtitle, publisher, author, date, "
                   "language, identifier); may be repeated",
                   true),
      value_option(
          "metadata-file", 0, "FILE",
          "read metadata fields from a YAML file (key: value lines), over the manuscript's own; -M wins over it", true,
          Completion::file),
      value_option("ppi", 0, "N", "page images (-t png): pixels per inch, 18 to 1200 (default 144: A4 is 1191 x 1684)"),
      value_option("host", 0, "ADDRESS",
                   "preview: the address to serve on (default 127.0.0.1, this computer only); another one opens the "
                   "preview to the network"),
      value_option("port", 0, "N", "preview: the port to serve on (default: a free one, printed)"),
      switch_option("open", 0, "preview: open the preview in the browser"),
      switch_option("marks", 0, "print edition: crop marks outside the bleed (the sheet grows to hold them)"),
      switch_option("check", 0,
                    "check each edition once written: the screen PDF against pdfua, the print PDF against pdfx, the "
                    "e-book's structure and accessibility metadata; one line each, exit status 1 when one fails"),
      value_option("profile", 0, "NAME",
                   "preflight: the rules to check: pdfx (PDF/X-4 and print sanity) or pdfua (PDF/UA-1, Matterhorn "
                   "1.1's machine-checkable conditions)",
                   false, Completion::choice, {"pdfx", "pdfua"}),
      switch_option("json", 0, "preflight: write the report as JSON on standard output"),
      switch_option("braille-preview", 0,
                    "braille edition: also write NAME.braille.txt in Unicode braille, to check by eye"),
      value_option("limit", 0, "NAME=VALUE",
                   "change an input limit: file-size=SIZE, paragraph=SIZE, chapters=N (default file-size=16M, "
                   "paragraph=4M, chapters=2000); may be repeated",
                   true),
      value_option("allow-outside", 0, "DIR",
                   "also read images and chapter files from DIR, outside the manuscript's folder; may be repeated",
                   true, Completion::directory),
      switch_option("quiet", 'q', "print errors only: no warnings, no list of files written"),
      switch_option("verbose", 'v', "also print how long each stage took"),
      switch_option("fail-on-warnings", 0,
                    "exit with status 1 when there is any warning (the editions are still written)"),
      value_option("diagnostics", 0, "FORMAT",
                   "how errors and warnings are printed on standard error: text (default) or json, one JSON object per "
                   "line with severity, file, line, column, page, edition, message and hint (a failed edition is an "
                   "error naming its edition), and last a result line with the exit code and the editions made and "
                   "failed; nothing but JSON",
                   false, Completion::choice, {"text", "json"}),
      switch_option("prefer-plugin", 0,
                    "let plugins from --plugin-path or $PERSKLAAR_PLUGIN_PATH replace built-in ones of the same name "
                    "or format"),
      value_option("plugin-path", 0, "DIR", "also load plugins from DIR (before the usual places); may be repeated",
                   true, Completion::directory),
  };
  return options;
}

const OptionSpec& option(const std::string& name) {
  for (const OptionSpec& spec : all_options()) {
    if (spec.name == name) return spec;
  }
  throw std::logic_error("no option named '" + name + "' is defined in cli/options.cc");
}

std::string OptionSpec::signature() const {
  std::string out = short_name ? std::string("-") + short_name + ", " : std::string("    ");
  out += "--" + name;
  if (!is_switch()) out += " " + value_name;
  return out;
}

}  // namespace persklaar::cli
