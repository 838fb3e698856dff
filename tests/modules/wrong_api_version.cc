// A plugin built against a future core: the host must refuse it without touching anything but
// the version field.
#include "core/plugin/plugin_api.h"

namespace {
const PersklaarPluginDescriptor kDescriptor{persklaar::kPluginApiVersion + 41, "from-the-future", 1,      "future",
                                            "a plugin for another persklaar",  nullptr,           nullptr};
}

PERSKLAAR_PLUGIN_EXPORT const PersklaarPluginDescriptor* persklaar_plugin_descriptor() {
  return &kDescriptor;
}
