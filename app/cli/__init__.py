"""The `parley` command line: opens the window, or runs a subcommand for scripting."""
