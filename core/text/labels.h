#pragma once
// The words editions print around the author's text ("Hoofdstuk", "Inhoud"), in the publication's
// language. Dutch and English are built in; any other language falls back to English.
#include <string>

#include "core/model/publication.h"

namespace persklaar {

struct Labels {
  const char* contents;      // heading of the table of contents
  const char* chapter;       // "Hoofdstuk" in "Hoofdstuk 3: …"
  const char* introduction;  // the default title of each section kind
  const char* meeting_report;
  const char* experiences;
  const char* says;   // "vertelt" in "Erna de Vos (bewoner) vertelt:"
  const char* quote;  // announces a block quote
  const char* end_of_quote;
  const char* image;  // announces an image's description
  const char* published_by;
  const char* page;          // "Pagina" in "Pagina 7": where the print edition's page 7 begins
  const char* notes;         // heading of the notes after a section or chapter
  const char* back_to_text;  // a note's link back to where the text refers to it
};

const Labels& labels_for(const std::string& language);

// The language a chapter, section or block is written in: its {lang=…} attribute, or `inherited`.
std::string language_of(const Attributes& attributes, const std::string& inherited);

// "Hoofdstuk 3: Verbondenheid en veerkracht"; front and back matter keep their bare title.
std::string chapter_heading(const Labels& labels, int number, const std::string& title);

// "2019-12" → "december 2019" (Dutch) or "December 2019"; "2019-12-05" → "5 december 2019".
std::string long_date(const std::string& iso_date, const std::string& language);

}  // namespace persklaar
