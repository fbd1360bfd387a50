"""The LAPOR! adapter's user actions, in the three stages of integration (see ``docs/exchange.md``).

1. :func:`transmit_letters`: a registered letter goes to LAPOR! through the outbox
   (:mod:`sipdumas.services.outbox`); the tracking ID LAPOR! returns is stored with the letter.
2. :func:`fetch_lapor_reports`: reports addressed to this office come into the register as letters with
   channel "lapor". A report already here (its tracking ID known: one we sent, or one fetched before) is
   skipped; any other goes through the duplicate check like every letter, so a complaint that reached us
   by post and by LAPOR! is flagged, not handled twice.
3. Status changes both ways: a move of a linked letter's status here is sent to LAPOR! (the outbox
   message is written by :func:`sipdumas.services.workflow.move`), and :func:`sync_lapor_statuses`
   applies the changes made in LAPOR! through the same workflow rules.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import undefer

from sipdumas.connectors import secrets
from sipdumas.connectors.http import TransportError
from sipdumas.connectors.lapor import LaporSettings, from_remote, to_remote
from sipdumas.db import audit
from sipdumas.db import settings as settings_rows
from sipdumas.db.engine import Database
from sipdumas.domain.channels import Channel
from sipdumas.domain.errors import ServiceError, ValidationFailed
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.domain.statuses import TRANSITIONS
from sipdumas.models.exchange import ExchangeEvent, ExternalRef, OutboxMessage
from sipdumas.models.letters import IncomingLetter
from sipdumas.services import outbox
from sipdumas.services.letters import LetterInput, SenderData, add_letter, load_letter, normalized
from sipdumas.services.workflow import move

LAPOR = outbox.LAPOR
_CURSOR_KEY = "lapor_cursor"


class LaporUnavailable(ServiceError):
    """LAPOR! could not be reached or refused the request; the message says why."""


@dataclass(frozen=True, slots=True)
class LaporView:
    settings: LaporSettings
    token_saved: bool
    secret_problem: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            **self.settings.to_json(),
            "token_saved": self.token_saved,
            "secret_problem": self.secret_problem,
        }


@dataclass(slots=True)
class FetchResult:
    registered: int = 0
    skipped: int = 0
    failed: int = 0
    cursor: int = 0
    letters: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(slots=True)
class SyncResult:
    applied: int = 0
    recorded: int = 0
    cursor: int = 0
    errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True, slots=True)
class ExchangeEntry:
    at: datetime | None
    system: str
    direction: str
    kind: str
    detail: str | None
    username: str | None


@dataclass(frozen=True, slots=True)
class LetterExchange:
    """What the letter form shows of a letter's exchange: its LAPOR! tracking ID, the history, and
    the messages about it still in the outbox."""

    letter_id: int
    tracking_id: str | None
    references: list[tuple[str, str]]
    events: list[ExchangeEntry]
    outbox: list[outbox.OutboxItem]

    def to_json(self) -> dict[str, Any]:
        return {
            "letter_id": self.letter_id,
            "tracking_id": self.tracking_id,
            "references": [{"system": s, "id": i} for s, i in self.references],
            "events": [
                {**dataclasses.asdict(e), "at": e.at.isoformat() if e.at else None} for e in self.events
            ],
            "outbox": [m.to_json() for m in self.outbox],
        }


# ---------------------------------------------------------------- settings


def lapor_settings(db: Database, actor: Actor) -> LaporView:
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        conf = outbox.load_lapor_settings(session)
    problem = secrets.backend_problem()
    saved = bool(conf.base_url and not problem and secrets.read_secret(secrets.lapor_secret(conf.base_url)))
    return LaporView(settings=conf, token_saved=saved, secret_problem=problem)


def save_lapor_settings(
    db: Database, actor: Actor, *, settings: LaporSettings, token: str | None = None
) -> LaporView:
    """Save the endpoint and its mapping; ``token`` goes to the keyring (refused without one)."""
    actor.require(Permission.MANAGE_SETTINGS)
    base = settings.base_url.strip()
    if base and not base.startswith(("http://", "https://")):
        raise ValidationFailed({"base_url": "Alamat harus diawali http:// atau https://"})
    if settings.enabled and not base:
        raise ValidationFailed({"base_url": "Alamat LAPOR! wajib diisi"})
    if settings.timeout <= 0:
        raise ValidationFailed({"timeout": "Batas waktu harus lebih dari 0 detik"})
    unknown = set(settings.status_in.values()) - set(TRANSITIONS)
    if unknown:
        raise ValidationFailed({"status_in": f"Status tidak dikenal: {', '.join(sorted(unknown))}"})
    conf = dataclasses.replace(settings, base_url=base)
    if token:
        secrets.store_secret(secrets.lapor_secret(base), token)
    with db.transaction() as session:
        outbox.write_lapor_settings(session, conf)
        audit.record(session, actor, "settings", "lapor", None, base_url=base, token_changed=bool(token))
    return lapor_settings(db, actor)


def check_lapor_connection(
    db: Database, actor: Actor, *, settings: LaporSettings | None = None, token: str | None = None
) -> dict[str, Any]:
    """ "Uji koneksi": ask the endpoint's ping path; raises :class:`LaporUnavailable` with the reason."""
    actor.require(Permission.VIEW_REGISTER)
    if settings is None:
        with db.session() as session:
            settings = outbox.load_lapor_settings(session)
    try:
        answer = outbox.lapor_client(settings, token).ping()
    except TransportError as exc:
        raise LaporUnavailable(f"LAPOR! tidak dapat dihubungi: {exc}") from None
    return {"base_url": settings.base_url, "answer": answer}


# ---------------------------------------------------------------- stage 1: transmit


def letter_fields(letter: IncomingLetter, *, confidential: bool = False) -> dict[str, Any]:
    """A letter as the flat fields the mapping names (``sender.*`` left out when ``confidential``)."""
    c = letter.complainant
    out: dict[str, Any] = {
        "subject": letter.subject,
        "text": letter.text,
        "summary": letter.summary,
        "category": letter.category,
        "received_at": letter.received_at,
        "letter_date": letter.letter_date,
        "letter_no": letter.letter_no,
        "agenda_no": letter.agenda_no,
        "channel": letter.channel,
        "regency": c.regency if c else None,
        "reported_party": letter.reported_party,
        "confidential": confidential,
    }
    if not confidential and c is not None:
        out.update(
            {
                "sender.name": c.name,
                "sender.nik": c.nik,
                "sender.phone": c.phone,
                "sender.email": c.email,
                "sender.address": c.address,
            }
        )
    return out


def transmit_letters(
    db: Database, actor: Actor, *, letter_ids: Sequence[int], confidential: bool = False
) -> list[outbox.OutboxItem]:
    """Put each letter in the outbox for LAPOR! (stage 1). A letter already sent, or waiting to be, is
    refused by name (and nothing is queued); ``confidential`` sends it without the complainant's
    identity."""
    actor.require(Permission.FORWARD_LETTER)
    wanted = list(dict.fromkeys(letter_ids))
    with db.transaction() as session:
        conf = outbox.load_lapor_settings(session)
        if not conf.base_url:
            raise ValidationFailed({"base_url": "Alamat LAPOR! belum diatur (Pengaturan > Saluran)"})
        letters = {
            letter.id: letter
            for letter in session.scalars(
                select(IncomingLetter)
                .where(IncomingLetter.id.in_(wanted))
                .options(undefer(IncomingLetter.text))
            ).unique()
        }
        for letter_id in wanted:
            if letter_id not in letters:
                load_letter(session, letter_id)  # raises NotFound naming it
        sent = dict(
            session.execute(
                select(ExternalRef.letter_id, ExternalRef.external_id).where(
                    ExternalRef.letter_id.in_(wanted), ExternalRef.system == LAPOR
                )
            ).all()
        )
        waiting = set(
            session.scalars(
                select(OutboxMessage.letter_id).where(
                    OutboxMessage.letter_id.in_(wanted),
                    OutboxMessage.target == LAPOR,
                    OutboxMessage.kind == outbox.TRANSMIT,
                    OutboxMessage.status.in_((outbox.PENDING, outbox.FAILED)),
                )
            )
        )
        for letter_id in wanted:
            agenda = letters[letter_id].agenda_no
            if letter_id in sent:
                raise ValidationFailed({"letter": f"Surat {agenda} sudah ada di LAPOR! ({sent[letter_id]})"})
            if letter_id in waiting:
                raise ValidationFailed({"letter": f"Surat {agenda} sudah menunggu di kotak keluar"})
        queued = []
        note = "Masuk kotak keluar untuk LAPOR!" + (" (tanpa identitas pengadu)" if confidential else "")
        for letter_id in wanted:
            letter = letters[letter_id]
            report = to_remote(letter_fields(letter, confidential=confidential), conf)
            m = outbox.enqueue(
                session,
                actor,
                target=LAPOR,
                kind=outbox.TRANSMIT,
                letter_id=letter.id,
                payload={"report": report, "confidential": confidential},
                flush=False,
            )
            outbox.record_event(
                session,
                letter_id=letter.id,
                system=LAPOR,
                direction="out",
                kind="queued",
                detail=note,
                username=actor.username,
            )
            audit.record(session, actor, "lapor_transmit", "letter", letter.id, confidential=confidential)
            queued.append((m, letter.agenda_no))
        session.flush()
        return [outbox.item_of(m, agenda) for m, agenda in queued]


# ---------------------------------------------------------------- stage 2: fetch


def fetch_lapor_reports(
    db: Database,
    actor: Actor,
    *,
    token: str | None = None,
    limit: int | None = None,
    today: date | None = None,
) -> FetchResult:
    """Bring the reports addressed to this office into the register (stage 2), after the cursor of the
    last fetch; each report and the cursor move in one transaction, so a fetch cut off half-way goes on
    where it stopped."""
    actor.require(Permission.REGISTER_LETTER)
    today = today or date.today()
    with db.session() as session:
        conf = outbox.load_lapor_settings(session)
        cursor = int(settings_rows.read_json(session, _CURSOR_KEY).get("reports", 0))
    client = _client(conf, token)
    result = FetchResult(cursor=cursor)
    while limit is None or result.registered + result.skipped + result.failed < limit:
        try:
            items, nxt = client.incoming(cursor)
        except TransportError as exc:
            raise LaporUnavailable(f"Laporan LAPOR! tidak dapat diambil: {exc}") from None
        if not items:
            break
        for n, report in enumerate(items, start=1):
            position = cursor + n if n < len(items) else nxt
            try:
                outcome = _take_report(db, actor, report, conf, position, today)
            except ServiceError as exc:
                result.failed += 1
                result.errors.append(f"{report.get(conf.tracking_field)}: {exc}")
                _set_cursor(db, "reports", position)
                continue
            if outcome is None:
                result.skipped += 1
            else:
                result.registered += 1
                result.letters.append(outcome)
        cursor = nxt
        result.cursor = cursor
    return result


def _take_report(
    db: Database, actor: Actor, report: dict[str, Any], conf: LaporSettings, position: int, today: date
) -> dict[str, Any] | None:
    tracking = str(report.get(conf.tracking_field) or "").strip()
    if not tracking:
        raise ValidationFailed({"tracking_id": "laporan tanpa nomor pelacakan"})
    fields = from_remote(report, conf)
    data = LetterInput(
        received_at=_date(fields.get("received_at")) or today,
        channel=Channel.LAPOR.value,
        letter_no=_text(fields.get("letter_no")),
        letter_date=_date(fields.get("letter_date")),
        subject=_text(fields.get("subject")),
        summary=_text(fields.get("summary")),
        category=_text(fields.get("category")),
        sender=SenderData(
            name=_text(fields.get("sender.name")),
            nik=_text(fields.get("sender.nik")),
            phone=_text(fields.get("sender.phone")),
            email=_text(fields.get("sender.email")),
            address=_text(fields.get("sender.address")),
        ),
        regency=_text(fields.get("regency")),
        reported_party=_text(fields.get("reported_party")),
        text=_text(fields.get("text")),
    )
    if data.received_at > today:
        data.received_at = today
    try:
        data = normalized(data, today=today)
    except ValidationFailed as exc:  # a wrong NIK or phone typed into LAPOR! is left for the analyst
        for name in set(exc.problems) & {"nik", "phone", "email"}:
            setattr(data.sender, name, None)
        if "letter_date" in exc.problems:
            data.letter_date = None
        data = normalized(data, today=today)
    with db.transaction() as session:
        settings_rows.write_json(
            session, _CURSOR_KEY, {**settings_rows.read_json(session, _CURSOR_KEY), "reports": position}
        )
        known = session.scalar(
            select(ExternalRef.letter_id).where(
                ExternalRef.system == LAPOR, ExternalRef.external_id == tracking
            )
        )
        if known is not None:
            return None
        letter = add_letter(session, actor, data)
        session.add(ExternalRef(letter_id=letter.id, system=LAPOR, external_id=tracking, direction="in"))
        outbox.record_event(
            session,
            letter_id=letter.id,
            system=LAPOR,
            direction="in",
            kind="fetch",
            detail=f"Diambil dari LAPOR!, nomor pelacakan {tracking}",
            username=actor.username,
        )
        audit.record(
            session, actor, "lapor_fetch", "letter", letter.id, agenda_no=letter.agenda_no, tracking=tracking
        )
        return {
            "id": letter.id,
            "agenda_no": letter.agenda_no,
            "tracking_id": tracking,
            "duplicate_of": letter.duplicate_of_id,
            "duplicate_reasons": list(letter.duplicate_reasons or []),
        }


# ---------------------------------------------------------------- stage 3: status from LAPOR!


def sync_lapor_statuses(db: Database, actor: Actor, *, token: str | None = None) -> SyncResult:
    """Apply the status changes made in LAPOR! to the linked letters (stage 3). A change the workflow
    allows is made through :func:`~sipdumas.services.workflow.move` (and not echoed back); any other
    is recorded in the letter's exchange history for the analyst, with the reason."""
    actor.require(Permission.REVIEW_LETTER)
    with db.session() as session:
        conf = outbox.load_lapor_settings(session)
        cursor = int(settings_rows.read_json(session, _CURSOR_KEY).get("status", 0))
    client = _client(conf, token)
    result = SyncResult(cursor=cursor)
    while True:
        try:
            items, nxt = client.status_changes(cursor)
        except TransportError as exc:
            raise LaporUnavailable(f"Perubahan status LAPOR! tidak dapat diambil: {exc}") from None
        if not items:
            break
        for n, change in enumerate(items, start=1):
            position = cursor + n if n < len(items) else nxt
            _apply_change(db, actor, change, conf, position, result)
        cursor = result.cursor = nxt
    return result


def _apply_change(
    db: Database, actor: Actor, change: dict[str, Any], conf: LaporSettings, position: int, result: SyncResult
) -> None:
    tracking = str(change.get(conf.tracking_field) or "")
    word = str(change.get("status") or "").strip()
    note = str(change.get("note") or change.get("catatan") or "").strip()
    with db.transaction() as session:
        settings_rows.write_json(
            session, _CURSOR_KEY, {**settings_rows.read_json(session, _CURSOR_KEY), "status": position}
        )
        ref = session.scalar(
            select(ExternalRef).where(ExternalRef.system == LAPOR, ExternalRef.external_id == tracking)
        )
        if ref is None:
            result.errors.append(f"{tracking}: tidak ada surat dengan nomor pelacakan ini")
            return
        ref.remote_status = word[:100]
        letter = load_letter(session, ref.letter_id)
        target = conf.status_in.get(word.lower())
        detail = f"Status di LAPOR!: {word}" + (f" ({note})" if note else "")
        if target and target != letter.status and target in TRANSITIONS.get(letter.status, frozenset()):
            try:
                with session.begin_nested():
                    move(
                        session,
                        actor,
                        letter,
                        target,
                        f"Dari LAPOR!: {word}" + (f" - {note}" if note else ""),
                        notify=False,
                    )
                result.applied += 1
                detail += f"; status surat menjadi {outbox.status_words(target)}"
            except ServiceError as exc:
                detail += f"; tidak diterapkan: {exc}"
                result.recorded += 1
        else:
            reason = (
                "sama"
                if target == letter.status
                else (
                    "tidak dikenal"
                    if not target
                    else f"dari {outbox.status_words(letter.status)} tidak boleh ke {outbox.status_words(target)}"
                )
            )
            detail += f"; tidak diterapkan ({reason})"
            result.recorded += 1
        outbox.record_event(
            session,
            letter_id=letter.id,
            system=LAPOR,
            direction="in",
            kind="status",
            detail=detail,
            username=actor.username,
        )


# ---------------------------------------------------------------- the letter form


def letter_exchange(db: Database, actor: Actor, *, letter_id: int) -> LetterExchange:
    """A letter's LAPOR! tracking ID, its other systems' numbers, its exchange history and outbox."""
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        load_letter(session, letter_id)
        refs = session.execute(
            select(ExternalRef.system, ExternalRef.external_id)
            .where(ExternalRef.letter_id == letter_id)
            .order_by(ExternalRef.id)
        ).all()
        events = session.scalars(
            select(ExchangeEvent).where(ExchangeEvent.letter_id == letter_id).order_by(ExchangeEvent.id)
        ).all()
        entries = [ExchangeEntry(e.at, e.system, e.direction, e.kind, e.detail, e.username) for e in events]
    tracking = next((i for s, i in refs if s == LAPOR), None)
    return LetterExchange(
        letter_id=letter_id,
        tracking_id=tracking,
        references=[(s, i) for s, i in refs],
        events=entries,
        outbox=outbox.list_outbox(db, actor, letter_id=letter_id, limit=50),
    )


# ---------------------------------------------------------------- helpers


def _client(conf: LaporSettings, token: str | None):
    try:
        return outbox.lapor_client(conf, token)
    except TransportError as exc:
        raise LaporUnavailable(str(exc)) from None


def _set_cursor(db: Database, name: str, position: int) -> None:
    with db.transaction() as session:
        settings_rows.write_json(
            session, _CURSOR_KEY, {**settings_rows.read_json(session, _CURSOR_KEY), name: position}
        )


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
