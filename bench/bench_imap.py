"""The mailbox at scale: 1,000 messages in a real IMAP mailbox on loopback (Dovecot), each taken into the
register once, with the polling process killed (SIGKILL) in the middle and started again.

    python -m bench.bench_imap [--n 1000] [--pg postgresql+psycopg://...]

The messages (synthetic complaints, as ``bench.synth`` writes them, and after every tenth one of the
earlier ones again with the same Message-ID: 1,100 in the mailbox for 1,000 complaints) are delivered into a Dovecot of its own (``bench.loopback``).
A child process polls the mailbox (``sipdumas.services.mail.poll_mailbox``, as ``sipdumas mail poll
--once`` does) and is killed once about half of the messages are in; a second child polls again until
it is done. The password goes to the children through an in-memory keyring of their own (this is a
throw-away mailbox; the product keeps it in the system keyring).

Checked: every distinct message registered exactly once (letters = distinct Message-IDs, one received
record per letter), the re-sent copies skipped, nothing left behind. Goal: all of these hold.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

from sqlalchemy import func, select

from bench.common import fresh_database, report
from bench.loopback import DOVECOT, Dovecot
from bench.synth import letter
from sipdumas.domain.permissions import Actor
from sipdumas.models.exchange import ReceivedMessage
from sipdumas.models.letters import IncomingLetter
from sipdumas.services.mail import MailSettings, save_mail_settings

PASSWORD_VARIABLE = "SIPDUMAS_BENCH_IMAP_PASSWORD"


def messages(n: int, *, seed: int = 18) -> list[bytes]:
    """``n`` distinct messages and, after every tenth, one of the earlier ones again (the same
    Message-ID, sent a second time): ``n + n // 10`` in all."""
    rng = random.Random(seed)
    out: list[bytes] = []
    distinct: list[bytes] = []
    for i in range(n):
        row = letter(rng, i + 1, 2025)
        msg = EmailMessage()
        msg["From"] = f"{row['sender']['name']} <pengadu{i}@example.id>"
        msg["To"] = "pengaduan@setneg.go.id"
        msg["Subject"] = row["subject"]
        msg["Date"] = format_datetime(datetime(2025, 6, 1, 8, 0, tzinfo=UTC))
        msg["Message-ID"] = f"<bench-{seed}-{i}@example.id>"
        msg.set_content(row["text"])
        distinct.append(bytes(msg))
        out.append(distinct[-1])
        if i % 10 == 9:
            out.append(distinct[rng.randrange(len(distinct))])
    return out


def child(db_url: str, data_dir: str) -> None:
    """One poll in this process, as ``sipdumas mail poll --once`` does."""
    import keyring
    from keyring.backend import KeyringBackend

    from sipdumas.db.engine import Database
    from sipdumas.db.location import Location
    from sipdumas.services.mail import poll_mailbox

    class Memory(KeyringBackend):
        priority = 1
        items: dict = {}

        def get_password(self, service, username):
            return self.items.get((service, username))

        def set_password(self, service, username, password):
            self.items[(service, username)] = password

        def delete_password(self, service, username):
            self.items.pop((service, username), None)

    keyring.set_keyring(Memory())
    db = Database.open(Location(db_url, data_dir), migrate=False)
    result = poll_mailbox(db, Actor.local_admin(), password=os.environ[PASSWORD_VARIABLE])
    print(result.to_json(), flush=True)


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--pg", help="PostgreSQL URL (default: SQLite under the bench folder)")
    parser.add_argument("--child", nargs=2, metavar=("DB_URL", "DATA_DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child)
        return {}
    if DOVECOT is None:
        return report("imap", {"skipped": "dovecot is not installed (apt-get install dovecot-imapd)"}, {})
    figures: dict = {}
    actor = Actor.local_admin()
    db, loc = fresh_database("imap", args.pg)
    mail = messages(args.n)
    distinct = len({m for m in mail})
    figures["messages_in_mailbox"] = len(mail)
    figures["distinct_messages"] = distinct
    with Dovecot() as server:
        started = time.perf_counter()
        server.deliver(mail)
        figures["deliver_s"] = round(time.perf_counter() - started, 1)
        save_mail_settings(
            db,
            actor,
            settings=MailSettings(
                host="127.0.0.1", port=server.port, security="none", username=server.USER, enabled=True
            ),
        )
        command = [sys.executable, "-m", "bench.bench_imap", "--child", loc.database_url, str(loc.data_dir)]
        env = {**os.environ, PASSWORD_VARIABLE: server.PASSWORD}
        started = time.perf_counter()
        first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        while first.poll() is None and _registered(db) < distinct // 2:
            time.sleep(0.05)
        first.send_signal(signal.SIGKILL)
        first.wait()
        figures["killed_after_registered"] = _registered(db)
        second = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        figures["poll_s"] = round(time.perf_counter() - started, 1)
        figures["second_run"] = second.stdout.strip()[-400:] or second.stderr.strip()[-400:]
    with db.session() as session:
        figures["letters"] = session.scalar(select(func.count()).select_from(IncomingLetter))
        figures["received_records"] = session.scalar(select(func.count()).select_from(ReceivedMessage))
        figures["distinct_message_ids"] = session.scalar(
            select(func.count(func.distinct(ReceivedMessage.message_id)))
        )
        figures["channels"] = dict(
            session.execute(
                select(IncomingLetter.channel, func.count()).group_by(IncomingLetter.channel)
            ).all()
        )
    figures["messages_per_second"] = round(distinct / figures["poll_s"], 1) if figures["poll_s"] else None
    db.dispose()
    goals = {
        "killed_in_the_middle": 0 < figures["killed_after_registered"] < distinct,
        "every_message_once": figures["letters"] == distinct == figures["distinct_message_ids"],
        "one_record_per_letter": figures["received_records"] == figures["letters"],
    }
    return report("imap", figures, goals)


def _registered(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(ReceivedMessage))


if __name__ == "__main__":
    main()
