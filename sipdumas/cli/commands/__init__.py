"""Sub-commands that live beside their capability (``loan``, ``forward``, ``export`` ...).

Every module here defines ``register(subparsers)``: it adds its parser(s) and sets
``handler=fn(db, actor, args) -> exit status`` with ``parser.set_defaults``; a command that opens no
database (the desktop client) sets ``without_database=fn(location, args)`` instead.
:mod:`sipdumas.cli.main` loads them all, so a capability adds its command without touching the CLI's
core. Output helpers are in :mod:`sipdumas.cli.output`.

Commands of other packages plug in through the ``sipdumas.commands`` entry-point group: the client
registers ``sipdumas gui`` that way (``ui/command.py``), so the core never imports the client.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
from importlib.metadata import entry_points

ENTRY_POINT_GROUP = "sipdumas.commands"


def register_all(subparsers: argparse._SubParsersAction) -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}").register(subparsers)
    for plugin in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        plugin.load()(subparsers)
