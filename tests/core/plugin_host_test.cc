#include "core/plugin/plugin_host.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/support/temporary_folder.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

using testing::build_plugin_dir;
using ::testing::HasSubstr;
using testing::test_module_dir;

TEST(PluginHost, LoadsTheMarkdownAndTextPluginsFromTheirModuleFiles) {
  PluginHost host;
  host.discover({build_plugin_dir()});
  const LoadedPlugin* markdown = host.input_for_extension("md");
  ASSERT_NE(markdown, nullptr);
  EXPECT_EQ(markdown->name, "markdown");
  EXPECT_EQ(markdown->file.filename(), "persklaar-markdown.so");
  EXPECT_NE(host.input_for_extension("MARKDOWN"), nullptr);  // extensions are case-insensitive
  const LoadedPlugin* text = host.output_for_format("txt");
  ASSERT_NE(text, nullptr);
  EXPECT_EQ(text->kind, PluginKind::output);
  EXPECT_TRUE(host.refused().empty());
}

TEST(PluginHost, RefusesAModuleWithAnotherApiVersionNamingBothVersions) {
  PluginHost host;
  EXPECT_FALSE(host.load(test_module_dir() / "wrong_api_version.so"));
  ASSERT_EQ(host.refused().size(), 1u);
  EXPECT_THAT(host.refused()[0].reason, HasSubstr("plugin API version " + std::to_string(kPluginApiVersion + 41)));
  EXPECT_THAT(host.refused()[0].reason, HasSubstr("needs version " + std::to_string(kPluginApiVersion)));
  EXPECT_EQ(host.refused()[0].file.filename(), "wrong_api_version.so");
  EXPECT_TRUE(host.plugins().empty());
}

TEST(PluginHost, RefusesAModuleWithoutTheEntryPoint) {
  PluginHost host;
  EXPECT_FALSE(host.load(test_module_dir() / "no_entry_point.so"));
  ASSERT_EQ(host.refused().size(), 1u);
  EXPECT_THAT(host.refused()[0].reason, HasSubstr("no 'persklaar_plugin_descriptor' entry point"));
}

TEST(PluginHost, RefusesAFileThatIsNotAModuleAtAll) {
  testing::TemporaryFolder folder;
  folder.write("persklaar-fake.so", "this is a text file, not a shared object\n");
  PluginHost host;
  host.discover({folder.path()});
  ASSERT_EQ(host.refused().size(), 1u);
  EXPECT_EQ(host.refused()[0].file.filename(), "persklaar-fake.so");
  EXPECT_THAT(host.refused()[0].reason, HasSubstr("not a loadable module"));
}

TEST(PluginHost, TheFirstFolderOnTheSearchPathWinsAndMissingFoldersAreSkipped) {
  testing::TemporaryFolder empty;
  PluginHost once;
  once.discover({build_plugin_dir()});
  PluginHost host;
  host.discover({empty.path() / "does-not-exist", build_plugin_dir(), build_plugin_dir()});
  EXPECT_GE(host.plugins().size(), 3u);                     // markdown, text, pdf at least
  EXPECT_EQ(host.plugins().size(), once.plugins().size());  // the same folder twice loads each plugin once
}

TEST(PluginHost, SearchPathPutsTheCommandLineFirstThenTheEnvironment) {
  ::setenv("PERSKLAAR_PLUGIN_PATH", "/from/env:/also/env", 1);
  const auto path = plugin_search_path({"/from/cli"});
  ::unsetenv("PERSKLAAR_PLUGIN_PATH");
  ASSERT_GE(path.size(), 5u);
  EXPECT_EQ(path[0], "/from/cli");
  EXPECT_EQ(path[1], "/from/env");
  EXPECT_EQ(path[2], "/also/env");
  EXPECT_EQ(path.back(), build_plugin_dir());
}

TEST(PluginHost, ListsEveryFormatItCanWrite) {
  PluginHost host;
  host.discover({build_plugin_dir()});
  EXPECT_THAT(host.output_formats(), ::testing::Contains("txt"));
  EXPECT_THAT(host.input_extensions(), ::testing::IsSupersetOf({"md", "markdown"}));
}

}  // namespace
}  // namespace persklaar
