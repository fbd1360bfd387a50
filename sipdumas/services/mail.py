"""The e-mail channel: ``.eml`` files and the office's IMAP mailbox, polled on a schedule.

Each message becomes one incoming letter with channel "email" (:mod:`sipdumas.services.received`): the
body and the OCR of the scans attached to it, read as a scanned letter is read, with the same duplicate
and complainant matching. The mailbox is only read (:mod:`sipdumas.connectors.imap`): nothing is marked,
moved or deleted there. Which messages were taken is remembered twice over: a cursor (the folder's
UIDVALIDITY and the last UID taken), moved in the same transaction as each letter, so a poll after a
restart goes on where the last one stopped; and the Message-ID and hash of every message, so a message
seen again (a renumbered folder, the same mail forwarded twice, an ``.eml`` of it imported by hand) is
skipped. A message that cannot be registered is kept in the data folder (``mail-failed/``) and listed,
never dropped in silence.

Settings are the office's (one mailbox for every workstation); the password is kept in the keyring of
the user who saved it (:mod:`sipdumas.connectors.secrets`), never in the database.
"""

from __future__ import annotations

import dataclasses
import json
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from sipdumas.connectors import secrets
from sipdumas.connectors.imap import DEFAULT_PORTS, SECURITY_CHOICES, Mailbox, MailboxConfig, MailboxError
from sipdumas.db import audit
from sipdumas.db.engine import Database
from sipdumas.db.settings import locked_row
from sipdumas.domain.channels import Channel
from sipdumas.domain.errors import ServiceError, ValidationFailed
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.intake.mail import Attachment, parse_message
from sipdumas.intake.ocr import UnreadableFile
from sipdumas.models.admin import Setting
from sipdumas.output.files import write_atomically
from sipdumas.services.received import Incoming, ReceivedResult, register_message

_SETTINGS_KEY = "mail"
_CURSOR_KEY = "mail_cursor"
#: The shortest interval between two polls of the mailbox.
MIN_POLL_MINUTES = 1


@dataclass(frozen=True, slots=True)
class MailSettings:
    """The office's mailbox. ``poll_minutes``: how often the client and ``mail poll`` look for new mail."""

    host: str = ""
    port: int = 993
    security: str = "ssl"
    folder: str = "INBOX"
    username: str = ""
    poll_minutes: int = 5
    enabled: bool = False

    def config(self) -> MailboxConfig:
        return MailboxConfig(
            host=self.host, username=self.username, port=self.port, security=self.security, folder=self.folder
        )

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class MailboxView:
    """The settings as a screen or ``mail settings`` shows them: never the password, only whether one
    is kept and, when it cannot be, why (``secret_problem``)."""

    settings: MailSettings
    password_saved: bool
    secret_problem: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            **self.settings.to_json(),
            "password_saved": self.password_saved,
            "secret_problem": self.secret_problem,
        }


@dataclass(slots=True)
class PollResult:
    """One poll: the messages registered, skipped (taken before) and failed (kept in ``mail-failed/``)."""

    mailbox: str
    registered: int = 0
    skipped: int = 0
    failed: int = 0
    last_uid: int = 0
    results: list[ReceivedResult] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "mailbox": self.mailbox,
            "registered": self.registered,
            "skipped": self.skipped,
            "failed": self.failed,
            "last_uid": self.last_uid,
            "errors": [f"{r.source}: {r.error}" for r in self.results if r.error],
        }


# ---------------------------------------------------------------- settings


def load_settings(session: Session) -> MailSettings:
    row = session.get(Setting, _SETTINGS_KEY)
    if row is None:
        return MailSettings()
    data = json.loads(row.value)
    return MailSettings(**{k: v for k, v in data.items() if k in MailSettings.__dataclass_fields__})


def mail_settings(db: Database, actor: Actor) -> MailboxView:
    """The mailbox settings, whether its password is kept in this machine's keyring, and why not."""
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        conf = load_settings(session)
    problem = secrets.backend_problem()
    saved = bool(conf.host and conf.username and not problem and _password(conf) is not None)
    return MailboxView(settings=conf, password_saved=saved, secret_problem=problem)


def save_mail_settings(
    db: Database, actor: Actor, *, settings: MailSettings, password: str | None = None
) -> MailboxView:
    """Save the mailbox settings; ``password`` (when given) goes to the keyring, refused with
    :class:`~sipdumas.connectors.secrets.NoSecretStore` on a machine without one (nothing is saved then)."""
    actor.require(Permission.MANAGE_SETTINGS)
    conf = _checked(settings)
    if password:
        secrets.store_secret(secrets.imap_secret(conf.username, conf.host), password)
    with db.transaction() as session:
        row = locked_row(session, _SETTINGS_KEY)
        row.value = json.dumps(conf.to_json())
        audit.record(
            session, actor, "settings", "mail", None, **conf.to_json(), password_changed=bool(password)
        )
    return mail_settings(db, actor)


def _checked(s: MailSettings) -> MailSettings:
    problems = {}
    host = s.host.strip()
    if s.enabled and not host:
        problems["host"] = "Alamat server surat wajib diisi"
    if s.security not in SECURITY_CHOICES:
        problems["security"] = f"Pengamanan harus salah satu dari: {', '.join(SECURITY_CHOICES)}"
    if not 0 < int(s.port) < 65536:
        problems["port"] = "Port harus 1-65535"
    if s.enabled and not s.username.strip():
        problems["username"] = "Nama pengguna kotak surat wajib diisi"
    if int(s.poll_minutes) < MIN_POLL_MINUTES:
        problems["poll_minutes"] = f"Selang pemeriksaan paling sedikit {MIN_POLL_MINUTES} menit"
    if problems:
        raise ValidationFailed(problems)
    port = int(s.port) or DEFAULT_PORTS.get(s.security, 993)
    return MailSettings(
        host=host,
        port=port,
        security=s.security,
        folder=s.folder.strip() or "INBOX",
        username=s.username.strip(),
        poll_minutes=int(s.poll_minutes),
        enabled=bool(s.enabled),
    )


def _password(conf: MailSettings) -> str | None:
    return secrets.read_secret(secrets.imap_secret(conf.username, conf.host))


def _required_password(conf: MailSettings, password: str | None) -> str:
    if password:
        return password
    problem = secrets.backend_problem()
    if problem:
        raise secrets.NoSecretStore(problem)
    found = _password(conf)
    if found is None:
        raise ServiceError(
            f"Kata sandi kotak surat {conf.username}@{conf.host} belum disimpan di komputer ini "
            "(Pengaturan > Saluran, atau `sipdumas mail settings --password-stdin`)"
        )
    return found


def check_mail_connection(
    db: Database, actor: Actor, *, settings: MailSettings | None = None, password: str | None = None
) -> dict[str, Any]:
    """ "Uji koneksi": sign in to the mailbox (``settings`` not yet saved, or the saved ones) and say how
    many messages its folder holds; raises :class:`MailboxError` with the reason."""
    actor.require(Permission.VIEW_REGISTER)
    if settings is None:
        with db.session() as session:
            settings = load_settings(session)
    conf = _checked(dataclasses.replace(settings, enabled=True))
    with Mailbox(conf.config(), _required_password(conf, password)) as box:
        state = box.state
        assert state is not None
        return {"mailbox": conf.config().url(), "messages": state.messages, "uidvalidity": state.uidvalidity}


# ---------------------------------------------------------------- messages


def incoming_from_mail(raw: bytes, *, source: str, file_name: str) -> Incoming:
    """A raw e-mail as a message to register: the e-mail itself is kept as ``file_name`` (.eml), its
    attachments beside it."""
    parsed = parse_message(raw)
    files = (Attachment(file_name=file_name, media_type="message/rfc822", data=raw), *parsed.attachments)
    return Incoming(
        channel=Channel.EMAIL.value,
        source=source,
        sha256=parsed.sha256,
        text=parsed.text,
        message_id=parsed.message_id,
        received_on=parsed.sent_on,
        sender_hint=parsed.sender_hint,
        files=files,
    )


def import_email_files(
    db: Database, actor: Actor, *, paths: Sequence[Path], today: date | None = None
) -> Iterator[ReceivedResult]:
    """Register each ``.eml`` file as one letter (skipped when the message was registered before)."""
    actor.require(Permission.REGISTER_LETTER)
    for path in paths:
        try:
            message = incoming_from_mail(
                Path(path).read_bytes(), source=Path(path).name, file_name=Path(path).name
            )
            yield register_message(db, actor, message=message, today=today)
        except (ServiceError, UnreadableFile, OSError) as exc:
            yield ReceivedResult(source=Path(path).name, error=str(exc))


def poll_mailbox(
    db: Database,
    actor: Actor,
    *,
    password: str | None = None,
    limit: int | None = None,
    cancel: threading.Event | Callable[[], bool] | None = None,
    on_progress: Callable[[ReceivedResult], None] | None = None,
    today: date | None = None,
) -> PollResult:
    """Take every new message of the office's mailbox into the register, oldest first, and stop.

    ``limit``: at most this many messages this time; ``cancel`` stops after the message being
    registered; ``on_progress`` gets each message's result. Raises :class:`MailboxError` when the
    mailbox cannot be reached (what was registered before that stays registered)."""
    actor.require(Permission.REGISTER_LETTER)
    with db.session() as session:
        conf = load_settings(session)
    if not conf.host or not conf.username:
        raise ValidationFailed({"host": "Kotak surat belum diatur (Pengaturan > Saluran)"})
    config = conf.config()
    url = config.url()
    result = PollResult(mailbox=url)
    with Mailbox(config, _required_password(conf, password)) as box:
        state = box.state
        assert state is not None
        with db.session() as session:
            cursor = _cursor(session).get(url, {})
        last_uid = int(cursor.get("last_uid", 0)) if cursor.get("uidvalidity") == state.uidvalidity else 0
        result.last_uid = last_uid
        for uid in box.uids_after(last_uid):
            if _stopped(cancel) or (limit is not None and result.registered + result.failed >= limit):
                break
            raw = box.fetch(uid)
            outcome = _take(db, actor, raw, url=url, uid=uid, uidvalidity=state.uidvalidity, today=today)
            result.results.append(outcome)
            if outcome.error:
                result.failed += 1
            elif outcome.skipped:
                result.skipped += 1
            else:
                result.registered += 1
            result.last_uid = uid
            if on_progress is not None:
                on_progress(outcome)
    return result


def _take(
    db: Database, actor: Actor, raw: bytes | None, *, url: str, uid: int, uidvalidity: int, today
) -> ReceivedResult:
    source = f"{url};UID={uid}"

    def move_cursor(session: Session) -> None:
        row = locked_row(session, _CURSOR_KEY)
        data = json.loads(row.value or "{}")
        data[url] = {
            "uidvalidity": uidvalidity,
            "last_uid": max(uid, int(data.get(url, {}).get("last_uid", 0))),
        }
        row.value = json.dumps(data)

    if raw is None:  # expunged between the search and the fetch
        with db.transaction() as session:
            move_cursor(session)
        return ReceivedResult(source=source, skipped=True)
    try:
        message = incoming_from_mail(raw, source=source, file_name=f"pesan-{uid}.eml")
        outcome = register_message(db, actor, message=message, today=today, after=move_cursor)
        if outcome.skipped:
            with db.transaction() as session:
                move_cursor(session)
        return outcome
    except (ServiceError, UnreadableFile) as exc:
        if isinstance(exc, MailboxError):
            raise
        kept = Path(db.data_dir) / "mail-failed" / f"{uidvalidity}-{uid}.eml"
        write_atomically(kept, raw)
        with db.transaction() as session:
            move_cursor(session)
            audit.record(
                session, actor, "receive_failed", "mail", None, source=source, error=str(exc), kept=str(kept)
            )
        return ReceivedResult(source=source, error=f"{exc} (disimpan di {kept})")


def _cursor(session: Session) -> dict[str, Any]:
    row = session.get(Setting, _CURSOR_KEY)
    return json.loads(row.value) if row is not None and row.value else {}


def _stopped(cancel) -> bool:
    if cancel is None:
        return False
    is_set = getattr(cancel, "is_set", None)
    return bool(is_set()) if callable(is_set) else bool(cancel())


def run_mail_schedule(
    db: Database,
    actor: Actor,
    *,
    cancel: threading.Event,
    on_progress: Callable[[Any], None] | None = None,
    password: str | None = None,
) -> int:
    """Poll the mailbox every ``poll_minutes`` until ``cancel`` is set; returns the letters registered.

    A mailbox that cannot be reached is tried again at the next turn (``on_progress`` gets the
    :class:`MailboxError`), so a network outage never ends the schedule. For the client's background
    job and ``sipdumas mail poll``."""
    actor.require(Permission.REGISTER_LETTER)
    total = 0
    while not cancel.is_set():
        try:
            result = poll_mailbox(db, actor, password=password, cancel=cancel, on_progress=on_progress)
            total += result.registered
            if on_progress is not None:
                on_progress(result)
        except (MailboxError, secrets.NoSecretStore) as exc:
            if on_progress is not None:
                on_progress(exc)
        with db.session() as session:
            minutes = max(MIN_POLL_MINUTES, load_settings(session).poll_minutes)
        cancel.wait(minutes * 60)
    return total
