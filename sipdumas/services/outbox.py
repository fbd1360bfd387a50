"""The outbox (kotak keluar): messages to other systems, sent reliably.

A message is written to ``outbox_messages`` in the same transaction as the action that causes it
(:func:`enqueue`), so what was decided is never lost, whatever the network does. :func:`send_outbox`
sends what is due:

- it *claims* a batch in one short transaction (``next_attempt_at`` moves past the time an attempt can
  take; on PostgreSQL with ``SKIP LOCKED``), so two senders on two workstations never send one message at
  once, and a sender killed half-way leaves claims that simply run out;
- it sends each with the message's ``idempotency_key`` in the ``Idempotency-Key`` header, the same key on
  every attempt: a receiver that acted on an attempt whose answer was lost (a dropped connection, a
  killed sender) answers again without acting twice, so nothing is sent twice;
- an attempt that failed in a way a retry can mend (time-out, dropped connection, 5xx) is tried again
  after a back-off that doubles each time (``retry_base_seconds`` up to ``retry_max_seconds``); one the
  receiver refused (4xx) or that ran out of ``max_attempts`` is "failed", with the reason, until a person
  retries or cancels it (:func:`retry_message`, :func:`cancel_message`).

What an accepted message changes here (the LAPOR! tracking ID of a transmitted letter, the exchange
history) is written in the transaction that marks it sent.
"""

from __future__ import annotations

import hashlib
import threading
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sipdumas.connectors import secrets
from sipdumas.connectors.http import TransportError
from sipdumas.connectors.lapor import LaporClient, LaporSettings
from sipdumas.db import audit
from sipdumas.db import settings as settings_rows
from sipdumas.db.engine import Database
from sipdumas.domain.errors import NotFound, ValidationFailed
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.models.exchange import ExchangeEvent, ExternalRef, OutboxMessage
from sipdumas.models.letters import IncomingLetter
from sipdumas.services.letters import STATUS_LABELS as STATUS_LABELS_OF_LETTERS

PENDING, SENT, FAILED, CANCELLED = "pending", "sent", "failed", "cancelled"
STATUS_LABELS = {PENDING: "Menunggu", SENT: "Terkirim", FAILED: "Gagal", CANCELLED: "Dibatalkan"}
LAPOR = "lapor"
TRANSMIT, STATUS = "transmit", "status"
KIND_LABELS = {TRANSMIT: "Kirim laporan", STATUS: "Perubahan status"}

_OUTBOX_KEY = "outbox"
_LAPOR_KEY = "lapor"


@dataclass(frozen=True, slots=True)
class OutboxSettings:
    """How hard the outbox tries. ``claim_seconds``: how long one attempt may take before another
    sender may take the message over (a sender killed half-way)."""

    max_attempts: int = 12
    retry_base_seconds: float = 30.0
    retry_max_seconds: float = 3600.0
    claim_seconds: float = 120.0
    batch: int = 50

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class OutboxItem:
    id: int
    idempotency_key: str
    target: str
    kind: str
    letter_id: int | None
    agenda_no: str | None
    status: str
    attempts: int
    next_attempt_at: datetime | None
    last_error: str | None
    created_at: datetime | None
    sent_at: datetime | None
    response: dict | None

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        for key in ("next_attempt_at", "created_at", "sent_at"):
            out[key] = out[key].isoformat() if out[key] else None
        return out


@dataclass(slots=True)
class SendResult:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    remaining: int = 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# ---------------------------------------------------------------- settings


def load_outbox_settings(session: Session) -> OutboxSettings:
    data = settings_rows.read_json(session, _OUTBOX_KEY)
    return OutboxSettings(**{k: v for k, v in data.items() if k in OutboxSettings.__dataclass_fields__})


def outbox_settings(db: Database, actor: Actor) -> OutboxSettings:
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        return load_outbox_settings(session)


def save_outbox_settings(db: Database, actor: Actor, *, settings: OutboxSettings) -> OutboxSettings:
    actor.require(Permission.MANAGE_SETTINGS)
    if settings.max_attempts < 1 or settings.retry_base_seconds <= 0 or settings.claim_seconds <= 0:
        raise ValidationFailed({"max_attempts": "Jumlah percobaan dan selang waktu harus lebih dari 0"})
    with db.transaction() as session:
        settings_rows.write_json(session, _OUTBOX_KEY, settings.to_json())
        audit.record(session, actor, "settings", "outbox", None, **settings.to_json())
    return settings


def load_lapor_settings(session: Session) -> LaporSettings:
    return LaporSettings.from_json(settings_rows.read_json(session, _LAPOR_KEY))


def write_lapor_settings(session: Session, settings: LaporSettings) -> None:
    settings_rows.write_json(session, _LAPOR_KEY, settings.to_json())


def lapor_client(settings: LaporSettings, token: str | None = None) -> LaporClient:
    """The client of the configured endpoint, with the token kept in this machine's keyring."""
    if token is None and settings.base_url:
        token = secrets.read_secret(secrets.lapor_secret(settings.base_url))
    return LaporClient(settings, token=token)


# ---------------------------------------------------------------- writing


def enqueue(
    session: Session,
    actor: Actor,
    *,
    target: str,
    kind: str,
    letter_id: int | None,
    payload: dict[str, Any],
    now: datetime | None = None,
    flush: bool = True,
) -> OutboxMessage:
    """Put a message in the outbox inside the caller's transaction; due at once. ``flush=False``
    leaves the insert to the caller's next flush (many messages at once)."""
    message = OutboxMessage(
        idempotency_key=uuid.uuid4().hex,
        target=target,
        kind=kind,
        letter_id=letter_id,
        payload=payload,
        status=PENDING,
        attempts=0,
        next_attempt_at=now or _now(),
        created_by=actor.username,
    )
    session.add(message)
    if flush:
        session.flush()
    return message


def record_event(
    session: Session,
    *,
    letter_id: int,
    system: str,
    direction: str,
    kind: str,
    detail: str,
    username: str | None,
) -> None:
    session.add(
        ExchangeEvent(
            letter_id=letter_id,
            system=system,
            direction=direction,
            kind=kind,
            detail=detail,
            username=username,
        )
    )


def status_changed(session: Session, actor: Actor, letter: IncomingLetter, old: str, new: str) -> None:
    """A letter's status moved here: tell LAPOR! when the letter is there (or on its way there)."""
    linked = session.scalar(
        select(ExternalRef.id).where(ExternalRef.letter_id == letter.id, ExternalRef.system == LAPOR)
    )
    if linked is None:
        linked = session.scalar(
            select(OutboxMessage.id).where(
                OutboxMessage.letter_id == letter.id,
                OutboxMessage.target == LAPOR,
                OutboxMessage.kind == TRANSMIT,
                OutboxMessage.status.in_((PENDING, FAILED)),
            )
        )
    if linked is None:
        return
    enqueue(
        session,
        actor,
        target=LAPOR,
        kind=STATUS,
        letter_id=letter.id,
        payload={"old": old, "status": new, "at": _now().isoformat()},
    )


# ---------------------------------------------------------------- reading


def list_outbox(
    db: Database, actor: Actor, *, status: str | None = None, letter_id: int | None = None, limit: int = 500
) -> list[OutboxItem]:
    """The outbox, those still waiting first (then the newest)."""
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        stmt = select(OutboxMessage, IncomingLetter.agenda_no).outerjoin(
            IncomingLetter, IncomingLetter.id == OutboxMessage.letter_id
        )
        if status:
            stmt = stmt.where(OutboxMessage.status == status)
        if letter_id is not None:
            stmt = stmt.where(OutboxMessage.letter_id == letter_id)
        stmt = stmt.order_by((OutboxMessage.status == PENDING).desc(), OutboxMessage.id.desc()).limit(limit)
        return [item_of(m, agenda_no) for m, agenda_no in session.execute(stmt)]


def outbox_counts(db: Database, actor: Actor) -> dict[str, int]:
    """How many messages are in each state (every state named, zeros included)."""
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        rows = session.execute(
            select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
        ).all()
    counts = dict.fromkeys((PENDING, SENT, FAILED, CANCELLED), 0)
    counts.update({status: n for status, n in rows})
    return counts


def item_of(m: OutboxMessage, agenda_no: str | None) -> OutboxItem:
    return OutboxItem(
        id=m.id,
        idempotency_key=m.idempotency_key,
        target=m.target,
        kind=m.kind,
        letter_id=m.letter_id,
        agenda_no=agenda_no,
        status=m.status,
        attempts=m.attempts,
        next_attempt_at=m.next_attempt_at if m.status == PENDING else None,
        last_error=m.last_error,
        created_at=m.created_at,
        sent_at=m.sent_at,
        response=m.response,
    )


# ---------------------------------------------------------------- a person's decisions


def retry_message(db: Database, actor: Actor, *, message_id: int) -> OutboxItem:
    """Send a failed (or waiting) message again now, with its attempts counted afresh."""
    actor.require(Permission.REGISTER_LETTER)
    with db.transaction() as session:
        m = _load(session, message_id)
        if m.status not in (FAILED, PENDING):
            raise ValidationFailed({"status": f"Pesan {m.id} sudah {STATUS_LABELS[m.status].lower()}"})
        m.status, m.attempts, m.next_attempt_at = PENDING, 0, _now()
        audit.record(session, actor, "retry", "outbox", m.id, letter_id=m.letter_id)
        return item_of(m, _agenda(session, m))


def cancel_message(db: Database, actor: Actor, *, message_id: int, note: str = "") -> OutboxItem:
    """Never send this message (one waiting or failed; a sent one cannot be called back)."""
    actor.require(Permission.REGISTER_LETTER)
    with db.transaction() as session:
        m = _load(session, message_id, lock=True)
        if m.status not in (FAILED, PENDING):
            raise ValidationFailed({"status": f"Pesan {m.id} sudah {STATUS_LABELS[m.status].lower()}"})
        m.status = CANCELLED
        m.last_error = note or m.last_error
        audit.record(session, actor, "cancel", "outbox", m.id, letter_id=m.letter_id, note=note)
        return item_of(m, _agenda(session, m))


def _load(session: Session, message_id: int, *, lock: bool = False) -> OutboxMessage:
    m = session.get(OutboxMessage, message_id, with_for_update=lock)
    if m is None:
        raise NotFound(f"Pesan kotak keluar {message_id} tidak ada")
    return m


def _agenda(session: Session, m: OutboxMessage) -> str | None:
    return session.scalar(select(IncomingLetter.agenda_no).where(IncomingLetter.id == m.letter_id))


# ---------------------------------------------------------------- sending


def send_outbox(
    db: Database,
    actor: Actor,
    *,
    limit: int | None = None,
    until_empty: bool = False,
    now: Callable[[], datetime] | None = None,
    cancel: threading.Event | None = None,
    on_progress: Callable[[OutboxItem], None] | None = None,
    token: str | None = None,
) -> SendResult:
    """Send the messages that are due, at most ``limit``; returns what happened.

    Messages are claimed in batches of ``batch``; the outcomes of a batch (sent, or why not) are
    written in one transaction when the batch is done, or when ``cancel`` stops it half-way. A sender
    killed before that leaves its claims to run out: those messages go again, with the same keys, and
    the receiver answers the ones it already took without taking them twice.

    ``until_empty``: go on (waiting for back-offs to run out) until nothing is waiting any more or
    ``cancel`` is set; otherwise one pass over what is due now. ``now`` gives the time (tests move it
    instead of sleeping); ``token``: the LAPOR! token when not taken from the keyring."""
    actor.require(Permission.REGISTER_LETTER)
    clock = now or _now
    result = SendResult()
    with db.session() as session:
        conf = load_outbox_settings(session)
        lapor = load_lapor_settings(session)
    client: LaporClient | TransportError | None = None
    done = 0
    while not (cancel is not None and cancel.is_set()):
        batch = conf.batch if limit is None else min(conf.batch, limit - done)
        if batch <= 0:
            break
        claimed = _claim(db, clock(), conf, batch)
        if not claimed:
            if not until_empty:
                break
            wait = _seconds_to_next(db, clock())
            if wait is None:
                break
            (cancel or threading.Event()).wait(min(max(wait, 0.01), 5.0))
            continue
        if client is None:
            try:
                client = lapor_client(lapor, token)
            except TransportError as exc:
                client = exc
        outcomes: list[_Outcome] = []
        tracking_ids: dict[int, str] = {}  # transmitted in this batch: its status messages need not wait
        for claim in claimed:
            if cancel is not None and cancel.is_set():
                break  # the claims run out; these messages are sent by the next run
            outcome = _deliver(client, claim, tracking_ids)
            if outcome.tracking and claim.kind == TRANSMIT and claim.letter_id is not None:
                tracking_ids[claim.letter_id] = outcome.tracking
            outcomes.append(outcome)
            done += 1
        items = _record(db, outcomes, conf, clock(), result)
        if on_progress is not None:
            for item in items:
                on_progress(item)
    with db.session() as session:
        result.remaining = session.scalar(
            select(func.count()).select_from(OutboxMessage).where(OutboxMessage.status == PENDING)
        )
    return result


@dataclass(frozen=True, slots=True)
class _Claim:
    id: int
    key: str
    target: str
    kind: str
    letter_id: int | None
    payload: dict
    tracking: str | None  # the letter's LAPOR! tracking ID when the claim was made


@dataclass(slots=True)
class _Outcome:
    claim: _Claim
    answer: dict | None = None
    tracking: str | None = None
    error: TransportError | None = None


def _claim(db: Database, now: datetime, conf: OutboxSettings, batch: int) -> list[_Claim]:
    with db.transaction() as session:
        stmt = (
            select(OutboxMessage)
            .where(OutboxMessage.status == PENDING, OutboxMessage.next_attempt_at <= now)
            .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)
            .limit(batch)
        )
        if db.dialect == "postgresql":
            stmt = stmt.with_for_update(skip_locked=True)
        messages = list(session.scalars(stmt))
        lease = now + timedelta(seconds=conf.claim_seconds)
        for m in messages:
            m.attempts += 1
            m.next_attempt_at = lease
        letters = {m.letter_id for m in messages if m.kind == STATUS and m.letter_id is not None}
        tracking = (
            dict(
                session.execute(
                    select(ExternalRef.letter_id, ExternalRef.external_id).where(
                        ExternalRef.letter_id.in_(letters), ExternalRef.system == LAPOR
                    )
                ).all()
            )
            if letters
            else {}
        )
        return [
            _Claim(
                m.id,
                m.idempotency_key,
                m.target,
                m.kind,
                m.letter_id,
                dict(m.payload or {}),
                tracking.get(m.letter_id),
            )
            for m in messages
        ]


def _seconds_to_next(db: Database, now: datetime) -> float | None:
    with db.session() as session:
        due = session.scalar(
            select(func.min(OutboxMessage.next_attempt_at)).where(OutboxMessage.status == PENDING)
        )
    if due is None:
        return None
    return (_aware(due) - now).total_seconds()


def _deliver(client: LaporClient | TransportError, claim: _Claim, tracking_ids: dict[int, str]) -> _Outcome:
    """One attempt at one message; no database."""
    try:
        if isinstance(client, TransportError):
            raise client
        if claim.target != LAPOR:
            raise TransportError(f"Tujuan '{claim.target}' tidak dikenal", retryable=False)
        if claim.kind == TRANSMIT:
            tracking, answer = client.transmit(claim.payload["report"], key=claim.key)
            return _Outcome(claim, answer=answer, tracking=tracking)
        if claim.kind == STATUS:
            tracking = claim.tracking or tracking_ids.get(claim.letter_id or 0)
            if tracking is None:
                raise TransportError(
                    "Menunggu nomor pelacakan LAPOR! dari pengiriman laporan", retryable=True
                )
            word = client.settings.status_out.get(claim.payload["status"], claim.payload["status"])
            body = {
                "status": word,
                "catatan": claim.payload.get("note") or "",
                "waktu": claim.payload.get("at"),
            }
            answer = client.send_status(tracking, body, key=claim.key)
            return _Outcome(
                claim, answer=answer if isinstance(answer, dict) else {"answer": answer}, tracking=tracking
            )
        raise TransportError(f"Jenis pesan '{claim.kind}' tidak dikenal", retryable=False)
    except TransportError as exc:
        return _Outcome(claim, error=exc)


def _record(
    db: Database, outcomes: list[_Outcome], conf: OutboxSettings, now: datetime, result: SendResult
) -> list[OutboxItem]:
    """Write the outcomes of a batch in one transaction; a message cancelled meanwhile stays cancelled."""
    if not outcomes:
        return []
    items = []
    with db.transaction() as session:
        rows = {
            m.id: m
            for m in session.scalars(
                select(OutboxMessage).where(OutboxMessage.id.in_([o.claim.id for o in outcomes]))
            )
        }
        numbers = dict(
            session.execute(
                select(IncomingLetter.id, IncomingLetter.agenda_no).where(
                    IncomingLetter.id.in_({o.claim.letter_id for o in outcomes if o.claim.letter_id})
                )
            ).all()
        )
        linked = set(
            session.scalars(
                select(ExternalRef.letter_id).where(
                    ExternalRef.letter_id.in_(numbers), ExternalRef.system == LAPOR
                )
            )
        )
        for o in outcomes:
            m = rows.get(o.claim.id)
            if m is None or m.status != PENDING:
                continue
            if o.error is None:
                m.status, m.sent_at, m.last_error, m.response = SENT, now, None, o.answer
                if m.letter_id is not None:
                    _delivered(session, m, o.tracking, linked)
                result.sent += 1
            else:
                m.last_error = str(o.error)[:2000]
                if o.error.retryable and m.attempts < conf.max_attempts:
                    m.next_attempt_at = now + timedelta(
                        seconds=backoff_seconds(m.attempts, m.idempotency_key, conf)
                    )
                    result.retrying += 1
                else:
                    m.status = FAILED
                    if o.error.retryable:
                        m.last_error = f"{m.last_error} (menyerah setelah {m.attempts} percobaan)"
                    result.failed += 1
            items.append(item_of(m, numbers.get(m.letter_id)))
    return items


def _delivered(session: Session, m: OutboxMessage, tracking: str | None, linked: set[int]) -> None:
    """What an accepted message changes here; ``linked``: letters that already hold a tracking ID."""
    if m.kind == TRANSMIT and tracking:
        if m.letter_id not in linked:
            session.add(
                ExternalRef(letter_id=m.letter_id, system=LAPOR, external_id=tracking, direction="out")
            )
            linked.add(m.letter_id)
        record_event(
            session,
            letter_id=m.letter_id,
            system=LAPOR,
            direction="out",
            kind=TRANSMIT,
            detail=f"Dikirim ke LAPOR!, nomor pelacakan {tracking}",
            username=m.created_by,
        )
    elif m.kind == STATUS:
        record_event(
            session,
            letter_id=m.letter_id,
            system=LAPOR,
            direction="out",
            kind=STATUS,
            detail=f"Status {status_words(m.payload.get('status'))} dikirim ke LAPOR! ({tracking})",
            username=m.created_by,
        )


def status_words(status: str | None) -> str:
    """A status as the register names it (``Ditelaah``), for the exchange history."""
    return STATUS_LABELS_OF_LETTERS.get(status or "", status or "-")


def backoff_seconds(attempts: int, key: str, conf: OutboxSettings) -> float:
    """The wait after the ``attempts``-th failed attempt: doubling from ``retry_base_seconds`` up to
    ``retry_max_seconds``, spread by a share (50-100%) taken from the key, so messages that failed
    together (a server that was down) do not all come back at the same moment."""
    base = min(conf.retry_max_seconds, conf.retry_base_seconds * 2 ** max(0, attempts - 1))
    spread = int.from_bytes(hashlib.blake2b(f"{key}:{attempts}".encode(), digest_size=2).digest(), "big")
    return base * (0.5 + 0.5 * spread / 0xFFFF)


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(value: datetime) -> datetime:
    """SQLite hands back naive times (stored in UTC); PostgreSQL aware ones."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)
