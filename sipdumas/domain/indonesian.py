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
