"""``sipdumas dashboard --json``: the dashboard's counters and chart series as one JSON object, and
``sipdumas overdue [--kind review|forward|settle] [--as-of YYYY-MM-DD] [--counts] --json``: the letters
past a deadline, oldest first (``--counts``: how many per deadline instead)."""

from __future__ import annotations

import argparse

from sipdumas.cli.output import emit_outcome
from sipdumas.cli.values import parse_day


def register(sub: argparse._SubParsersAction) -> None:
    dash = sub.add_parser("dashboard", help="the dashboard's counters and chart series")
    dash.add_argument("--as-of", help="YYYY-MM-DD (default today)")
    dash.add_argument("--json", action="store_true", help="JSON output (the default)")
    dash.set_defaults(handler=_dashboard)
    late = sub.add_parser("overdue", help="letters past their review, forwarding or settlement deadline")
    late.add_argument("--kind", default="total", choices=["review", "forward", "settle", "total"])
    late.add_argument("--as-of", help="the day deadlines are judged on, YYYY-MM-DD (default today)")
    late.add_argument("--counts", action="store_true", help="how many per deadline, not the letters")
    late.add_argument("--json", action="store_true", help="JSON Lines output (the default)")
    late.set_defaults(handler=_overdue)


def _day(args) -> object:
    return parse_day(args.as_of, "as_of") if args.as_of else None


def _series(bars) -> list[dict]:
    return [{"label": b.label, "value": b.value} for b in bars]


def _dashboard(db, actor, args) -> int:
    from sipdumas.services.dashboard import dashboard

    def action():
        board = dashboard(db, actor, today=_day(args))
        return {
            "today": board.today.isoformat(),
            "counters": {c.key: {"label": c.label, "value": c.value} for c in board.counters},
            "per_month": _series(board.per_month),
            "by_category": _series(board.by_category),
            "by_province": _series(board.by_province),
        }

    return emit_outcome(action)


def _overdue(db, actor, args) -> int:
    from sipdumas.services.deadlines import overdue_counts, overdue_letters

    if args.counts:
        return emit_outcome(lambda: overdue_counts(db, actor, today=_day(args)))
    return emit_outcome(lambda: overdue_letters(db, actor, kind=args.kind, today=_day(args), limit=1_000_000))
