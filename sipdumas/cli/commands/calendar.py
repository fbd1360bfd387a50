"""``sipdumas calendar ...``: the working days deadlines and loan due dates count on.

    calendar show --year Y --json
    calendar days-off [--year Y] --json
    calendar add-day-off YYYY-MM-DD --name TEXT --json
    calendar remove-day-off YYYY-MM-DD --json
    calendar add-workday YYYY-MM-DD --json
    calendar remove-workday YYYY-MM-DD --json
    calendar due-dates YYYY-MM-DD --json

``show`` lists the public holidays of the year (from the ``holidays`` package) and the office's own
dates, one object per line ``{"date", "weekday", "name", "kind"}`` with kind ``public_holiday``,
``day_off`` or ``workday``, then ``{"year", "working_days"}``. ``days-off`` lists only the office's own
dates (of one year, or all). ``add-day-off`` records a cuti bersama or closure; ``add-workday`` an
exceptional working day (a Saturday the office works). Each change prints the entry it added or
removed. A refusal (a date that is not YYYY-MM-DD, a workday that is a working day already, removing a
date that was not recorded) exits 1 with one line on stderr, and nothing is changed. Changing needs
``manage_settings`` (administrators).
"""

from __future__ import annotations

import argparse
from datetime import date

from sipdumas.cli.output import emit_outcome
from sipdumas.cli.values import parse_day


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("calendar", help="the office calendar: public holidays, days off, working days")
    cal_sub = p.add_subparsers(dest="calendar_command", required=True)

    def command(name: str, help_text: str, handler, *, day: bool = False):
        parser = cal_sub.add_parser(name, help=help_text)
        if day:
            parser.add_argument("day", metavar="YYYY-MM-DD")
        parser.add_argument("--json", action="store_true", help="JSON Lines output (the default)")
        parser.set_defaults(handler=handler)
        return parser

    show = command("show", "public holidays and the office's dates of a year", _show)
    show.add_argument("--year", type=int, default=date.today().year)
    days = command("days-off", "the office's own days off and working days", _days_off)
    days.add_argument("--year", type=int)
    add = command("add-day-off", "record an office day off (cuti bersama, closure)", _add_day_off, day=True)
    add.add_argument("--name", required=True, help="e.g. 'Cuti bersama Idul Fitri'")
    command("remove-day-off", "make an office day off an ordinary day again", _remove_day_off, day=True)
    command(
        "add-workday", "an exceptional working day (e.g. a Saturday the office works)", _add_workday, day=True
    )
    command("remove-workday", "undo add-workday", _remove_workday, day=True)
    command("due-dates", "when each deadline of a letter received on DAY falls", _due_dates, day=True)


def _show(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.admin.calendar import calendar_year

    def show():
        year = calendar_year(db, actor, year=args.year)
        return [*year.days, {"year": year.year, "working_days": year.working_days}]

    return emit_outcome(show)


def _days_off(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.admin.calendar import office_days

    return emit_outcome(lambda: office_days(db, actor, year=args.year))


def _add_day_off(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.admin.calendar import add_day_off

    return emit_outcome(lambda: add_day_off(db, actor, day=parse_day(args.day), name=args.name))


def _remove_day_off(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.admin.calendar import remove_day_off

    return emit_outcome(lambda: remove_day_off(db, actor, day=parse_day(args.day)))


def _add_workday(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.admin.calendar import add_workday

    return emit_outcome(lambda: add_workday(db, actor, day=parse_day(args.day)))


def _remove_workday(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.admin.calendar import remove_workday

    return emit_outcome(lambda: remove_workday(db, actor, day=parse_day(args.day)))


def _due_dates(db, actor, args: argparse.Namespace) -> int:
    from sipdumas.services.admin.calendar import due_dates

    return emit_outcome(lambda: due_dates(db, actor, received=parse_day(args.day)))
