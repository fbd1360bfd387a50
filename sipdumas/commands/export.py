"""``sipdumas export register --out FILE.xlsx [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--confidential]``."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from sipdumas.commands.output import EXIT_OK, emit


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export a register (buku agenda) as xlsx")
    what = p.add_subparsers(dest="export_what", required=True)
    reg = what.add_parser("register", help="the incoming-letter register (buku agenda surat masuk)")
    reg.add_argument("--out", type=Path, required=True, help="the .xlsx file to write")
    reg.add_argument("--from", dest="received_from", type=date.fromisoformat, help="received on or after")
    reg.add_argument("--to", dest="received_to", type=date.fromisoformat, help="received on or before")
    reg.add_argument("--confidential", action="store_true", help="leave the complainants' names out")
    reg.set_defaults(handler=_export_register)


def _export_register(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.exports.register import export_register

    result = export_register(
        db, actor, out=args.out, received_from=args.received_from, received_to=args.received_to,
        confidential=args.confidential,
    )
    emit(result.to_json())
    return EXIT_OK
