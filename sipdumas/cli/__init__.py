"""The ``sipdumas`` command line (CONTRACT.md): :mod:`main` parses and dispatches, each sub-command
lives in :mod:`sipdumas.cli.commands` and calls the same service function the client calls."""
