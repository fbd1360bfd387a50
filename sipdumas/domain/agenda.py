"""Agenda numbers: a serial per calendar year, never duplicated and never skipped.

The counter row of the year is incremented with ``UPDATE ... RETURNING`` inside the registering
transaction. On PostgreSQL the row lock makes concurrent registrations wait for each other; on SQLite the
write transaction holds the database lock. Either way a rolled-back registration rolls back its serial
too, so no number is lost.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sqlalchemy import text
from sqlalchemy.orm import Session


def next_serial(session: Session, year: int) -> int:
    return reserve_block(session, year, 1)


def reserve_up_to(session: Session, year: int, serial: int) -> None:
    """Make sure later serials of ``year`` come after ``serial`` (used when importing old registers)."""
    _ensure_year(session, year)
    session.execute(
        text("UPDATE agenda_counters SET last_serial = :s WHERE year = :y AND last_serial < :s"),
        {"y": year, "s": serial},
    )


@lru_cache(maxsize=64)
def pattern_regex(pattern: str) -> re.Pattern[str]:
    """A regex that recognises numbers made by ``pattern`` and captures ``year`` and ``serial``."""
    out, pos = [], 0
    for m in re.finditer(r"\{(year|serial)(?::[^}]*)?\}", pattern):
        out.append(re.escape(pattern[pos : m.start()]))
        out.append(r"(?P<year>\d{4})" if m.group(1) == "year" else r"(?P<serial>\d+)")
        pos = m.end()
    out.append(re.escape(pattern[pos:]))
    return re.compile("^" + "".join(out) + "$")


#: The largest serial the register can hold (``agenda_serial`` is a 32-bit integer column).
MAX_SERIAL = 2_147_483_647


@lru_cache(maxsize=64)
def max_serial(pattern: str) -> int:
    """The largest serial of ``pattern``'s series: the width it pads serials to (``{serial:05d}``: 99,999)
    bounds the series, else the column's limit."""
    m = re.search(r"\{serial:0?(\d+)d\}", pattern)
    return min(10 ** int(m.group(1)) - 1, MAX_SERIAL) if m else MAX_SERIAL


def series_problem(number: str, pattern: str, year: int) -> str | None:
    """Why ``number`` cannot be an agenda number of ``year``'s series made by ``pattern``, or None.

    A number in another form altogether (an old register's own numbering) is no business of the series
    and passes. One in this pattern must be of ``year`` (the year the letter was received), have a serial
    from 1 to :func:`max_serial`, and be written exactly as the pattern writes it (``D-2026-5`` would be a
    second spelling of ``D-2026-00005``)."""
    m = pattern_regex(pattern).match(number)
    if m is None:
        return None
    number_year, serial = int(m.group("year")), int(m.group("serial"))
    if number_year != year:
        return f"nomor agenda {number} dari seri tahun {number_year}, padahal surat diterima tahun {year}"
    limit = max_serial(pattern)
    if not 1 <= serial <= limit:
        return f"nomor urut {serial} di luar seri tahunan (1 sampai {limit:,})".replace(",", ".")
    canonical = pattern.format(year=number_year, serial=serial)
    if canonical != number:
        return f"nomor agenda {number} tidak ditulis menurut pola (seharusnya {canonical})"
    return None


def reserve_block(session: Session, year: int, count: int) -> int:
    """Hand out ``count`` consecutive serials of ``year`` at once; returns the last of them."""
    _ensure_year(session, year)
    return session.execute(
        text(
            "UPDATE agenda_counters SET last_serial = last_serial + :n WHERE year = :y RETURNING last_serial"
        ),
        {"y": year, "n": count},
    ).scalar_one()


def _ensure_year(session: Session, year: int) -> None:
    session.execute(
        text("INSERT INTO agenda_counters (year, last_serial) VALUES (:y, 0) ON CONFLICT (year) DO NOTHING"),
        {"y": year},
    )
