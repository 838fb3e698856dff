#include "plugins/epub/epub_labels.h"

#include "core/text/language.h"

namespace persklaar::epub {

const EpubLabels& epub_labels_for(const std::string& language) {
  static const EpubLabels dutch{
      "Omslag",
      "Titelpagina",
      "Oriëntatiepunten",
      "Begin van de tekst",
      "Pagina’s",
      "gedrukte editie",
      "Deze publicatie voldoet aan EPUB Accessibility 1.1 en WCAG 2.1 niveau AA.",
      "Een inhoudsopgave, koppen in een logische volgorde en een vaste leesvolgorde maken de structuur "
      "navigeerbaar.",
      "Elke afbeelding heeft een tekstalternatief.",
      "Niet elke afbeelding heeft een tekstalternatief.",
      "De tekst past zich aan het scherm aan; lettertype, lettergrootte en kleuren zijn in te stellen in de "
      "leesapp.",
      "De paginanummers van de gedrukte editie zijn in de tekst gemarkeerd en via een paginalijst te bereiken.",
  };
  static const EpubLabels english{
      "Cover",
      "Title page",
      "Landmarks",
      "Start of the text",
      "Pages",
      "print edition",
      "This publication meets EPUB Accessibility 1.1 and WCAG 2.1 level AA.",
      "A table of contents, headings in a logical order and a defined reading order make its structure "
      "navigable.",
      "Every image has a text alternative.",
      "Not every image has a text alternative.",
      "The text reflows to fit the screen; typeface, text size and colours can be set in the reading app.",
      "The page numbers of the print edition are marked in the text and can be reached through a page list.",
  };
  if (is_dutch(language)) return dutch;
  return english;
}

}  // namespace persklaar::epub
