"""Duplicate search at archive scale.

    python -m bench.bench_duplicates [--n 200000] [--checks 40] [--pg URL] [--import-only]

Imports ``n`` letters with their full texts (the near-duplicate index is built by the import), then
checks new letters, half of them re-sent copies of archived letters (new date, a "pengiriman ulang"
sentence, OCR-like noise), half new complaints. Reports the median ``search_ms`` (goal < 50 ms), the
same search done by comparing against every archived letter with rapidfuzz (goal: ours >= 20x faster),
how many re-sent letters were found, and the peak memory of a ``sipdumas check`` process (goal < 500 MB).
``--import-only`` stops after the import and adds its CPU time (this process and its workers), a figure
that a machine loaded by other work disturbs less than the wall-clock time.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import undefer

from bench.common import WORK, fresh_database, peak_rss_mb, report, timer
from bench.synth import letter as synth_letter
from bench.synth import write_jsonl
from sipdumas.db.engine import Database
from sipdumas.db.location import Location
from sipdumas.detection.assess import assess
from sipdumas.detection.fingerprint import normalise
from sipdumas.domain.permissions import Actor
from sipdumas.models.letters import IncomingLetter
from sipdumas.services.imports.legacy_register import import_register

# `sipdumas check` in a process of its own that reports its own peak memory: VmHWM of /proc (ru_maxrss
# would count what the benchmark process held when it forked the check)
CHECK_AND_MEASURE = (
    "import sys; from sipdumas.cli.main import main; rc = main(sys.argv[1:]); "
    "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]; "
    "print(round(int(hwm) / 1024, 1), file=sys.stderr); sys.exit(rc)"
)


def noisy(text: str, rng: random.Random) -> str:
    swaps = {"l": "1", "o": "0", "e": "c", "i": "l", " ": ""}
    return "".join(swaps[c] if c in swaps and rng.random() < 0.02 else c for c in text)


def _cpu_seconds() -> float:
    """User and system CPU time of this process and of its finished children (the import's workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200_000)
    ap.add_argument("--checks", type=int, default=40)
    ap.add_argument("--pg")
    ap.add_argument("--reuse", action="store_true", help="check against the SQLite archive of the last run")
    ap.add_argument("--import-only", action="store_true", help="stop after the import (with its CPU time)")
    args = ap.parse_args(argv)
    actor = Actor.local_admin()
    rng = random.Random(7)
    figures: dict = {"letters": args.n, "database": "postgresql" if args.pg else "sqlite"}

    if args.reuse and not args.pg and (WORK / "duplicates.sqlite3").exists():
        loc = Location(f"sqlite:///{WORK / 'duplicates.sqlite3'}", WORK / "duplicates-data")
        db = Database.open(loc)
    else:
        db, loc = fresh_database("duplicates", args.pg)
        source = WORK / f"letters-{args.n}.jsonl"
        if not source.exists():
            write_jsonl(source, args.n)
        cpu_before = _cpu_seconds()
        with timer(figures, "import_s"):
            import_register(db, actor, path=source)
        figures["import_cpu_s"] = round(_cpu_seconds() - cpu_before, 1)
        if args.import_only:
            db.dispose()
            return report("duplicates", figures, {"import_under_60s": figures["import_s"] < 60})

    # the letters to check: re-sent copies of archived letters, and new complaints
    with db.session() as session:
        picks = rng.sample(range(1, args.n + 1), args.checks // 2)
        archived = (
            session.scalars(
                select(IncomingLetter)
                .options(undefer(IncomingLetter.text))
                .where(IncomingLetter.id.in_(picks))
            )
            .unique()
            .all()
        )
        queries = []
        for letter in archived:
            c = letter.complainant
            text = letter.text.replace(
                "Dengan hormat,",
                "Dengan hormat,\nSurat ini merupakan pengiriman ulang "
                "atas surat kami terdahulu yang belum mendapat tanggapan.",
                1,
            )
            queries.append((letter.id, noisy(text, rng), c.name, c.nik, c.phone))
    fresh_rng = random.Random(99)
    for i in range(args.checks - len(queries)):
        new = synth_letter(fresh_rng, 90_000 + i, 2026)
        s = new["sender"]
        queries.append((None, new["text"], s["name"], s["nik"], s["phone"]))

    times, found, false_flags = [], 0, 0
    with db.session() as session:
        for expected, text, name, nik, phone in queries:
            verdict = assess(session, text=text, name=name, nik=nik, phone=phone)
            times.append(verdict.search_ms)
            if expected is not None and verdict.duplicate_of == expected:
                found += 1
            if expected is None and verdict.duplicate_of is not None:
                false_flags += 1
    figures["search_median_ms"] = round(statistics.median(times), 2)
    figures["search_max_ms"] = round(max(times), 2)
    figures["resent_found"] = f"{found}/{len(archived)}"
    figures["new_letters_flagged"] = f"{false_flags}/{args.checks - len(archived)}"

    # the same question answered by comparing with every archived letter
    with db.session() as session:
        start = time.perf_counter()
        texts = [
            normalise(t) for t in session.scalars(select(IncomingLetter.text).order_by(IncomingLetter.id))
        ]
        figures["brute_force_load_s"] = round(time.perf_counter() - start, 2)
    brute = []
    for _expected, text, *_ in queries[:5]:
        start = time.perf_counter()
        process.extractOne(normalise(text), texts, scorer=fuzz.ratio)
        brute.append((time.perf_counter() - start) * 1000)
    figures["brute_force_median_ms"] = round(statistics.median(brute), 1)
    figures["speedup"] = round(figures["brute_force_median_ms"] / max(figures["search_median_ms"], 0.01), 1)
    del texts

    # a real `sipdumas check` process on a few letters: its peak memory
    files = []
    for i, (_e, text, *_rest) in enumerate(queries[:4]):
        path = WORK / f"check-{i}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(str(path))
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            CHECK_AND_MEASURE,
            "--db",
            loc.database_url,
            "--data-dir",
            str(loc.data_dir),
            "check",
            *files,
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode == 0:
        figures["check_cli_search_ms"] = [json.loads(line)["search_ms"] for line in done.stdout.splitlines()]
        figures["check_process_peak_mb"] = float(done.stderr.strip().splitlines()[-1])
    else:
        print(done.stderr[-800:], file=sys.stderr)
        figures["check_process_peak_mb"] = float("nan")
    figures["bench_peak_rss_mb"] = peak_rss_mb()
    db.dispose()
    goals = {
        "search_median_under_50ms": figures["search_median_ms"] < 50,
        "at_least_20x_faster_than_brute_force": figures["speedup"] >= 20,
        "check_process_under_500MB": figures["check_process_peak_mb"] < 500,
    }
    return report("duplicates", figures, goals)


if __name__ == "__main__":
    main()
