// The commands, in the order `persklaar --help` lists them. Adding a command is one line here and a
// file cli/NAME_command.cc defining `CommandSpec NAME_command()` (the CMake list picks it up).
// Included several times on purpose, with PERSKLAAR_COMMAND defined differently each time.
PERSKLAAR_COMMAND(build)
PERSKLAAR_COMMAND(watch)
PERSKLAAR_COMMAND(preview)
PERSKLAAR_COMMAND(preflight)
PERSKLAAR_COMMAND(layouts)
PERSKLAAR_COMMAND(formats)
PERSKLAAR_COMMAND(plugins)
PERSKLAAR_COMMAND(help)
PERSKLAAR_COMMAND(man)
PERSKLAAR_COMMAND(completion)
