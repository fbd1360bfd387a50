"""``sipdumas outgoing ...``: the register of outgoing letters (agenda surat keluar) and the dispatch
book (buku ekspedisi).

    outgoing list [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--kind forwarding|reminder] --json
    outgoing register --out FILE.xlsx [--pdf] [--from ...] [--to ...]
    outgoing dispatch-book --out FILE.xlsx [--pdf] [--from ...] [--to ...]
    outgoing dispatch NUMBER --via WAY [--on YYYY-MM-DD] [--received-by NAME] [--received-on YYYY-MM-DD]
                             [--note TEXT] --json

``register`` and ``dispatch-book`` print ``{"file", "rows"}`` (and ``"pdf"``, written beside the
workbook); ``list`` one object per letter; ``dispatch`` the letter as now recorded.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from sipdumas.cli.output import emit_outcome


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("outgoing", help="register of outgoing letters and the dispatch book (buku ekspedisi)")
    out_sub = p.add_subparsers(dest="outgoing_command", required=True)

    def period(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--from", dest="dated_from", type=date.fromisoformat, help="dated on or after")
        parser.add_argument("--to", dest="dated_to", type=date.fromisoformat, help="dated on or before")

    ls = out_sub.add_parser("list", help="the outgoing letters, oldest first")
    period(ls)
    ls.add_argument("--kind", choices=["forwarding", "reminder"])
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=_list)

    for name, help_text, book in (
        ("register", "the register of outgoing letters as xlsx (and PDF)", False),
        ("dispatch-book", "the dispatch book with receipt signatures as xlsx (and PDF)", True),
    ):
        x = out_sub.add_parser(name, help=help_text)
        x.add_argument("--out", type=Path, required=True, help="the .xlsx file to write")
        x.add_argument("--pdf", action="store_true", help="also print it as a landscape PDF beside --out")
        period(x)
        x.set_defaults(handler=_export, dispatch_book=book)

    d = out_sub.add_parser("dispatch", help="record how an outgoing letter went out and who received it")
    d.add_argument("number", help="the letter's number")
    d.add_argument("--via", required=True, help="Kurir, Pos, Pos tercatat, E-mail ...")
    d.add_argument("--on", type=date.fromisoformat, help="the day it went out (default today)")
    d.add_argument("--received-by", help="the receiver's name, once the receipt is back")
    d.add_argument("--received-on", type=date.fromisoformat)
    d.add_argument("--note")
    d.add_argument("--json", action="store_true")
    d.set_defaults(handler=_dispatch)


def _list(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.outgoing import list_outgoing

    return emit_outcome(
        lambda: [
            e.to_json()
            for e in list_outgoing(
                db, actor, dated_from=args.dated_from, dated_to=args.dated_to, kind=args.kind
            )
        ]
    )


def _export(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.output.outgoing import export_outgoing

    return emit_outcome(
        lambda: export_outgoing(
            db,
            actor,
            out=args.out,
            pdf=args.out.with_suffix(".pdf") if args.pdf else None,
            dated_from=args.dated_from,
            dated_to=args.dated_to,
            dispatch_book=args.dispatch_book,
        ).to_json()
    )


def _dispatch(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.outgoing import record_dispatch

    return emit_outcome(
        lambda: record_dispatch(
            db,
            actor,
            number=args.number,
            dispatched_on=args.on or date.today(),
            via=args.via,
            received_by=args.received_by,
            received_on=args.received_on,
            note=args.note,
        ).to_json()
    )
