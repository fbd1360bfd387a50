"""SIGKILL at random moments across ingest, import, forward, export (and backup, when the command exists),
on SQLite and PostgreSQL; then every unfinished job is run to its end and the result is checked:

- nothing lost: every letter file is registered, every row of the legacy register is imported;
- nothing doubled: no file registered twice (no ``--again`` is used), no register row imported twice;
- numbers gapless: agenda serials and forwarding-letter serials are 1..N in every year, and each year's
  counter stands at N;
- no process of a killed job left running (an import's worker processes end with it);
- a clean store after cleanup: every document's scan is in the store and matches its SHA-256. What kills
  leave behind (scans stored by a registration that was then killed, ``.part`` files of killed writes,
  OCR run folders) is counted, then removed by ``sipdumas fsck --clean`` when that command exists, else
  by this script (moved to ``quarantine/``), and the store is checked again.

    python -m bench.kill_test --kills 200 [--pg postgresql+psycopg://...] [--seed 14]

With ``--pg`` the kills are split between the two databases. Prints one JSON line per database and one
summary line; exit status 1 when any check fails. Runs for roughly 10 to 20 minutes on two cores.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from PIL import Image, ImageDraw
from sqlalchemy import text

from bench import synth
from bench.common import WORK, fresh_database
from sipdumas.db.location import Location
from sipdumas.domain.permissions import Actor
from sipdumas.output.files import TEMP_SUFFIX
from sipdumas.services import routing

ROOT = Path(__file__).resolve().parents[1]
LETTERS = 40
IMPORT_ROWS = 25_000  # more than one commit part (10,000 rows)
AGENCY = "Pemerintah Kota Medan"
#: The longest a job is left running before its kill (seconds, uniform from 0.3): most land mid-work.
MAX_DELAY = {"ingest": 6.0, "import": 12.0, "forward": 8.0, "export": 8.0, "backup": 6.0}


def cli(loc: Location, *args: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "sipdumas",
        "--db",
        loc.database_url,
        "--data-dir",
        str(loc.data_dir),
        *args,
    ]


def has_command(loc: Location, name: str) -> bool:
    proc = subprocess.run(cli(loc, name, "--help"), cwd=ROOT, capture_output=True, text=True, timeout=60)
    return proc.returncode == 0


def letter_folder(folder: Path, seed: int) -> Path:
    """LETTERS typed letters and one scanned TIFF (its page is rendered for OCR, in a run folder)."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    for i in range(LETTERS - 1):
        (folder / f"{i:03d}.txt").write_text(synth.letter(rng, i + 1, 2026)["text"], encoding="utf-8")
    page = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(page)
    for n, line in enumerate(synth.letter(rng, 999, 2026)["text"].splitlines()[:30]):
        draw.text((80, 80 + n * 40), line, fill=0)
    page.save(folder / f"{LETTERS - 1:03d}-pindaian.tif")
    return folder


def run_to_end(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env, timeout=1800)


def one_database(name: str, pg_url: str | None, kills: int, rng: random.Random, seed: int) -> dict:
    db, loc = fresh_database(f"kill-{name}", pg_url)
    work = WORK / f"kill-{name}-work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    tmp = work / "tmp"  # the runs' TMPDIR: OCR run folders of killed runs are counted here
    tmp.mkdir()
    marker = f"{name}-{os.getpid()}-{seed}"
    env = {**os.environ, "TMPDIR": str(tmp), "SIPDUMAS_KILL_TEST": marker}
    env.pop("SIPDUMAS_USER", None)
    folder = letter_folder(work / "surat", seed)
    register = synth.write_jsonl(work / "lama.jsonl", IMPORT_ROWS, seed=seed, with_text=False)
    out = work / "keluar"
    out.mkdir()
    admin = Actor.local_admin()
    routing.save_agency(db, admin, name=AGENCY, addressee_position="Wali Kota Medan")
    first = run_to_end(cli(loc, "ingest", *(str(p) for p in sorted(folder.iterdir())[:3])), env)
    assert first.returncode == 0, first.stderr
    letter_ids = [json.loads(line)["id"] for line in first.stdout.splitlines()]

    jobs = {
        "ingest": lambda: cli(loc, "ingest", str(folder)),
        "import": lambda: cli(loc, "import", str(register)),
        "forward": lambda: cli(
            loc,
            "forward",
            str(rng.choice(letter_ids)),
            "--agency",
            AGENCY,
            "--new",
            "--out",
            str(out / "penerusan.pdf"),
        ),
        "export": lambda: cli(loc, "export", "register", "--out", str(out / "agenda.xlsx"), "--pdf"),
    }
    if has_command(loc, "backup"):
        jobs["backup"] = lambda: cli(loc, "backup", "--out", str(out / "cadangan.zip"))
    kinds = sorted(jobs)
    landed: Counter = Counter()  # kills that hit a running job
    finished_first: Counter = Counter()  # jobs that ended before their kill came
    forwards_done = 0
    started = time.perf_counter()
    for i in range(kills):
        kind = kinds[i % len(kinds)] if i < len(kinds) else rng.choice(kinds)
        proc = subprocess.Popen(
            jobs[kind](), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env
        )
        try:
            proc.wait(rng.uniform(0.3, MAX_DELAY[kind]))
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            landed[kind] += 1
        else:
            finished_first[kind] += 1
            if kind == "forward" and proc.returncode == 0:
                forwards_done += 1
            if proc.returncode not in (0, 1):
                raise SystemExit(
                    f"{kind} failed by itself (exit {proc.returncode}): {proc.stderr.read()[-2000:]}"
                )
        proc.stderr.close()
    kill_seconds = time.perf_counter() - started
    strays = stray_processes(marker)

    # every job to its end: what a person does after a crash
    for command in (jobs["ingest"](), jobs["import"]()):
        done = run_to_end(command, env)
        assert done.returncode == 0, done.stderr[-2000:]
    leftovers_before = leftovers(loc, out, tmp)
    cleaned = clean(loc, out, tmp, env)
    report = check(db, loc, folder, register, out, tmp)
    db.dispose()
    return {
        "database": name,
        "kills": kills,
        "kills_landed_mid_job": dict(landed),
        "jobs_done_before_their_kill": dict(finished_first),
        "kill_phase_s": round(kill_seconds, 1),
        "leftovers_after_kills": leftovers_before,
        "processes_left_running": strays,
        "cleanup": cleaned,
        **report,
        "ok": report["ok"] and strays == 0,
    }


def stray_processes(marker: str, *, patience: float = 10.0) -> int:
    """Processes of killed jobs (import workers, Tesseract) still alive ``patience`` seconds after the
    last kill: found by the environment variable the jobs were started with (Linux ``/proc``)."""
    deadline = time.monotonic() + patience
    needle = f"SIPDUMAS_KILL_TEST={marker}".encode()
    while True:
        alive = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                if needle in (entry / "environ").read_bytes().split(b"\0"):
                    alive.append(entry.name)
            except OSError:
                continue
        if not alive or time.monotonic() > deadline:
            return len(alive)
        time.sleep(0.5)


def leftovers(loc: Location, out: Path, tmp: Path) -> dict[str, int]:
    """What killed runs left: temporary files of writes, OCR run folders, stored files no letter or
    forwarding letter holds."""
    data = Path(loc.data_dir)
    parts = [p for root in (data, out) for p in root.rglob(f"*{TEMP_SUFFIX}")]
    runs = [p for p in tmp.iterdir() if p.name.startswith("sipdumas-ocr-")]
    return {"part_files": len(parts), "ocr_run_folders": len(runs), "orphan_scans": len(orphans(loc))}


def orphans(loc: Location) -> list[Path]:
    from sipdumas.db.engine import Database

    db = Database(loc)
    with db.engine.connect() as conn:
        # a letter's scans and the forwarding letters printed for it: what fsck keeps
        known = {row[0] for row in conn.execute(text("SELECT DISTINCT sha256 FROM documents"))}
        known |= {
            row[0]
            for row in conn.execute(
                text("SELECT file_sha256 FROM forwarding_letters WHERE file_sha256 IS NOT NULL")
            )
        }
    db.dispose()
    store = Path(loc.data_dir) / "files"
    if not store.exists():
        return []
    return [
        p
        for p in store.rglob("*")
        if p.is_file() and p.name not in known and not p.name.endswith(TEMP_SUFFIX)
    ]


def clean(loc: Location, out: Path, tmp: Path, env: dict[str, str]) -> dict:
    """Remove what kills left: ``sipdumas fsck --clean`` when it exists, else move it to quarantine/."""
    if has_command(loc, "fsck"):
        # every process is dead by now: nothing in the store is young because a run is still writing it
        proc = run_to_end(cli(loc, "fsck", "--clean", "--grace-minutes", "0", "--json"), env)
        # output files outside the data folder are this script's, not the store's
        for part in out.rglob(f"*{TEMP_SUFFIX}"):
            part.unlink()
        return {"by": "sipdumas fsck --clean", "exit": proc.returncode}
    quarantine = WORK / f"quarantine-{Path(loc.data_dir).name}"
    quarantine.mkdir(exist_ok=True)
    moved = 0
    for path in [*orphans(loc), *Path(loc.data_dir).rglob(f"*{TEMP_SUFFIX}"), *out.rglob(f"*{TEMP_SUFFIX}")]:
        shutil.move(str(path), quarantine / f"{moved:05d}-{path.name}")
        moved += 1
    from sipdumas.intake.scratch import clean_stale

    removed_runs = len(clean_stale(tmp))
    return {
        "by": "bench.kill_test (no fsck command on this branch)",
        "moved": moved,
        "ocr_run_folders": removed_runs,
    }


def check(db, loc: Location, folder: Path, register: Path, out: Path, tmp: Path) -> dict:
    files = sorted(p for p in folder.iterdir() if p.is_file())
    wanted = {hashlib.sha256(p.read_bytes()).hexdigest() for p in files}
    with db.engine.connect() as conn:
        docs = [r[0] for r in conn.execute(text("SELECT sha256 FROM documents"))]
        letters = conn.execute(text("SELECT count(*) FROM incoming_letters")).scalar_one()
        imported = conn.execute(
            text("SELECT count(*) FROM incoming_letters WHERE import_key IS NOT NULL")
        ).scalar_one()
        agenda = defaultdict(list)
        for year, serial in conn.execute(text("SELECT agenda_year, agenda_serial FROM incoming_letters")):
            agenda[year].append(serial)
        counters = dict(conn.execute(text("SELECT year, last_serial FROM agenda_counters")).all())
        forwarding = defaultdict(list)
        for year, serial in conn.execute(text("SELECT year, serial FROM forwarding_letters")):
            forwarding[year].append(serial)
        f_counters = dict(conn.execute(text("SELECT year, last_serial FROM forwarding_counters")).all())
    rows = sum(1 for line in register.open(encoding="utf-8") if line.strip())
    doubled_files = sum(n - 1 for n in Counter(docs).values() if n > 1)
    gaps = {
        f"agenda {year}": sorted(set(range(1, counters.get(year, 0) + 1)) - set(s))[:10]
        for year, s in agenda.items()
        if sorted(s) != list(range(1, counters.get(year, 0) + 1))
    }
    gaps.update(
        {
            f"forwarding {year}": sorted(set(range(1, f_counters.get(year, 0) + 1)) - set(s))[:10]
            for year, s in forwarding.items()
            if sorted(s) != list(range(1, f_counters.get(year, 0) + 1))
        }
    )
    store = Path(loc.data_dir) / "files"
    bad_scans = [
        sha
        for sha in set(docs)
        if not (store / sha[:2] / sha).is_file()
        or hashlib.sha256((store / sha[:2] / sha).read_bytes()).hexdigest() != sha
    ]
    after = leftovers(loc, out, tmp)
    report = {
        "letters": letters,
        "lost_files": len(wanted - set(docs)),
        "doubled_files": doubled_files,
        "imported_rows": imported,
        "lost_rows": rows - imported,
        "letters_neither_file_nor_row": letters - imported - len(set(docs)),
        "number_gaps": gaps,
        "forwarding_letters": sum(len(s) for s in forwarding.values()),
        "missing_or_damaged_scans": len(bad_scans),
        "leftovers_after_cleanup": after,
    }
    report["ok"] = (
        report["lost_files"] == 0
        and doubled_files == 0
        and report["lost_rows"] == 0
        and report["letters_neither_file_nor_row"] == 0
        and not gaps
        and not bad_scans
        and not any(after.values())
    )
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.kill_test", description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=200, help="SIGKILLs in all (default 200)")
    parser.add_argument("--pg", help="a PostgreSQL URL whose database may be emptied (splits the kills)")
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    targets = [("sqlite", None)] + ([("postgresql", args.pg)] if args.pg else [])
    share = [
        args.kills // len(targets) + (1 if i < args.kills % len(targets) else 0) for i in range(len(targets))
    ]
    tempfile.tempdir = None
    results = []
    for (name, url), kills in zip(targets, share, strict=True):
        result = one_database(name, url, kills, rng, args.seed)
        print(json.dumps(result, ensure_ascii=False), flush=True)
        results.append(result)
    summary = {
        "kills": args.kills,
        "landed_mid_job": sum(sum(r["kills_landed_mid_job"].values()) for r in results),
        "ok": all(r["ok"] for r in results),
    }
    print(json.dumps(summary), flush=True)
    return 0 if summary["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
