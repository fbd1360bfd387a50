"""Command-line text turned into the typed values services take. Parsing belongs to the command line;
services receive dates, numbers and lists, never the strings a user typed."""

from __future__ import annotations

from datetime import date

from sipdumas.domain.errors import ValidationFailed


def parse_day(text: str, field: str = "date") -> date:
    """``YYYY-MM-DD`` as a date; a :class:`ValidationFailed` naming ``field`` otherwise (exit status 1)."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationFailed(
            {field: f"Tanggal '{text}' tidak valid (tulis YYYY-MM-DD, mis. 2026-12-24)"}
        ) from None
