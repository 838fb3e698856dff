// Modules on the plugin path that clash with the built-in plugins, and one whose factory fails:
// the built-in plugins keep their names and formats unless the user prefers the added ones, every
// clash is reported naming both files, and a broken factory is an error naming the module.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/plugin/plugin_host.h"
#include "tests/support/cli_run.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

using ::testing::HasSubstr;

std::filesystem::path conflicting() {
  return testing::test_module_dir() / "conflicting";
}

std::vector<std::string> messages(const PluginHost& host) {
  std::vector<std::string> out;
  for (const auto& conflict : host.conflicts()) out.push_back(conflict.message());
  return out;
}

TEST(PluginConflicts, AnAddedModuleNeverReplacesABuiltInOne) {
  PluginHost host;
  host.discover({conflicting(), testing::build_plugin_dir()});  // the added folder comes first, as --plugin-path does
  const LoadedPlugin* text = host.output_for_format("txt");
  ASSERT_NE(text, nullptr);
  EXPECT_EQ(text->file, testing::build_plugin_dir() / "persklaar-text.so");
  EXPECT_TRUE(text->built_in);
  ASSERT_NE(host.output_for_format("plain"), nullptr);  // an added format is welcome
  EXPECT_EQ(host.output_for_format("plain")->file.filename(), "other_txt.so");
  const std::string built_in_text = (testing::build_plugin_dir() / "persklaar-text.so").string();
  EXPECT_THAT(messages(host), ::testing::Contains((conflicting() / "shadow_text.so").string() +
                                                  " is ignored: " + built_in_text + " has the name 'text'"));
  EXPECT_THAT(messages(host), ::testing::Contains((conflicting() / "other_txt.so").string() +
                                                  " is ignored: " + built_in_text + " has the format 'txt'"));
  const std::vector<std::string> formats = host.output_formats();
  EXPECT_EQ(std::count(formats.begin(), formats.end(), "txt"), 1);
}

TEST(PluginConflicts, PreferringAddedPluginsLetsTheFirstOnThePathWin) {
  PluginHost host;
  host.prefer_plugins(true);
  host.discover({conflicting(), testing::build_plugin_dir()});
  EXPECT_EQ(host.output_for_format("txt")->file.filename(), "other_txt.so");
  const auto named_text = std::find_if(host.plugins().begin(), host.plugins().end(),
                                       [](const LoadedPlugin& plugin) { return plugin.name == "text"; });
  ASSERT_NE(named_text, host.plugins().end());
  EXPECT_EQ(named_text->file.filename(), "shadow_text.so");
  EXPECT_FALSE(host.conflicts().empty());  // still reported
}

TEST(PluginConflicts, TheCommandWarnsNamingBothFilesAndStillUsesTheBuiltInPlugin) {
  testing::TemporaryFolder folder;
  const auto manuscript = folder.write("boek.md", "---\ntitle: Boek\n---\n\n# Een\n\nTekst.\n");
  const auto run = testing::run_cli({"build", manuscript.string(), "-t", "txt", "-o", (folder.path() / "out").string(),
                                     "--plugin-path", conflicting().string()},
                                    folder);
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_THAT(run.output, HasSubstr("warning: plugin conflict: " + (conflicting() / "shadow_text.so").string() +
                                    " is ignored: " + (testing::build_plugin_dir() / "persklaar-text.so").string()));
  EXPECT_TRUE(std::filesystem::exists(folder.path() / "out" / "boek.txt"));
}

TEST(BrokenPlugin, AFactoryThatMakesNothingIsAnErrorNamingTheModule) {
  PluginHost host;
  ASSERT_TRUE(host.load(testing::test_module_dir() / "null_factory" / "null_factory.so"));
  const LoadedPlugin* nothing = host.output_for_format("nothing");
  ASSERT_NE(nothing, nullptr);
  try {
    PluginHost::create_output(*nothing);
    FAIL() << "no error";
  } catch (const InputError& error) {
    EXPECT_THAT(error.diagnostic().to_string(), HasSubstr("null_factory.so: error: the nothing plugin made no writer"));
  }
}

TEST(BrokenPlugin, TheCommandReportsItAndExitsWithOne) {
  testing::TemporaryFolder folder;
  const auto manuscript = folder.write("boek.md", "---\ntitle: Boek\n---\n\n# Een\n\nTekst.\n");
  const auto run =
      testing::run_cli({"build", manuscript.string(), "-t", "nothing", "-o", (folder.path() / "out").string(),
                        "--plugin-path", (testing::test_module_dir() / "null_factory").string()},
                       folder);
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_EQ(run.signal, 0);
  EXPECT_THAT(run.output, HasSubstr("the nothing plugin made no writer"));
}

}  // namespace
}  // namespace persklaar
