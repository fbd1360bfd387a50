"""Re-sent letters found on the sample sets, scored against their truth.

    python -m bench.bench_resends [--corpus DIR]... [--pg URL]

Each set (default: ``../shared/corpus/styled`` and ``../shared/corpus/letters``) is ingested in the
order of its ``truth.json`` into a fresh database, through the real pipeline (Tesseract OCR for the
scans, field extraction, the duplicate check, registration), exactly as ``sipdumas ingest`` does. Then
each letter's ``duplicate_of`` is compared with the truth (``duplicate_of`` names the earliest letter
of the set carrying the same complaint from the same complainant):

- precision: of the letters flagged, those flagged with the right original;
- recall: of the re-sent letters, those flagged with the right original;
- traps flagged: letters that are not re-sends (the truth's ``duplicate_of`` is null) but were flagged,
  by name, with the letter they were taken to repeat;
- related: pairs shown as related (other senders, same matter), for reading.

Nothing is cached: the OCR runs every time (a few minutes per set on two cores).
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from bench.common import fresh_database, report, timer
from sipdumas.domain.permissions import Actor
from sipdumas.services.registration import IngestResult, ingest_files

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpus"
DEFAULT_SETS = (CORPORA / "styled", CORPORA / "letters")
#: The day the letters are registered on (after every letter date of the sets).
TODAY = date(2026, 11, 22)


def score(truth: list[dict], results: list[IngestResult]) -> dict:
    """Precision, recall and the traps flagged, from ingest results in ``truth`` order."""
    name_of = {r.id: t["id"] for t, r in zip(truth, results, strict=True) if r.id is not None}
    found = {t["id"]: name_of.get(r.duplicate_of) for t, r in zip(truth, results, strict=True)}
    expected = {t["id"]: t["duplicate_of"] for t in truth}
    flagged = [k for k, v in found.items() if v]
    resent = [k for k, v in expected.items() if v]
    right = [k for k in flagged if found[k] == expected[k]]
    related = sorted(
        {
            tuple(sorted((t["id"], name_of[i])))
            for t, r in zip(truth, results, strict=True)
            for i in r.related
            if i in name_of
        }
    )
    return {
        "letters": len(truth),
        "errors": [f"{t['file']}: {r.error}" for t, r in zip(truth, results, strict=True) if r.error],
        "resent": len(resent),
        "flagged": len(flagged),
        "precision": round(len(right) / len(flagged), 3) if flagged else 1.0,
        "recall": round(len(right) / len(resent), 3) if resent else 1.0,
        "missed": {k: expected[k] for k in resent if found[k] != expected[k]},
        "traps_flagged": {k: found[k] for k in flagged if not expected[k]},
        "wrong_original": {
            k: [found[k], expected[k]] for k in flagged if expected[k] and found[k] != expected[k]
        },
        "related": [f"{a}~{b}" for a, b in related],
    }


def run_set(folder: Path, pg_url: str | None) -> dict:
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    db, _loc = fresh_database(f"resends-{folder.name}", pg_url)
    figures: dict = {}
    try:
        with timer(figures, "ingest_s"):
            results = list(
                ingest_files(db, Actor.local_admin(), paths=[folder / t["file"] for t in truth], today=TODAY)
            )
    finally:
        db.dispose()
    return {"set": folder.name, **score(truth, results), **figures}


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", action="append", type=Path, help="a folder with truth.json (repeatable)")
    ap.add_argument("--pg", help="a PostgreSQL URL to use instead of a fresh SQLite file (it is emptied)")
    args = ap.parse_args(argv)
    sets = [run_set(folder, args.pg) for folder in (args.corpus or DEFAULT_SETS)]
    figures = {"database": "postgresql" if args.pg else "sqlite", "sets": sets}
    goals = {
        f"{s['set']}_precision_and_recall_at_least_0.95": s["precision"] >= 0.95 and s["recall"] >= 0.95
        for s in sets
    } | {f"{s['set']}_no_trap_flagged": not s["traps_flagged"] for s in sets}
    return report("resends", figures, goals)


if __name__ == "__main__":
    main()
