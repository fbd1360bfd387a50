"""Dates and numbers written the Indonesian way, for reasons, letters and reports."""

from __future__ import annotations

from datetime import date

MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def long_date(d: date) -> str:
    """``3 Mei 2026``"""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


_UNITS = (
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
)


def spelled(n: int) -> str:
    """A whole number in words as letters write counts (terbilang): ``dua belas``, ``seratus lima``."""
    if n < 0:
        return "minus " + spelled(-n)
    if n < 12:
        return _UNITS[n]
    if n < 20:
        return f"{_UNITS[n - 10]} belas"
    if n < 100:
        tens, rest = divmod(n, 10)
        return f"{_UNITS[tens]} puluh" + (f" {_UNITS[rest]}" if rest else "")
    for size, word in ((1_000_000_000, "miliar"), (1_000_000, "juta"), (1000, "ribu"), (100, "ratus")):
        if n >= size:
            head, rest = divmod(n, size)
            prefix = "se" + word if head == 1 and size <= 1000 else f"{spelled(head)} {word}"
            return prefix + (f" {spelled(rest)}" if rest else "")
    raise AssertionError(n)  # pragma: no cover


def counted(n: int, noun: str) -> str:
    """``2 (dua) berkas``: a count as the Lampiran line of a letter writes it."""
    return f"{n} ({spelled(n)}) {noun}"
