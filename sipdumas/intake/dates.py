"""Dates as Indonesian letters write them: ``12 April 2021``, ``12 Okt. 2021``, ``12-04-2021``, ``12/4/2021``."""

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
WORD_DATE = re.compile(_DAY + r"\s*(?P<month>[A-Za-z]{3,10})\.?\s*,?\s*" + _YEAR + r"(?!\d)")
NUMERIC_DATE = re.compile(
    r"(?<![\d/.-])(?P<day>[0-3]?\d)\s*(?P<sep>[-/.])\s*(?P<month>[01]?\d)\s*(?P=sep)\s*(?P<year>(?:19|20)\d{2})(?!\d)"
)


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
        date = _make(int(m.group("year")), int(m.group("month")), int(m.group("day")))
        if date is None:
            continue
        if best is None or m.start() < best[2].start():
            best = (date, 0.9, m)
        break
    return best
