"""OCR throughput of ``extract_files`` against bare Tesseract, on the same pages, same run.

    python -m bench.bench_extract [--corpus DIR] [--limit N]

Three passes (alternating, a few pages at a time) over the single-page scans of the sample corpus (PNG and JPEG: the files bare Tesseract
can read):

1. bare: ``tesseract IMG stdout -l ind`` (the language the intake uses, ``LANG``) with ``OMP_THREAD_LIMIT=1``, page after page;
2. ours, one worker: ``extract_files(paths, workers=1)``: everything we add per page (planning, checks,
   field extraction) on top of the same Tesseract work;
3. ours, default: ``extract_files(paths)`` with one Tesseract per core.

Goals: speed-up of (3) over (1) at least 1.8x on 2 cores; overhead of (2) over (1) under 10% per page,
in wall time and in CPU time (this process and its children). The machine should be otherwise idle:
the load average before and after is printed, since other work takes cores from the parallel pass
only. Field accuracy of pass (3) against
``truth.json`` is printed too, so a speed trick that costs accuracy shows at once.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from bench.common import report
from sipdumas.intake import extract_files
from sipdumas.intake.accuracy import score
from sipdumas.intake.ocr import LANG, Tesseract

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "letters"


def _cpu() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def bare_tesseract(paths: list[Path]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of plain Tesseract, one page after the other."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    cmd = Tesseract.command()
    cpu, wall = _cpu(), time.perf_counter()
    for path in paths:
        subprocess.run([cmd, str(path), "stdout", "-l", LANG], env=env, check=True, capture_output=True)
    return time.perf_counter() - wall, _cpu() - cpu


def ours(paths: list[Path], workers: int | None) -> tuple[float, float, list]:
    cpu, wall = _cpu(), time.perf_counter()
    results = list(extract_files(paths, workers=workers))
    return time.perf_counter() - wall, _cpu() - cpu, results


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="use only the first N scans")
    parser.add_argument("--round", type=int, default=12, help="pages per round of the three passes")
    args = parser.parse_args(argv)

    paths = sorted(p for p in args.corpus.iterdir() if p.suffix.lower() in (".png", ".jpg", ".jpeg"))
    if args.limit:
        paths = paths[: args.limit]
    if not paths:
        print(f"no PNG/JPEG scans in {args.corpus}", file=sys.stderr)
        raise SystemExit(2)
    n = len(paths)
    cores = os.cpu_count() or 1

    load_before = os.getloadavg()[0]
    # The passes alternate in rounds of a few pages, so that other work on the machine (it is shared
    # while developers run tests) falls on all three alike instead of on whichever pass ran last.
    bare_wall = bare_cpu = one_wall = one_cpu = par_wall = par_cpu = 0.0
    results: list = []
    one_results: list = []
    for start in range(0, n, args.round):
        chunk = paths[start : start + args.round]
        wall, cpu = bare_tesseract(chunk)
        bare_wall, bare_cpu = bare_wall + wall, bare_cpu + cpu
        wall, cpu, got = ours(chunk, workers=1)
        one_wall, one_cpu = one_wall + wall, one_cpu + cpu
        one_results += got
        wall, cpu, got = ours(chunk, workers=None)
        par_wall, par_cpu = par_wall + wall, par_cpu + cpu
        results += got
    load_after = os.getloadavg()[0]

    errors = [f"{r.file}: {r.error}" for r in results + one_results if r.error]
    truth_file = args.corpus / "truth.json"
    accuracy = None
    if truth_file.exists():
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        scored = score(results, truth)
        accuracy = {"overall": round(scored["overall"], 4)} | {
            k: round(v, 4) for k, v in scored["per_field"].items()
        }

    figures = {
        "pages": n,
        "cores": cores,
        "bare_tesseract_s_per_page": round(bare_wall / n, 3),
        "bare_tesseract_cpu_s_per_page": round(bare_cpu / n, 3),
        "ours_1_worker_s_per_page": round(one_wall / n, 3),
        "ours_1_worker_cpu_s_per_page": round(one_cpu / n, 3),
        "ours_pages_per_s": round(n / par_wall, 3),
        "bare_pages_per_s": round(n / bare_wall, 3),
        "speedup_vs_bare": round(bare_wall / par_wall, 3),
        # Cores the parallel pass kept busy on average (CPU seconds per wall second): near ``cores``
        # when the machine was free, lower when other work took cores from it.
        "parallel_cores_used": round(par_cpu / par_wall, 2),
        "overhead_wall": round((one_wall - bare_wall) / bare_wall, 4),
        "overhead_cpu": round((one_cpu - bare_cpu) / bare_cpu, 4),
        "load_avg_before_after": [round(load_before, 2), round(load_after, 2)],
        "accuracy": accuracy,
        "errors": errors,
    }
    goals = {
        "speedup_1.8x_on_2_cores": figures["speedup_vs_bare"] >= 1.8 if cores >= 2 else None,
        "overhead_wall_under_10pct": figures["overhead_wall"] < 0.10,
        "overhead_cpu_under_10pct": figures["overhead_cpu"] < 0.10,
        "no_errors": not errors,
    }
    print(
        f"{n} pages on {cores} cores: bare Tesseract {n / bare_wall:.2f} pages/s, "
        f"extract_files {n / par_wall:.2f} pages/s (x{bare_wall / par_wall:.2f}); "
        f"one worker overhead {figures['overhead_wall']:+.1%} wall, {figures['overhead_cpu']:+.1%} CPU",
        file=sys.stderr,
    )
    return report("extract", figures, goals)


if __name__ == "__main__":
    main()
