"""``sipdumas watch FOLDER``: register the scans that appear in the scanner's output folder."""

from __future__ import annotations

import argparse
import threading
from pathlib import Path

from sipdumas.cli.output import EXIT_OK, EXIT_SOME_FAILED, emit, error


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("watch", help="register scans as they appear in a folder (processed/, failed/)")
    p.add_argument("folder", type=Path)
    p.add_argument("--once", action="store_true", help="take what is ready now and stop")
    p.add_argument("--interval", type=float, default=2.0, help="seconds between looks (default 2)")
    p.add_argument("--settle", type=float, default=2.0, help="seconds a file must stay unchanged (default 2)")
    p.set_defaults(handler=_watch)


def _watch(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.scan_folder import ScanFolder, poll, watch

    folder = ScanFolder(args.folder, settle_seconds=args.settle)
    failed = False

    def show(result) -> None:
        nonlocal failed
        if result.error:
            failed = True
            error(f"{result.file}: {result.error}" + (" (dicoba lagi nanti)" if result.transient else ""))
        elif result.skipped:
            error(f"{result.file}: {result.note}")
        emit(result.to_json())

    if args.once:
        folder.ready()  # first look: remember sizes
        threading.Event().wait(args.settle)
        for result in poll(db, actor, folder):
            show(result)
        return EXIT_SOME_FAILED if failed else EXIT_OK
    stop = threading.Event()
    try:
        watch(db, actor, folder, interval=args.interval, stop=stop, on_result=show)
    except KeyboardInterrupt:
        stop.set()
    return EXIT_OK
