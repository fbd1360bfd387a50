"""Sub-commands that live beside their capability (``loan``, ``forward``, ``export`` ...).

Every module here defines ``register(subparsers)``: it adds its parser(s) and sets
``handler=fn(db, actor, args) -> exit status`` with ``parser.set_defaults``. :mod:`sipdumas.cli` loads
them all, so a capability adds its command without touching the CLI's core. Output helpers are in
:mod:`sipdumas.commands.output`.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil


def register_all(subparsers: argparse._SubParsersAction) -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_") or info.name == "output":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        module.register(subparsers)
