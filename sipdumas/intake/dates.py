"""Dates as Indonesian letters write them: ``12 April 2021``, ``12 Okt. 2021``, ``12-04-2021``, ``12/4/2021``,
``12-3-25``."""

from __future__ import annotations

import datetime
import re

from rapidfuzz import fuzz, process

MONTHS: dict[str, int] = {
    "januari": 1,
    "februari": 2,
    "maret": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "agustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "desember": 12,
}

ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "peb": 2,
    "pebruari": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "agust": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "oct": 10,
    "nov": 11,
    "nop": 11,
    "nopember": 11,
    "des": 12,
    "dec": 12,
    # English month names appear in e-mails and forms.
    "january": 1,
    "february": 2,
    "march": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "october": 10,
    "december": 12,
}

_DAY = r"(?P<day>[0-3]?[0-9O])"
_YEAR = r"(?P<year>(?:19|20)[0-9O]{2})"
WORD_DATE = re.compile(r"(?<![\dO])" + _DAY + r"\s*(?P<month>[A-Za-z]{3,10})\.?\s*,?\s*" + _YEAR + r"(?!\d)")
NUMERIC_DATE = re.compile(
    r"(?<![\d/.-])(?P<day>[0-3]?\d)\s*(?P<sep>[-/.])\s*(?P<month>[01]?\d)\s*(?P=sep)\s*"
    r"(?P<year>(?:19|20)\d{2}|\d{2})(?![\d/.-]\d|\d)"
)
# Confidence of a numeric date: the day/month order is a convention (Indonesian letters write day
# first), and a two-digit year needs a century guessed from the present.
CONF_NUMERIC = 0.9
CONF_NUMERIC_SHORT_YEAR = 0.8


EARLIEST_SHORT_YEAR = 1990


def full_year(two_digits: int, *, today: datetime.date | None = None) -> int | None:
    """The year a two-digit year means in a letter: this century unless that would be in the future;
    None before 1990, which no letter in a register of complaints is dated (more likely not a date)."""
    today = today or datetime.date.today()
    year = 2000 + two_digits
    if year > today.year + 1:
        year -= 100
    return year if year >= EARLIEST_SHORT_YEAR else None


def month_number(word: str) -> tuple[int, float] | None:
    """The month a (possibly abbreviated or OCR-damaged) month word names, and how sure that is."""
    w = word.lower().rstrip(".")
    if w in MONTHS:
        return MONTHS[w], 1.0
    if w in ABBREVIATIONS:
        return ABBREVIATIONS[w], 0.95
    if len(w) >= 4:
        match = process.extractOne(w, MONTHS.keys(), scorer=fuzz.ratio, score_cutoff=75)
        if match:
            return MONTHS[match[0]], 0.75
    return None


def _make(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def find_date(text: str) -> tuple[datetime.date, float, re.Match[str]] | None:
    """The first date written in ``text``, its confidence and the regex match."""
    best: tuple[datetime.date, float, re.Match[str]] | None = None
    for m in WORD_DATE.finditer(text):
        month = month_number(m.group("month"))
        if not month:
            continue
        day = int(m.group("day").replace("O", "0"))
        year = int(m.group("year").replace("O", "0"))
        date = _make(year, month[0], day)
        if date:
            best = (date, month[1], m)
            break
    for m in NUMERIC_DATE.finditer(text):
        raw_year = m.group("year")
        year = int(raw_year) if len(raw_year) == 4 else full_year(int(raw_year))
        date = _make(year, int(m.group("month")), int(m.group("day"))) if year else None
        if date is None:
            continue
        if best is None or m.start() < best[2].start():
            best = (date, CONF_NUMERIC if len(raw_year) == 4 else CONF_NUMERIC_SHORT_YEAR, m)
        break
    return best
