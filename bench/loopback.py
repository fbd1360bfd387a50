"""Real servers on loopback for the tests and benchmarks of the exchange: nothing leaves this machine.

- :class:`Dovecot`: a real IMAP server (Dovecot, from the ``dovecot-imapd`` package), started with a
  throw-away configuration in a temporary folder on a free port, one user with a password, plain text
  on 127.0.0.1 only. Messages go into its mailbox through IMAP ``APPEND``, as a mail server delivers.
- :class:`LaporServer`: an HTTP server that answers as the LAPOR! adapter expects an endpoint to
  (``docs/exchange.md``), honours the ``Idempotency-Key`` header as a receiver must, and misbehaves on
  demand: answers 500, stays silent past the client's time-out, or drops the connection, so the outbox
  is tested against failures of a real socket, not a mock.
"""

from __future__ import annotations

import contextlib
import imaplib
import json
import os
import pwd
import random
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

DOVECOT = shutil.which("dovecot") or ("/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None)


def dovecot_missing() -> str | None:
    """Why the IMAP tests cannot run here, or None. Under CI (``CI`` set) a missing Dovecot is the
    caller's failure, not a reason to skip: CI must run them (``scripts/setup.sh`` installs it)."""
    if DOVECOT is not None:
        return None
    return "Dovecot is not installed (scripts/setup.sh installs dovecot-imapd)"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Dovecot:
    """A Dovecot IMAP server of its own, for one mailbox user. Use as a context manager."""

    USER = "pengaduan"
    PASSWORD = "rahasia-uji"

    def __init__(self) -> None:
        if DOVECOT is None:
            raise RuntimeError("dovecot is not installed (apt-get install dovecot-imapd)")
        # Not under pytest's tmp folders: those are private to root, and the mail processes run as an
        # unprivileged user when the tests run as root.
        self.root = Path(tempfile.mkdtemp(prefix="sipdumas-dovecot-"))
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> Dovecot:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def start(self) -> None:
        root = self.root
        os.chmod(root, 0o755)
        for name in ("run", "state", "mail", "home"):
            (root / name).mkdir()
        if os.geteuid() == 0:
            nobody = pwd.getpwnam("nobody")
            uid, gid = nobody.pw_uid, nobody.pw_gid
            internal = "dovecot" if _user_exists("dovecot") else "nobody"
            login = "dovenull" if _user_exists("dovenull") else "nobody"
            for name in ("mail", "home"):
                os.chown(root / name, uid, gid)
        else:
            uid, gid = os.getuid(), os.getgid()
            internal = login = pwd.getpwuid(uid).pw_name
        (root / "users").write_text(f"{self.USER}:{{PLAIN}}{self.PASSWORD}\n")
        config = root / "dovecot.conf"
        config.write_text(
            f"""
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = {internal}
default_login_user = {login}
first_valid_uid = 1
mail_location = maildir:{root}/mail/%u
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""
        )
        self.process = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(config)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                out = self.process.stdout.read().decode("utf-8", "replace") if self.process.stdout else ""
                raise RuntimeError(f"dovecot did not start: {out} {self.log()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as s:
                    if s.recv(100).startswith(b"* OK"):
                        return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"dovecot did not answer on port {self.port}: {self.log()}")

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else ""

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
        shutil.rmtree(self.root, ignore_errors=True)

    def client(self) -> imaplib.IMAP4:
        imap = imaplib.IMAP4("127.0.0.1", self.port, timeout=10)
        imap.login(self.USER, self.PASSWORD)
        return imap

    def deliver(self, messages: Iterable[bytes], folder: str = "INBOX") -> int:
        """Put ``messages`` into ``folder`` (created when missing), as a mail server would."""
        imap = self.client()
        try:
            if folder != "INBOX":
                imap.create(folder)
            n = 0
            for raw in messages:
                typ, data = imap.append(folder, None, None, raw)
                if typ != "OK":
                    raise RuntimeError(f"APPEND refused: {data}")
                n += 1
            return n
        finally:
            imap.logout()


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False


# ------------------------------------------------------------------------------------------ LAPOR!


class LaporServer:
    """A loopback stand-in for the LAPOR! endpoint (see ``docs/exchange.md`` for the contract).

    - ``POST /reports``: takes a report, answers ``{"tracking_id": "LAPOR-000001"}``. A repeated
      ``Idempotency-Key`` gets the first answer again and creates nothing.
    - ``GET /reports/incoming?since=N``: reports addressed to this office after cursor ``N``.
    - ``POST /reports/<id>/status``: takes a status change (idempotent like the rest).
    - ``GET /status-changes?since=N``: status changes made in LAPOR!.
    - ``GET /ping``: for "Uji koneksi".

    Failure modes, per request, drawn from ``random.Random(seed)``: ``fail_rate`` answers 500 (before
    or after acting: the answer is lost either way), ``drop_rate`` closes the connection without an
    answer (again before or after acting), ``slow_rate`` waits ``slow_seconds`` before answering.
    ``down`` refuses every request with 503. ``received`` counts the reports created, ``requests``
    every request that came in."""

    def __init__(
        self,
        *,
        fail_rate: float = 0.0,
        drop_rate: float = 0.0,
        slow_rate: float = 0.0,
        slow_seconds: float = 2.0,
        seed: int = 7,
        token: str | None = None,
    ) -> None:
        self.fail_rate, self.drop_rate, self.slow_rate = fail_rate, drop_rate, slow_rate
        self.slow_seconds = slow_seconds
        self.random = random.Random(seed)
        self.token = token
        self.down = False
        #: Modes for the next POST requests, in order, before the random ones: "ok", "fail-before",
        #: "fail-after", "drop-before", "drop-after", "slow".
        self.script: list[str] = []
        #: Called (in the server's thread) after each report created.
        self.on_create = None
        self.lock = threading.Lock()
        self.reports: dict[str, dict[str, Any]] = {}  # tracking id -> report
        self.by_key: dict[str, Any] = {}  # idempotency key -> the answer given
        self.incoming: list[dict[str, Any]] = []  # reports for this office, in cursor order
        self.status_changes: list[dict[str, Any]] = []  # changes made in LAPOR!, in cursor order
        self.statuses_received: list[dict[str, Any]] = []  # status changes the office sent
        self.requests = 0
        self.creates = 0  # reports created (a correct sender makes exactly one per letter)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> LaporServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def add_incoming(self, report: dict[str, Any]) -> str:
        """A report made in LAPOR! and addressed to this office; returns its tracking id."""
        with self.lock:
            tracking = report.get("tracking_id") or f"LAPOR-IN-{len(self.incoming) + 1:06d}"
            item = {**report, "tracking_id": tracking}
            self.incoming.append(item)
            self.reports.setdefault(tracking, item)
            return tracking

    def change_status(self, tracking_id: str, status: str, note: str = "") -> None:
        """A status change made in LAPOR! (by its admins or the agency)."""
        with self.lock:
            self.status_changes.append({"tracking_id": tracking_id, "status": status, "note": note})

    def _draw(self) -> str:
        with self.lock:
            r = self.random.random()
        if r < self.fail_rate:
            return "fail"
        r -= self.fail_rate
        if r < self.drop_rate:
            return "drop"
        r -= self.drop_rate
        if r < self.slow_rate:
            return "slow"
        return "ok"

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # quiet
                pass

            def _answer(self, status: int, body: Any) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _drop(self) -> None:
                self.close_connection = True
                with contextlib.suppress(OSError):
                    self.connection.shutdown(socket.SHUT_RDWR)

            def _body(self) -> Any:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                return json.loads(raw) if raw else None

            def _handle(self, method: str) -> None:
                with server.lock:
                    server.requests += 1
                body = self._body() if method == "POST" else None
                if server.down:
                    return self._answer(503, {"message": "pemeliharaan"})
                if server.token and self.headers.get("Authorization") != f"Bearer {server.token}":
                    return self._answer(401, {"message": "token tidak sah"})
                scripted = server.script.pop(0) if method == "POST" and server.script else None
                if scripted:
                    mode, _, when = scripted.partition("-")
                    before = when == "before"
                else:
                    mode = server._draw()
                    before = server.random.random() < 0.5 if mode in ("fail", "drop") else False
                if mode == "slow":
                    time.sleep(server.slow_seconds)
                if mode == "fail" and before:
                    return self._answer(500, {"message": "galat server"})
                if mode == "drop" and before:
                    return self._drop()
                status, answer = self._act(method, body)
                if mode == "fail":
                    return self._answer(500, {"message": "galat server"})
                if mode == "drop":
                    return self._drop()
                return self._answer(status, answer)

            def _act(self, method: str, body: Any) -> tuple[int, Any]:
                url = urlparse(self.path)
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                parts = [p for p in url.path.split("/") if p]
                key = self.headers.get("Idempotency-Key")
                with server.lock:
                    if method == "GET" and parts == ["ping"]:
                        return 200, {"ok": True}
                    if method == "GET" and parts == ["reports", "incoming"]:
                        since = int(query.get("since") or 0)
                        items = server.incoming[since : since + int(query.get("limit") or 100)]
                        return 200, {"items": items, "next": since + len(items)}
                    if method == "GET" and parts == ["status-changes"]:
                        since = int(query.get("since") or 0)
                        items = server.status_changes[since : since + int(query.get("limit") or 100)]
                        return 200, {"items": items, "next": since + len(items)}
                    if method != "POST":
                        return 404, {"message": "tidak ada"}
                    if not key:
                        return 400, {"message": "Idempotency-Key wajib"}
                    if key in server.by_key:
                        return 200, server.by_key[key]
                    if parts == ["reports"]:
                        if not isinstance(body, dict) or not body.get("judul"):
                            return 422, {"message": "judul wajib diisi"}
                        server.creates += 1
                        tracking = f"LAPOR-{server.creates:06d}"
                        server.reports[tracking] = {**body, "tracking_id": tracking}
                        answer = {"tracking_id": tracking, "status": "menunggu verifikasi"}
                        if server.on_create is not None:
                            server.on_create()
                    elif len(parts) == 3 and parts[0] == "reports" and parts[2] == "status":
                        if parts[1] not in server.reports:
                            return 404, {"message": f"laporan {parts[1]} tidak ada"}
                        server.statuses_received.append({"tracking_id": parts[1], **(body or {})})
                        answer = {"ok": True}
                    else:
                        return 404, {"message": "tidak ada"}
                    server.by_key[key] = answer
                    return 200, answer

            def do_GET(self) -> None:
                self._handle("GET")

            def do_POST(self) -> None:
                self._handle("POST")

        return Handler
