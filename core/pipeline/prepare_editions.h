#pragma once
// While the pipeline lays out the print pages (on one core), the editions prepare what does not
// need them on another: each output plugin asked for gets OutputPlugin::prepare() on a copy of the
// publication as read (the layout writes the print pages into the original meanwhile). The braille
// edition translates its text there and the EPUB cuts its fonts down, which otherwise come after the
// layout. An edition waits for its own plugin's preparation only, so the others start at once.
#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>

#include "core/model/publication.h"
#include "core/pipeline/build_editions.h"

namespace persklaar {

class EditionPreparation {
 public:
  // Starts preparing the editions `request` asks for, in the order they will be started, unless the
  // publication is too long for a copy to be cheap or there is one core only. Never throws: a
  // preparation that fails is left to write().
  EditionPreparation(const Publication& publication, const EditionRequest& request, const PluginHost& plugins);
  ~EditionPreparation();  // waits for it
  EditionPreparation(const EditionPreparation&) = delete;
  EditionPreparation& operator=(const EditionPreparation&) = delete;

  // Waits until `plugin` is prepared (at once when it is not being prepared).
  void wait_for(const LoadedPlugin* plugin) const;

  // Waits until every preparation is done.
  void finish();

 private:
  struct Preparing {
    const LoadedPlugin* plugin;
    std::string format;  // the first format asked of it
  };
  void prepare(const Publication& publication, const EditionRequest& request, const std::vector<Preparing>& order);
  void prepared(const LoadedPlugin* plugin);

  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  std::set<const LoadedPlugin*> pending_;  // plugins whose preparation has not ended
  std::thread thread_;
};

}  // namespace persklaar
