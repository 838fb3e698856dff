#include "core/text/labels.h"

#include "core/text/language.h"

namespace persklaar {

const Labels& labels_for(const std::string& language) {
  static const Labels dutch{"Inhoud",  "Hoofdstuk", "Inleiding",          "Bijeenkomst", "Ervaringen",
                            "vertelt", "Citaat:",   "Einde citaat.",      "Afbeelding",  "Uitgegeven door",
                            "Pagina",  "Noten",     "Terug naar de tekst"};
  static const Labels english{"Contents", "Chapter", "Introduction",    "Meeting report", "Experiences",
                              "says",     "Quote:",  "End of quote.",   "Image",          "Published by",
                              "Page",     "Notes",   "Back to the text"};
  if (is_dutch(language)) return dutch;
  return english;
}

std::string language_of(const Attributes& attributes, const std::string& inherited) {
  for (const auto& [key, value] : attributes.pairs) {
    if (key == "lang" && !value.empty()) return value;
  }
  return inherited;
}

std::string chapter_heading(const Labels& labels, int number, const std::string& title) {
  if (number <= 0) return title;
  return std::string(labels.chapter) + " " + std::to_string(number) + ": " + title;
}

std::string long_date(const std::string& iso_date, const std::string& language) {
  static const char* const kDutch[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                       "juli",    "augustus", "september", "oktober", "november", "december"};
  static const char* const kEnglish[] = {"January", "February", "March",     "April",   "May",      "June",
                                         "July",    "August",   "September", "October", "November", "December"};
  if (iso_date.size() < 7) return iso_date;
  const int month = std::stoi(iso_date.substr(5, 2));
  if (month < 1 || month > 12) return iso_date;
  const bool dutch = is_dutch(language);
  std::string out = (dutch ? kDutch : kEnglish)[month - 1];
  out += " " + iso_date.substr(0, 4);
  if (iso_date.size() >= 10) out = std::to_string(std::stoi(iso_date.substr(8, 2))) + " " + out;
  return out;
}

}  // namespace persklaar
