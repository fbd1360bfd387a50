"""``sipdumas report --period 2026|2026-Q2|2026-03 --out FILE.xlsx [--pdf] [--as-of YYYY-MM-DD]``: the
periodic evaluation report (evaluasi berkala). Prints ``{"file", "period", "letters"}`` (and ``"pdf"``)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from sipdumas.cli.output import EXIT_OK, EXIT_USAGE, emit, error


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report", help="periodic evaluation report (monthly, quarterly, yearly) as xlsx and PDF"
    )
    p.add_argument("--period", required=True, help="2026 (year), 2026-Q2 (quarter) or 2026-03 (month)")
    p.add_argument("--out", type=Path, required=True, help="the .xlsx file to write")
    p.add_argument("--pdf", action="store_true", help="also write the report with charts as PDF beside --out")
    p.add_argument("--as-of", type=date.fromisoformat, help="the day deadlines are judged on (default today)")
    p.set_defaults(handler=_report)


def _report(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.output.reports import Period, PeriodError, export_report

    try:
        period = Period.parse(args.period)
    except PeriodError as exc:
        error(str(exc))
        return EXIT_USAGE
    result = export_report(
        db,
        actor,
        period=period,
        out=args.out,
        pdf=args.out.with_suffix(".pdf") if args.pdf else None,
        as_of=args.as_of,
    )
    emit(result.to_json())
    return EXIT_OK
