"""Field accuracy of the intake on the public letter sets, per field, with real OCR.

    python -m bench.score_extraction [--set letters|styled ...] [--misses] [--json]

Reads every file of ``../shared/corpus/styled`` (letters written as complainants write them: typed
text, e-mails and degraded scans) and ``../shared/corpus/letters`` (scans of four layouts) with
``extract_files``, exactly as ``sipdumas extract`` does, and scores the fields against each set's
``truth.json`` with :func:`sipdumas.intake.accuracy.score` (the same comparison the accuracy test
uses). Prints one table per set; ``--misses`` lists every wrong field with what was read and what was
wanted; ``--json`` prints one JSON summary line instead.

Goals (issue "letters as people really write them"): styled >= 0.95 overall and every field >= 0.90,
letters >= 0.98.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from sipdumas.intake import extract_files
from sipdumas.intake.accuracy import FIELDS, score

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
GOALS = {"styled": (0.95, 0.90), "letters": (0.98, 0.90)}


def score_set(folder: Path) -> dict:
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    started = time.perf_counter()
    results = list(extract_files([folder / t["file"] for t in truth]))
    scored = score(results, truth)
    scored["seconds"] = round(time.perf_counter() - started, 1)
    scored["errors"] = [f"{r.file}: {r.error}" for r in results if r.error]
    return scored


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", choices=sorted(GOALS), help="default: both")
    parser.add_argument("--corpus", type=Path, default=SHARED, help="folder holding the sets")
    parser.add_argument("--misses", action="store_true", help="list every wrong field")
    parser.add_argument("--json", action="store_true", help="one JSON summary line")
    args = parser.parse_args(argv)

    summary: dict = {"bench": "score_extraction"}
    for name in args.set or ["styled", "letters"]:
        folder = args.corpus / name
        if not (folder / "truth.json").is_file():
            print(f"no truth.json in {folder}", file=sys.stderr)
            raise SystemExit(2)
        scored = score_set(folder)
        overall_goal, field_goal = GOALS[name]
        met = scored["overall"] >= overall_goal and all(v >= field_goal for v in scored["per_field"].values())
        summary[name] = {
            "letters": scored["letters"],
            "overall": round(scored["overall"], 4),
            "per_field": {k: round(v, 4) for k, v in scored["per_field"].items()},
            "goal_met": met,
            "seconds": scored["seconds"],
            "errors": scored["errors"],
        }
        if not args.json:
            print(f"{name}: {scored['letters']} letters, {scored['seconds']} s")
            for field in FIELDS:
                print(f"  {field:<20} {scored['per_field'][field]:.3f}")
            goal = f"goal >= {overall_goal} overall, >= {field_goal} per field: {'met' if met else 'NOT met'}"
            print(f"  {'overall':<20} {scored['overall']:.3f}   ({goal})")
            for error in scored["errors"]:
                print(f"  error: {error}")
            if args.misses:
                for file, field, got, want in scored["misses"]:
                    print(f"  miss {file} {field}: read {got!r}, wanted {want!r}")
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
    return summary


if __name__ == "__main__":
    main()
