"""``sipdumas export register --out FILE.xlsx [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--pdf] [--confidential]``
with the filters ``--status``, ``--category``, ``--agency NAME`` and ``--analyst USERNAME``.

Prints ``{"file": ..., "rows": N}`` (and ``"pdf": ...`` with ``--pdf``, the printed table written beside
the workbook as ``FILE.pdf``)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from sipdumas.cli.output import EXIT_OK, EXIT_USAGE, emit, error
from sipdumas.domain.statuses import LetterStatus


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export a register (buku agenda) as xlsx and PDF")
    what = p.add_subparsers(dest="export_what", required=True)
    reg = what.add_parser("register", help="the incoming-letter register (buku agenda surat masuk)")
    reg.add_argument("--out", type=Path, required=True, help="the .xlsx file to write")
    reg.add_argument("--from", dest="received_from", type=date.fromisoformat, help="received on or after")
    reg.add_argument("--to", dest="received_to", type=date.fromisoformat, help="received on or before")
    reg.add_argument(
        "--status", choices=[s.value for s in LetterStatus], help="only letters with this status"
    )
    reg.add_argument(
        "--category", help="only letters of this category (as stored, e.g. '02 Pelayanan publik')"
    )
    reg.add_argument("--agency", help="only letters forwarded to or reporting this agency (its name)")
    reg.add_argument("--analyst", help="only letters disposed to this analyst (username)")
    reg.add_argument(
        "--pdf", action="store_true", help="also print the register as a landscape PDF beside --out"
    )
    reg.add_argument(
        "--confidential",
        action="store_true",
        help="for other agencies: leave out the complainants' name, NIK, phone, e-mail and address",
    )
    reg.set_defaults(handler=_export_register)


def _export_register(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.domain.errors import NotFound
    from sipdumas.output.register import agency_id_by_name, export_register

    if args.received_from and args.received_to and args.received_from > args.received_to:
        error("--from jatuh setelah --to")
        return EXIT_USAGE
    agency_id = None
    if args.agency:
        try:
            agency_id = agency_id_by_name(db, args.agency)
        except NotFound as exc:
            error(str(exc))
            return EXIT_USAGE
    result = export_register(
        db,
        actor,
        out=args.out,
        received_from=args.received_from,
        received_to=args.received_to,
        confidential=args.confidential,
        status=args.status,
        category=args.category,
        agency_id=agency_id,
        analyst=args.analyst,
        pdf=args.out.with_suffix(".pdf") if args.pdf else None,
    )
    emit(result.to_json())
    return EXIT_OK
