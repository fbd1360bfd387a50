"""``sipdumas gui``: the desktop client as a sub-command of the core's command line.

Registered through the ``sipdumas.commands`` entry point (pyproject.toml), so the core CLI offers it
without importing Qt; Qt loads only when the command runs.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    gui = subparsers.add_parser("gui", help="open the desktop client")
    gui.add_argument("--screenshot", type=Path, help="save the main window as PNG once shown, then exit")
    gui.add_argument(
        "--size",
        type=window_size,
        help="with --screenshot: render the window at WIDTHxHEIGHT instead of the size it opens with",
    )
    gui.add_argument(
        "--view",
        default=os.environ.get("SIPDUMAS_VIEW"),
        help="the tab shown first: register, dashboard, … (SIPDUMAS_VIEW)",
    )
    gui.set_defaults(without_database=_gui)


def _gui(location, args: argparse.Namespace) -> int:
    from ui.app import run_gui

    return run_gui(location, user=args.user, screenshot=args.screenshot, view=args.view, size=args.size)


def window_size(text: str) -> tuple[int, int]:
    """``1366x768`` as (1366, 768); the ``--size`` option's type."""
    width, sep, height = text.lower().replace("×", "x").partition("x")
    if not sep or not width.strip().isdigit() or not height.strip().isdigit():
        raise argparse.ArgumentTypeError(f"ukuran '{text}' tidak dikenal: tulis LEBARxTINGGI, mis. 1366x768")
    size = int(width), int(height)
    if min(size) < 200:
        raise argparse.ArgumentTypeError(f"ukuran '{text}' terlalu kecil")
    return size
