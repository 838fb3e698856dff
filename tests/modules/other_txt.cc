// A plugin of another name that claims the built-in text plugin's format (and one of its own).
#include "core/plugin/plugin_api.h"

namespace {
persklaar::OutputPlugin* create_nothing() {
  return nullptr;
}
const PersklaarPluginDescriptor kDescriptor{
    persklaar::kPluginApiVersion, "plain", 2, "txt,plain", "another writer of .txt files", nullptr, &create_nothing};
}  // namespace

PERSKLAAR_PLUGIN_EXPORT const PersklaarPluginDescriptor* persklaar_plugin_descriptor() {
  return &kDescriptor;
}
