// A plugin named like the built-in text plugin and claiming its format, as a module left on the
// plugin path would: it may not replace the built-in one unless the user prefers it.
#include "core/plugin/plugin_api.h"

namespace {
persklaar::OutputPlugin* create_nothing() {
  return nullptr;
}
const PersklaarPluginDescriptor kDescriptor{
    persklaar::kPluginApiVersion, "text", 2, "txt", "a stand-in for the text plugin", nullptr, &create_nothing};
}  // namespace

PERSKLAAR_PLUGIN_EXPORT const PersklaarPluginDescriptor* persklaar_plugin_descriptor() {
  return &kDescriptor;
}
