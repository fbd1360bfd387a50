"""``sipdumas work [--user USERNAME] [--as-of YYYY-MM-DD] --json``: Tugas saya, the open letters disposed
to the signed-in analyst (or, for a supervisor, to USERNAME), most urgent first, with the step each waits
on, its due date and the working days it is late."""

from __future__ import annotations

import argparse

from sipdumas.cli.output import emit_outcome
from sipdumas.cli.values import parse_day


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("work", help="Tugas saya: the letters disposed to you, most urgent first")
    p.add_argument("--user", dest="assignee", help="another analyst's list (supervisors)")
    p.add_argument("--as-of", help="the day deadlines are judged on, YYYY-MM-DD (default today)")
    p.add_argument("--json", action="store_true", help="JSON Lines output (the default)")
    p.set_defaults(handler=_work)


def _work(db, actor, args) -> int:
    from sipdumas.services.deadlines import work_page

    def action():
        today = parse_day(args.as_of, "as_of") if args.as_of else None
        page = work_page(db, actor, today=today, assignee=args.assignee, limit=1_000_000)
        return [
            {
                **item.letter.to_json(),
                "step": item.deadlines.step,
                "due": item.deadlines.due,
                "days_late": item.deadlines.days_late,
                "instructions": item.instructions,
                "assigned_by": item.assigned_by,
            }
            for item in page.items
        ]

    return emit_outcome(action)
