// The inline level of the body reader: runs and their text, formatting, hyperlinks, fields, images,
// tracked changes and the wrappers around runs (smart tags, content controls).
#include <cctype>
#include <cstdlib>

#include "core/text/utf8.h"
#include "plugins/docx/body_reader.h"
#include "plugins/docx/media_store.h"

namespace persklaar::docx {
namespace {

const tinyxml2::XMLElement* descendant(const tinyxml2::XMLElement* element, Ns ns, std::string_view local) {
  for (const auto* inner : elements(element)) {
    if (is(inner, ns, local)) return inner;
    if (const auto* found = descendant(inner, ns, local)) return found;
  }
  return nullptr;
}

std::string string_or_empty(const char* text) {
  return text ? text : "";
}

// The text of an element such as w:t, read where tinyxml2 keeps it.
std::string_view text_of(const tinyxml2::XMLElement* element) {
  const char* text = element->GetText();
  return text ? std::string_view(text) : std::string_view();
}

// A w:sym character: Word stores symbol-font characters in the private use area (U+F0xx); their
// low byte is the font's character code, which for Symbol-like fonts is the Latin-1 one.
std::string symbol_text(const tinyxml2::XMLElement* element) {
  const char* code = attribute(element, Ns::word, "char");
  if (!code) return {};
  char32_t value = static_cast<char32_t>(std::strtoul(code, nullptr, 16));
  if (value >= 0xF000 && value <= 0xF0FF) value -= 0xF000;
  if (value < 0x20 || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF) return {};
  std::string text;
  append_utf8(text, value);
  return text;
}

std::vector<std::string> field_words(const std::string& code) {
  std::vector<std::string> words;
  std::size_t k = 0;
  while (k < code.size()) {
    if (std::isspace(static_cast<unsigned char>(code[k]))) {
      ++k;
    } else if (code[k] == '"') {
      const std::size_t end = code.find('"', k + 1);
      words.push_back(code.substr(k + 1, end == std::string::npos ? std::string::npos : end - k - 1));
      k = end == std::string::npos ? code.size() : end + 1;
    } else {
      std::size_t end = k;
      while (end < code.size() && !std::isspace(static_cast<unsigned char>(code[end]))) ++end;
      words.push_back(code.substr(k, end - k));
      k = end;
    }
  }
  return words;
}

}  // namespace

std::string hyperlink_field_target(const std::string& code) {
  const auto words = field_words(code);
  if (words.empty()) return {};
  std::string keyword = words[0];
  for (char& c : keyword) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (keyword != "HYPERLINK") return {};
  std::string address;
  std::string anchor;
  for (std::size_t k = 1; k < words.size(); ++k) {
    if (words[k] == "\\l" && k + 1 < words.size()) {
      anchor = words[++k];
    } else if (words[k].size() == 2 && words[k][0] == '\\') {
      if (words[k] != "\\n" && words[k] != "\\h" && words[k] != "\\m") ++k;  // a switch with an argument
    } else if (address.empty()) {
      address = words[k];
    }
  }
  return anchor.empty() ? address : address + "#" + anchor;
}

bool BodyReader::collecting_field_code() const {
  for (const OpenField& field : fields_) {
    if (!field.in_result) return true;
  }
  return false;
}

void BodyReader::forget_runs(const FormattedRuns& runs) {
  for (OpenField& field : fields_) {
    if (field.runs == &runs) field.runs = nullptr;
  }
}

RunStyle BodyReader::style_of_run(const tinyxml2::XMLElement* properties, RunStyle inherited, bool& hidden) const {
  CharacterFormat format = character_format_of(properties);
  if (const char* style = child_value(properties, "rStyle")) format.inherit(parts_.styles.character_format(style));
  hidden = format.hidden == 1;
  RunStyle style = inherited;
  if (format.bold >= 0) style.strong = format.bold == 1;
  if (format.italic >= 0 || format.underline >= 0) style.emphasis = format.italic == 1 || format.underline == 1;
  if (format.code >= 0) style.code = format.code == 1;
  if (format.superscript >= 0 || format.subscript >= 0)
    style.script = format.superscript == 1 ? 1 : format.subscript == 1 ? -1 : 0;
  return style;
}

void BodyReader::inline_children(const tinyxml2::XMLElement* parent, FormattedRuns& out, RunStyle style) {
  for (const auto* element : elements(parent)) inline_element(element, out, style);
}

void BodyReader::inline_element(const tinyxml2::XMLElement* element, FormattedRuns& out, RunStyle style) {
  const Ns ns = namespace_of(element);
  const std::string_view name = local_name(element);
  if (ns == Ns::word) {
    if (name == "r") return run(element, out, style);
    if (name == "hyperlink") {
      std::string target;
      if (const char* id = attribute(element, Ns::relationships, "id")) {
        if (const Relationship* relationship = relationships_.find(id)) target = relationship->target;
      }
      if (const char* anchor = attribute(element, Ns::word, "anchor")) target += std::string("#") + anchor;
      return hyperlink(element, target, out, style);
    }
    if (name == "hlink") {  // Word 2003
      std::string target = string_or_empty(attribute(element, Ns::word, "dest"));
      if (const char* anchor = attribute(element, Ns::word, "bookmark")) target += std::string("#") + anchor;
      return hyperlink(element, target, out, style);
    }
    if (name == "fldSimple") return simple_field(element, out, style);
    if (name == "bookmarkStart") {
      if (const char* bookmark = attribute(element, Ns::word, "name"); bookmark && pending_anchor_.empty()) {
        pending_anchor_ = bookmark;
      }
      return;
    }
    if (name == "p") {  // a paragraph of a text box, read into the paragraph holding the box
      if (out.size() > 0) out.add(Inline{SoftBreak{}, part_.position(element)}, RunStyle{});
      return inline_children(element, out, RunStyle{});
    }
    if (name == "pPr" || name == "rPr" || name == "del" || name == "moveFrom" || name == "bookmarkEnd" ||
        name == "proofErr" || name == "commentRangeStart" || name == "commentRangeEnd" || name == "sdtPr" ||
        name == "sdtEndPr" || name == "permStart" || name == "permEnd" || name == "footnote" || name == "endnote" ||
        name == "binData") {
      return;
    }
  }
  if (ns == Ns::annotations && name == "annotation") return annotation(element, out, style);
  if (ns == Ns::word_math && name == "t") return out.add_text(text_of(element), style, part_.position(element));
  if (ns == Ns::markup_compat && name == "AlternateContent") {
    // The same content twice, for new and old readers: the first choice is enough.
    if (const auto* choice = child(element, Ns::markup_compat, "Choice")) return inline_children(choice, out, style);
    if (const auto* fallback = child(element, Ns::markup_compat, "Fallback"))
      return inline_children(fallback, out, style);
    return;
  }
  // Inserted and moved-here text, smart tags, content controls, custom XML, and what this reader
  // does not know: their text counts.
  inline_children(element, out, style);
}

void BodyReader::run(const tinyxml2::XMLElement* element, FormattedRuns& out, RunStyle style) {
  bool hidden = false;
  const RunStyle own = style_of_run(child(element, Ns::word, "rPr"), style, hidden);
  if (hidden) return;  // hidden text is for the author's eyes only
  for (const auto* content : elements(element)) run_content(content, out, own);
}

void BodyReader::run_content(const tinyxml2::XMLElement* element, FormattedRuns& out, RunStyle style) {
  const Ns ns = namespace_of(element);
  const std::string_view name = local_name(element);
  const SourcePosition where = part_.position(element);
  if (ns == Ns::word) {
    if (name == "fldChar") return field_character(element, out);
    if (name == "instrText") {
      for (auto it = fields_.rbegin(); it != fields_.rend(); ++it) {
        if (!it->in_result) {
          it->code += text_of(element);
          break;
        }
      }
      return;
    }
    if (collecting_field_code()) return;
    if (name == "t") return out.add_text(text_of(element), style, where);
    if (name == "tab" || name == "ptab") return out.add_text(" ", style, where);
    if (name == "br" || name == "cr") {
      const char* type = attribute(element, Ns::word, "type");
      // Page and column breaks belong to Word's layout; Word 2003 spells the line break "text-wrapping".
      if (type && std::string(type) != "textWrapping" && std::string(type) != "text-wrapping") return;
      return out.add(Inline{LineBreak{}, where}, style);
    }
    if (name == "softHyphen") return out.add_text("\xC2\xAD", style, where);
    if (name == "noBreakHyphen") return out.add_text("\xE2\x80\x91", style, where);
    if (name == "sym") return out.add_text(symbol_text(element), style, where);
    if (name == "drawing") return drawing(element, out, style);
    if (name == "pict" || name == "object") return vml_picture(element, out, style);
    if (name == "footnoteReference" || name == "endnoteReference") {
      const char* id = attribute(element, Ns::word, "id");
      if (!id) return;
      const std::string note_id = (name == "footnoteReference" ? "footnote-" : "endnote-") + std::string(id);
      return out.add(Inline{NoteReference{note_id, 0}, where}, RunStyle{});
    }
    if (name == "footnote" || name == "endnote") return inline_note(element, out);  // Word 2003
    if (name == "rPr" || name == "delText" || name == "delInstrText" || name == "lastRenderedPageBreak" ||
        name == "commentReference" || name == "annotationRef" || name == "footnoteRef" || name == "endnoteRef" ||
        name == "separator" || name == "continuationSeparator") {
      return;
    }
  }
  if ((ns == Ns::markup_compat && name == "AlternateContent") || (ns == Ns::annotations && name == "annotation")) {
    return inline_element(element, out, style);
  }
  // Anything else inside a run (a text box, a shape): its text counts.
  for (const auto* inner : elements(element)) {
    if (namespace_of(inner) == Ns::word && (local_name(inner) == "p" || local_name(inner) == "r")) {
      inline_element(inner, out, style);
    } else {
      run_content(inner, out, style);
    }
  }
}

void BodyReader::hyperlink(const tinyxml2::XMLElement* element, std::string target, FormattedRuns& out,
                           RunStyle style) {
  FormattedRuns content;
  inline_children(element, content, RunStyle{});
  forget_runs(content);
  Inlines inlines = std::move(content).finish();
  if (target.empty()) {  // a link to nowhere is its text
    for (Inline& node : inlines) out.add(std::move(node), style);
    return;
  }
  out.add(Inline{Link{std::move(target), {}, std::move(inlines)}, part_.position(element)}, style);
}

void BodyReader::simple_field(const tinyxml2::XMLElement* element, FormattedRuns& out, RunStyle style) {
  const std::string target = hyperlink_field_target(string_or_empty(attribute(element, Ns::word, "instr")));
  if (!target.empty()) return hyperlink(element, target, out, style);
  inline_children(element, out, style);  // the field's result as Word last showed it
}

void BodyReader::field_character(const tinyxml2::XMLElement* element, FormattedRuns& out) {
  const std::string type = string_or_empty(attribute(element, Ns::word, "fldCharType"));
  if (type == "begin") {
    // A field beginning inside another's code is part of that code: it never shows.
    fields_.push_back(OpenField{{}, false, 0, collecting_field_code() ? nullptr : &out});
  } else if (type == "separate" && !fields_.empty()) {
    fields_.back().in_result = true;
    fields_.back().result_start = out.size();
    if (fields_.back().runs != &out) fields_.back().runs = nullptr;
  } else if (type == "end" && !fields_.empty()) {
    OpenField field = std::move(fields_.back());
    fields_.pop_back();
    const std::string target = hyperlink_field_target(field.code);
    if (target.empty() || !field.in_result || field.runs != &out) return;
    FormattedRuns result = out.take_from(field.result_start);
    Inlines inlines = std::move(result).finish();
    out.add(Inline{Link{target, {}, std::move(inlines)}, part_.position(element)}, RunStyle{});
  }
}

void BodyReader::drawing(const tinyxml2::XMLElement* element, FormattedRuns& out, RunStyle style) {
  const auto* properties = descendant(element, Ns::drawing_word, "docPr");
  const std::string description = string_or_empty(attribute(properties, Ns::other, "descr"));
  const std::string title = string_or_empty(attribute(properties, Ns::other, "title"));
  if (const auto* blip = descendant(element, Ns::drawing, "blip")) {
    const char* id = attribute(blip, Ns::relationships, "embed");
    const Relationship* relationship = id ? relationships_.find(id) : nullptr;
    const std::string part_name = relationship && !relationship->external ? relationship->target : "";
    image(part_name, part_name.empty() ? nullptr : parts_.package.find(part_name), description, title, element, out,
          style);
  }
  // The text of text boxes and shapes drawn here.
  if (const auto* box = descendant(element, Ns::word, "txbxContent")) inline_children(box, out, RunStyle{});
}

void BodyReader::vml_picture(const tinyxml2::XMLElement* element, FormattedRuns& out, RunStyle style) {
  if (const auto* data = descendant(element, Ns::vml, "imagedata")) {
    const auto* shape = data->Parent() ? data->Parent()->ToElement() : nullptr;
    std::string description = string_or_empty(attribute(shape, Ns::other, "alt"));
    const std::string title = string_or_empty(attribute(data, Ns::office, "title"));
    if (const char* id = attribute(data, Ns::relationships, "id")) {
      const Relationship* relationship = relationships_.find(id);
      const std::string part_name = relationship && !relationship->external ? relationship->target : "";
      image(part_name, part_name.empty() ? nullptr : parts_.package.find(part_name), description, title, element, out,
            style);
    } else if (const char* source = attribute(data, Ns::other, "src"); source && parts_.inline_images) {
      const auto found = parts_.inline_images->find(source);
      image(source, found == parts_.inline_images->end() ? nullptr : &found->second, description, title, element, out,
            style);
    }
  }
  if (const auto* box = descendant(element, Ns::word, "txbxContent")) inline_children(box, out, RunStyle{});
}

void BodyReader::image(const std::string& part_name, const std::string* bytes, const std::string& description,
                       const std::string& title, const tinyxml2::XMLElement* where, FormattedRuns& out,
                       RunStyle style) {
  const SourcePosition position = part_.position(where);
  Inlines alt;
  if (!description.empty()) alt.push_back(Inline{Text{description}, position});
  if (!bytes) {
    parts_.diagnostics.warn(position, "an image whose picture is not in the document ('" + part_name + "')",
                            "insert the picture again (not as a link to a file)");
    for (Inline& node : alt) out.add(std::move(node), style);
    return;
  }
  const std::string source = store_media(part_name, *bytes).string();
  out.add(Inline{Image{source, title, std::move(alt)}, position}, style);
}

void BodyReader::inline_note(const tinyxml2::XMLElement* element, FormattedRuns& out) {
  const std::string id = std::string(local_name(element)) + "-" + std::to_string(inline_notes_.size() + 1);
  // Read the note's paragraphs with field and bookmark state of their own.
  std::vector<OpenField> fields = std::move(fields_);
  fields_.clear();
  std::vector<WordBlock> content = blocks(element);
  fields_ = std::move(fields);
  inline_notes_.push_back({id, std::move(content), part_.position(element)});
  out.add(Inline{NoteReference{id, 0}, part_.position(element)}, RunStyle{});
}

void BodyReader::annotation(const tinyxml2::XMLElement* element, FormattedRuns& out, RunStyle style) {
  const std::string type = string_or_empty(attribute(element, Ns::word, "type"));
  if (type == "Word.Bookmark.Start") {
    if (const char* bookmark = attribute(element, Ns::word, "name"); bookmark && pending_anchor_.empty()) {
      pending_anchor_ = bookmark;
    }
    return;
  }
  if (type != "Word.Insertion") return;  // deletions and comments are left out
  for (const auto* content : elements(element)) {
    if (is(content, Ns::annotations, "content")) inline_children(content, out, style);
  }
}

}  // namespace persklaar::docx
