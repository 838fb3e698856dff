// A plugin whose factory makes nothing: the host must report the broken module, not crash.
#include "core/plugin/plugin_api.h"

namespace {
persklaar::OutputPlugin* create_nothing() {
  return nullptr;
}
const PersklaarPluginDescriptor kDescriptor{persklaar::kPluginApiVersion,
                                            "nothing",
                                            2,
                                            "nothing",
                                            "an output plugin whose factory fails",
                                            nullptr,
                                            &create_nothing};
}  // namespace

PERSKLAAR_PLUGIN_EXPORT const PersklaarPluginDescriptor* persklaar_plugin_descriptor() {
  return &kDescriptor;
}
