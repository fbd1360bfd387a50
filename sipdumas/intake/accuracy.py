"""Scoring extractions against an analyst's answers (``truth.json`` of the sample corpus).

Used by ``bench/bench_extract.py`` and the corpus accuracy test; kept in the package so both compare
in exactly the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from rapidfuzz import fuzz

from sipdumas.domain.identity import normalize_phone
from sipdumas.intake.model import Extraction

FIELDS = (
    "sender.name",
    "sender.nik",
    "sender.phone",
    "sender.address",
    "letter_date",
    "place",
    "subject",
    "addressee",
    "cc",
    "carbon_copy",
    "identity_complete",
)


def _norm(value: str | None) -> str:
    return re.sub(r"\s+", " ", (value or "")).strip().casefold()


def _fuzzy(a: str | None, b: str | None, threshold: float) -> bool:
    if not a and not b:
        return True
    if not a or not b:
        return False
    return fuzz.ratio(_norm(a), _norm(b)) >= threshold


def field_matches(field: str, got: Any, want: Any) -> bool:
    if field == "sender.name":
        return _fuzzy(got, want, 90)
    if field in ("subject", "addressee"):
        return _fuzzy(got, want, 90)
    if field == "sender.address":
        return _fuzzy(got, want, 85)
    if field == "sender.phone":
        return normalize_phone(got) == normalize_phone(want)
    if field == "place":
        return _norm(got) == _norm(want)
    if field == "cc":
        got, want = got or [], want or []
        return len(got) == len(want) and all(_fuzzy(g, w, 90) for g, w in zip(got, want, strict=True))
    return got == want


def _get(record: Mapping[str, Any], field: str) -> Any:
    if field.startswith("sender."):
        return (record.get("sender") or {}).get(field.split(".", 1)[1])
    return record.get(field)


def score(extractions: Iterable[Extraction], truth: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Per-field accuracy, overall accuracy and the list of mismatches (file, field, got, want)."""
    answers = {t["file"]: t for t in truth}
    hits = dict.fromkeys(FIELDS, 0)
    total = 0
    misses: list[tuple[str, str, Any, Any]] = []
    for ex in extractions:
        want = answers.get(ex.file)
        if want is None:
            continue
        total += 1
        got = ex.to_json()
        for field in FIELDS:
            g, w = _get(got, field), _get(want, field)
            if field_matches(field, g, w):
                hits[field] += 1
            else:
                misses.append((ex.file, field, g, w))
    per_field = {f: (hits[f] / total if total else 0.0) for f in FIELDS}
    overall = sum(hits.values()) / (total * len(FIELDS)) if total else 0.0
    return {"letters": total, "per_field": per_field, "overall": overall, "misses": misses}
