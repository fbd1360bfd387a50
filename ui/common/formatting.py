"""How values look on screen: Indonesian dates and counts, independent of the system locale (office
PCs often run an English Windows, but the register is read in Indonesian)."""

from __future__ import annotations

from datetime import date

MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


def short_date(value: date | None) -> str:
    """``12 Apr 2026``; empty for no date."""
    if value is None:
        return ""
    return f"{value.day:02d} {MONTHS_SHORT[value.month - 1]} {value.year}"


def count(n: int) -> str:
    """``1.000.000``: Indonesian thousands separator."""
    return f"{n:,}".replace(",", ".")
