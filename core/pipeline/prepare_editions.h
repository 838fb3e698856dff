#pragma once
// While the pipeline lays out the print pages (on one core), the editions prepare what does not
// need them on another: each output plugin asked for gets OutputPlugin::prepare() on a copy of the
// publication as read (the layout writes the print pages into the original meanwhile). The braille
// edition translates its text there, which otherwise comes after the layout.
#include <thread>

#include "core/model/publication.h"
#include "core/pipeline/build_editions.h"

namespace persklaar {

class EditionPreparation {
 public:
  // Starts preparing the editions `request` asks for, unless the publication is too long for a copy
  // to be cheap or there is one core only. Never throws: a preparation that fails is left to write().
  EditionPreparation(const Publication& publication, const EditionRequest& request, const PluginHost& plugins);
  ~EditionPreparation();  // waits for it
  EditionPreparation(const EditionPreparation&) = delete;
  EditionPreparation& operator=(const EditionPreparation&) = delete;

  // Waits until the preparation is done: call it before the editions are written.
  void finish();

 private:
  std::thread thread_;
};

}  // namespace persklaar
