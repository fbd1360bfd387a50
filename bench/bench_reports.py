"""Registers and reports at scale: import a 100,000-row legacy register, export the register to xlsx, a yearly report.

    python -m bench.bench_reports [--n 100000] [--pg postgresql+psycopg://...]

- import: ``bench.synth.write_jsonl(path, n, with_text=False)`` through ``importing.import_register``
  (goal under 60 s);
- register export of every letter to xlsx, run as ``sipdumas export register`` in a child process whose
  own peak memory (VmHWM) is measured (goals under 20 s and under 300 MB);
- yearly report: the letters are moved into one year (received dates kept, year set to 2024) so that a
  yearly report covers all of them, then ``build_report`` plus the xlsx workbook (goal under 10 s);
- the dashboard call, for the record.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from datetime import date

from sqlalchemy import text

from bench.common import WORK, fresh_database, report, timer
from bench.synth import write_jsonl
from sipdumas.domain.permissions import Actor
from sipdumas.output.reports import Period, build_report
from sipdumas.output.reports.render import write_workbook
from sipdumas.services.dashboard import dashboard
from sipdumas.services.imports.legacy_register import import_register

YEAR = 2024  # a leap year: every synthetic received date (2019-2021) has a day in it


def _vm_hwm_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def export_in_child(url: str, data_dir, out) -> dict:
    """``sipdumas export register`` in a process of its own: its wall time and its own peak RSS."""
    code = (
        "import json, runpy, sys, time\n"
        "from bench.bench_reports import _vm_hwm_mb\n"
        "start = time.perf_counter()\n"
        f"sys.argv = ['sipdumas', '--db', {url!r}, '--data-dir', {str(data_dir)!r}, 'export', 'register', "
        f"'--out', {str(out)!r}]\n"
        "try:\n"
        "    runpy.run_module('sipdumas', run_name='__main__')\n"
        "except SystemExit as exc:\n"
        "    assert not exc.code, exc.code\n"
        "print(json.dumps({'seconds': round(time.perf_counter() - start, 2), 'peak_rss_mb': _vm_hwm_mb()}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=1200,
        cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    lines = [json.loads(x) for x in done.stdout.splitlines() if x.startswith("{")]
    return {"rows": lines[0]["rows"], **lines[-1]}


def _one_year(db) -> None:
    with db.engine.begin() as conn:
        if db.is_sqlite:
            conn.execute(
                text(f"UPDATE incoming_letters SET received_at = '{YEAR}' || substr(received_at, 5)")
            )
        else:
            conn.execute(
                text(
                    f"UPDATE incoming_letters SET received_at = make_date({YEAR}, "
                    "extract(month from received_at)::int, extract(day from received_at)::int)"
                )
            )
        if not db.is_sqlite:
            conn.execute(text("ANALYZE"))


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--pg", help="PostgreSQL URL (emptied first); default: SQLite under the bench folder")
    args = ap.parse_args(argv)
    actor = Actor.local_admin()
    figures: dict = {"n": args.n, "database": "postgresql" if args.pg else "sqlite", "cores": os.cpu_count()}
    source = write_jsonl(WORK / f"reports-{args.n}.jsonl", args.n, with_text=False)
    db, loc = fresh_database("reports", args.pg)

    with timer(figures, "import_s"):
        result = import_register(db, actor, path=source, today=date(2026, 1, 1))
    figures["imported"] = result.imported

    export = export_in_child(loc.database_url, loc.data_dir, WORK / "reports-register.xlsx")
    figures.update(
        export_rows=export["rows"], export_s=export["seconds"], export_peak_rss_mb=export["peak_rss_mb"]
    )
    figures["export_mb"] = round((WORK / "reports-register.xlsx").stat().st_size / 1e6, 1)

    _one_year(db)
    start = time.perf_counter()
    yearly = build_report(db, actor, period=Period("year", YEAR), as_of=date(2026, 1, 1))
    figures["report_build_s"] = round(time.perf_counter() - start, 2)
    write_workbook(yearly, WORK / "reports-yearly.xlsx")
    figures["report_total_s"] = round(time.perf_counter() - start, 2)
    figures["report_letters"] = yearly.total

    with timer(figures, "dashboard_s"):
        dashboard(db, actor, today=date(YEAR, 12, 31))
    db.dispose()
    return report(
        "reports",
        figures,
        {
            "import_under_60s": figures["import_s"] < 60,
            "export_under_20s": figures["export_s"] < 20,
            "export_under_300mb": figures["export_peak_rss_mb"] < 300,
            "yearly_report_under_10s": figures["report_total_s"] < 10,
        },
    )


if __name__ == "__main__":
    main()
