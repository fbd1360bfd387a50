"""The outbox under failures: 10,000 letters sent to a loopback LAPOR! server that answers 500 to one
request in five and drops connections, with the sending process killed (SIGKILL) twice half-way.

    python -m bench.bench_outbox [--n 10000] [--kills 2] [--pg postgresql+psycopg://...]

The letters are imported from a synthetic legacy register, put in the outbox (``transmit_letters``),
then sent by ``sipdumas outbox send --until-empty`` in a child process, which is killed without warning
each time another share of the letters has arrived and started again; the last run goes on until the
outbox is empty. The server (``bench.loopback.LaporServer``, in this process) fails 20 % of the requests
with a 500 and drops the connection of another 5 %, each half before and half after it acted, so many
answers are lost after the report was created: only the idempotency key keeps those from arriving twice.

Checked at the end: every letter arrived exactly once (reports created = letters; one report per agenda
number), every letter holds its tracking ID, nothing is left in the outbox, and the server saw more
requests than letters (the retries). Goal: all of these hold.
"""

from __future__ import annotations

import argparse
import collections
import os
import signal
import subprocess
import sys
import time

from sqlalchemy import func, select

from bench.common import WORK, fresh_database, report, timer
from bench.loopback import LaporServer
from bench.synth import write_jsonl
from sipdumas.connectors.lapor import LaporSettings
from sipdumas.domain.permissions import Actor
from sipdumas.models.exchange import ExternalRef, OutboxMessage
from sipdumas.models.letters import IncomingLetter
from sipdumas.services import outbox
from sipdumas.services.imports.legacy_register import import_register
from sipdumas.services.lapor import save_lapor_settings, transmit_letters


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--kills", type=int, default=2)
    parser.add_argument("--fail-rate", type=float, default=0.2)
    parser.add_argument("--drop-rate", type=float, default=0.05)
    parser.add_argument("--pg", help="PostgreSQL URL (default: SQLite under the bench folder)")
    args = parser.parse_args(argv)
    figures: dict = {"letters": args.n, "fail_rate": args.fail_rate, "drop_rate": args.drop_rate}
    actor = Actor.local_admin()
    db, loc = fresh_database("outbox", args.pg)
    source = write_jsonl(WORK / f"outbox-{args.n}.jsonl", args.n, with_text=False)
    with timer(figures, "import_s"):
        import_register(db, actor, path=source)
    with LaporServer(fail_rate=args.fail_rate, drop_rate=args.drop_rate, seed=11) as server:
        save_lapor_settings(db, actor, settings=LaporSettings(base_url=server.url, timeout=5))
        outbox.save_outbox_settings(
            db,
            actor,
            settings=outbox.OutboxSettings(
                max_attempts=100, retry_base_seconds=0.05, retry_max_seconds=1.0, claim_seconds=5.0, batch=50
            ),
        )
        with db.session() as session:
            ids = list(session.scalars(select(IncomingLetter.id).order_by(IncomingLetter.id)))
        with timer(figures, "enqueue_s"):
            for start in range(0, len(ids), 1000):
                transmit_letters(db, actor, letter_ids=ids[start : start + 1000])
        command = [
            sys.executable,
            "-m",
            "sipdumas.cli.main",
            "--db",
            loc.database_url,
            "--data-dir",
            str(loc.data_dir),
            "outbox",
            "send",
            "--until-empty",
        ]
        env = {**os.environ, "SIPDUMAS_USER": ""}
        runs = []
        started = time.perf_counter()
        for kill in range(args.kills + 1):
            child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            if kill < args.kills:
                target = args.n * (kill + 1) // (args.kills + 2)
                while server.creates < target and child.poll() is None:
                    time.sleep(0.05)
                child.send_signal(signal.SIGKILL)
                child.wait()
                runs.append({"killed_at_created": server.creates})
            else:
                child.wait()
                runs.append(
                    {"exit": child.returncode, "stderr": (child.stderr.read() or b"").decode()[-500:]}
                )
        figures["send_s"] = round(time.perf_counter() - started, 1)
        figures["runs"] = runs
        figures["requests"] = server.requests
        figures["reports_created"] = server.creates
        per_agenda = collections.Counter(r.get("nomor_agenda") for r in server.reports.values())
        figures["agenda_numbers_sent_twice"] = sum(1 for n in per_agenda.values() if n > 1)
    with db.session() as session:
        figures["outbox"] = dict(
            session.execute(select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)).all()
        )
        figures["letters_with_tracking_id"] = session.scalar(
            select(func.count(func.distinct(ExternalRef.letter_id))).where(ExternalRef.system == "lapor")
        )
        figures["max_attempts_of_one_message"] = session.scalar(select(func.max(OutboxMessage.attempts)))
    figures["letters_per_second"] = round(args.n / figures["send_s"], 1) if figures["send_s"] else None
    db.dispose()
    goals = {
        "every_letter_arrived_once": figures["reports_created"] == args.n
        and figures["agenda_numbers_sent_twice"] == 0,
        "every_letter_has_its_tracking_id": figures["letters_with_tracking_id"] == args.n,
        "nothing_left_in_the_outbox": figures["outbox"] == {"sent": args.n},
        "failures_happened": figures["requests"] > args.n,
    }
    return report("outbox", figures, goals)


if __name__ == "__main__":
    main()
