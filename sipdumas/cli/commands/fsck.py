"""``sipdumas fsck [--clean] --json``: every letter's files there and intact, no orphans, no leftovers of
killed runs, the audit chain unbroken (administrators).

Prints one JSON object (``ok``, ``problems`` each with ``kind`` and ``message``, ``audit``); exit status 0
when everything is in order, 1 when anything is wrong. ``--clean`` moves orphans and leftovers to
``quarantine/<date-time>/`` in the data folder (what it moved counts as resolved); files younger than
``--grace-minutes`` (default 10) are left alone, since a run still going on may own them.
"""

from __future__ import annotations

import argparse

from sipdumas.cli.output import EXIT_OK, EXIT_SOME_FAILED, emit, error


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("fsck", help="check the stored files, leftovers and the audit chain")
    p.add_argument("--clean", action="store_true", help="move orphans and leftovers to the quarantine folder")
    p.add_argument("--grace-minutes", type=float, default=10.0, help="leave younger files alone (default 10)")
    p.add_argument("--json", action="store_true", help="JSON Lines output (the default)")
    p.set_defaults(handler=_fsck)


def _fsck(db, actor, args) -> int:
    from sipdumas.services.admin.store_check import check_store

    report = check_store(db, actor, clean=args.clean, grace_seconds=max(0.0, args.grace_minutes) * 60)
    emit(report.to_json())
    if report.ok:
        return EXIT_OK
    error(f"fsck: {report.unresolved} masalah ditemukan (rincian di keluaran JSON)")
    return EXIT_SOME_FAILED
