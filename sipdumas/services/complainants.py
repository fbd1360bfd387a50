"""The complainant record (pengadu): every letter one person sent, on any channel, and the analyst's
corrections of the grouping.

Letters are grouped by person when they are registered or imported (:mod:`sipdumas.detection.people`:
the same NIK, phone or e-mail, or the same name at the same address, or a re-send of the person's
letter). The grouping can be wrong both ways (two people sharing a family phone; one person writing
with a new phone and no NIK), so an analyst merges two complainants into one or splits a letter off
into a complainant of its own. Both are audited, and both stick: rebuilding the index never regroups a
letter that has a complainant.

The complainant's id is the :class:`~sipdumas.models.letters.Person` id (``sipdumas complainant``, the
register's complainant filter); letters are named by agenda number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from sipdumas.db import audit
from sipdumas.db.engine import Database
from sipdumas.detection import people
from sipdumas.domain.errors import NotFound, ValidationFailed
from sipdumas.domain.identity import normalize_phone
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.models.forwarding import Agency, ForwardingLetter
from sipdumas.models.letters import IncomingLetter, Person
from sipdumas.services.letters import load_letter

#: Letters shown in a complainant's history (newest first); a person with more is rare and the register
#: filtered by complainant lists them all.
HISTORY_LIMIT = 200


@dataclass(frozen=True, slots=True)
class ComplainantInfo:
    """A complainant with the number of their letters and the first and last day one was received."""

    id: int
    name: str | None
    nik: str | None
    phone: str | None
    email: str | None
    province: str | None
    letters: int
    first_received: date | None
    last_received: date | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "nik": self.nik,
            "phone": self.phone,
            "email": self.email,
            "province": self.province,
            "letters": self.letters,
            "first_received": self.first_received.isoformat() if self.first_received else None,
            "last_received": self.last_received.isoformat() if self.last_received else None,
        }


@dataclass(frozen=True, slots=True)
class Forwarded:
    """A forwarding letter (surat penerusan) sent for a letter of the history."""

    agency: str
    number: str
    forwarded_on: date

    def to_json(self) -> dict[str, Any]:
        return {"agency": self.agency, "number": self.number, "forwarded_on": self.forwarded_on.isoformat()}


@dataclass(frozen=True, slots=True)
class HistoryLetter:
    """One letter of a complainant's history, as the "Riwayat pengadu" list shows it."""

    id: int
    agenda_no: str
    received_at: date
    channel: str
    status: str
    subject: str | None
    duplicate_of_agenda_no: str | None
    duplicate_review: str | None
    forwarded: tuple[Forwarded, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "agenda_no": self.agenda_no,
            "received_at": self.received_at.isoformat(),
            "channel": self.channel,
            "status": self.status,
            "subject": self.subject,
            "duplicate_of_agenda_no": self.duplicate_of_agenda_no,
            "duplicate_review": self.duplicate_review,
            "forwarded": [f.to_json() for f in self.forwarded],
        }


@dataclass(frozen=True, slots=True)
class ComplainantHistory:
    """A complainant and their letters, newest first (at most :data:`HISTORY_LIMIT`); ``complainant``
    is None for a letter whose sender has no identity (the letter alone is then the history)."""

    complainant: ComplainantInfo | None
    letters: list[HistoryLetter]

    def to_json(self) -> dict[str, Any]:
        return {
            "complainant": self.complainant.to_json() if self.complainant else None,
            "letters": [letter.to_json() for letter in self.letters],
        }


# ---------------------------------------------------------------- reading


def complainant_history(db: Database, actor: Actor, *, letter_id: int) -> ComplainantHistory:
    """The complainant who sent ``letter_id`` and all their letters ("Riwayat pengadu")."""
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        letter = load_letter(session, letter_id)
        if letter.person_id is None:
            return ComplainantHistory(None, _history(session, IncomingLetter.id == letter.id))
        return _full_history(session, letter.person_id)


def get_complainant(db: Database, actor: Actor, *, complainant_id: int) -> ComplainantHistory:
    """A complainant and all their letters."""
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        return _full_history(session, _person(session, complainant_id).id)


def find_complainants(
    db: Database, actor: Actor, *, text: str = "", limit: int = 50
) -> list[ComplainantInfo]:
    """Complainants whose name contains ``text`` (case aside), or whose NIK, phone or e-mail is
    ``text``; the most recently written-to first. Empty ``text``: the most recent complainants."""
    actor.require(Permission.VIEW_REGISTER)
    query = " ".join(text.split())
    with db.session() as session:
        stmt = select(Person.id).where(Person.merged_into_id.is_(None))
        if query:
            escaped = query.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            digits = "".join(c for c in query if c.isdigit())
            matches = [
                func.lower(Person.name).like(f"%{escaped}%", escape="\\"),
                func.lower(Person.email) == query.lower(),
            ]
            if len(digits) >= 6:
                matches.append(Person.nik == digits)
                phone = normalize_phone(query)
                if phone:
                    matches.append(Person.phone == phone)
            stmt = stmt.where(or_(*matches))
        ids = list(session.scalars(stmt.order_by(Person.updated_at.desc(), Person.id.desc()).limit(limit)))
        return _infos(session, ids)


# ---------------------------------------------------------------- the analyst's corrections


def merge_complainants(
    db: Database, actor: Actor, *, into_id: int, from_id: int, note: str = ""
) -> ComplainantInfo:
    """Move every letter of complainant ``from_id`` to ``into_id`` (audited on both); ``from_id`` is
    kept, pointing at ``into_id``. For one person the grouping took for two (a new phone number, a
    letter without NIK)."""
    actor.require(Permission.EDIT_LETTER)
    if into_id == from_id:
        raise ValidationFailed({"complainant": "Pengadu tidak dapat digabung dengan dirinya sendiri"})
    with db.transaction() as session:
        into, source = _person(session, into_id), _person(session, from_id)
        if into.id == source.id:
            raise ValidationFailed({"complainant": f"Pengadu {from_id} sudah digabung ke pengadu {into.id}"})
        into_id, from_id = into.id, source.id
        moved = _agenda_numbers(session, from_id)
        session.execute(
            update(IncomingLetter)
            .where(IncomingLetter.person_id == from_id)
            .values(person_id=into_id)
            .execution_options(synchronize_session=False)
        )
        people.fill(into, people.Sender(source.name, source.nik, source.phone, source.email, source.province))
        into.updated_at = func.now()
        source.merged_into_id = into.id
        session.flush()
        details = {"into": into_id, "from": from_id, "letters": moved, "note": note}
        audit.record(session, actor, "complainant_merged", "complainant", into_id, **details)
        audit.record(session, actor, "complainant_merged", "complainant", from_id, **details)
        return _infos(session, [into_id])[0]


def split_letter(db: Database, actor: Actor, *, letter_id: int, note: str = "") -> ComplainantInfo:
    """Take ``letter_id`` out of its complainant into a new complainant of its own, made from the
    letter's sender (audited on both). For two people the grouping took for one (a shared family or
    office phone). Refused for a letter that is its complainant's only one."""
    actor.require(Permission.EDIT_LETTER)
    with db.transaction() as session:
        letter = load_letter(session, letter_id)
        if letter.person_id is None:
            raise ValidationFailed({"complainant": f"Surat {letter.agenda_no} tidak memiliki pengadu"})
        old_id = letter.person_id
        count = session.scalar(select(func.count()).where(IncomingLetter.person_id == old_id))
        if count <= 1:
            raise ValidationFailed(
                {"complainant": f"Surat {letter.agenda_no} adalah satu-satunya surat pengadu ini"}
            )
        sender = people.Sender.of(letter.complainant)
        person = Person(**sender.columns())
        session.add(person)
        session.flush()
        # the grouping is no edit of the letter: its version (the form's optimistic lock) stays
        session.execute(
            update(IncomingLetter)
            .where(IncomingLetter.id == letter.id)
            .values(person_id=person.id)
            .execution_options(synchronize_session=False)
        )
        details = {"letter": letter.agenda_no, "from": old_id, "into": person.id, "note": note}
        audit.record(session, actor, "complainant_split", "complainant", old_id, **details)
        audit.record(session, actor, "complainant_split", "complainant", person.id, **details)
        audit.record(session, actor, "complainant_split", "letter", letter.id, **details)
        return _infos(session, [person.id])[0]


# ---------------------------------------------------------------- helpers


def _person(session: Session, person_id: int) -> Person:
    """The complainant ``person_id``, or the one it was merged into."""
    person = session.get(Person, person_id)
    seen = set()
    while person is not None and person.merged_into_id is not None and person.id not in seen:
        seen.add(person.id)
        person = session.get(Person, person.merged_into_id)
    if person is None:
        raise NotFound(f"Pengadu dengan id {person_id} tidak ditemukan")
    return person


def _agenda_numbers(session: Session, person_id: int) -> list[str]:
    stmt = (
        select(IncomingLetter.agenda_no)
        .where(IncomingLetter.person_id == person_id)
        .order_by(IncomingLetter.id)
    )
    return list(session.scalars(stmt))


def _infos(session: Session, ids: list[int]) -> list[ComplainantInfo]:
    """The complainants ``ids`` with their letter counts, in the order given."""
    if not ids:
        return []
    counts = {
        row.person_id: row
        for row in session.execute(
            select(
                IncomingLetter.person_id,
                func.count().label("letters"),
                func.min(IncomingLetter.received_at).label("first"),
                func.max(IncomingLetter.received_at).label("last"),
            )
            .where(IncomingLetter.person_id.in_(ids))
            .group_by(IncomingLetter.person_id)
        )
    }
    persons = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(ids)))}
    out = []
    for i in ids:
        p, c = persons[i], counts.get(i)
        out.append(
            ComplainantInfo(
                id=p.id,
                name=p.name,
                nik=p.nik,
                phone=p.phone,
                email=p.email,
                province=p.province,
                letters=c.letters if c else 0,
                first_received=c.first if c else None,
                last_received=c.last if c else None,
            )
        )
    return out


def _full_history(session: Session, person_id: int) -> ComplainantHistory:
    letters = _history(session, IncomingLetter.person_id == person_id)
    return ComplainantHistory(_infos(session, [person_id])[0], letters)


def _history(session: Session, which) -> list[HistoryLetter]:
    letters = session.execute(
        select(
            IncomingLetter.id,
            IncomingLetter.agenda_no,
            IncomingLetter.received_at,
            IncomingLetter.channel,
            IncomingLetter.status,
            IncomingLetter.subject,
            IncomingLetter.duplicate_of_id,
            IncomingLetter.duplicate_review,
        )
        .where(which)
        .order_by(IncomingLetter.received_at.desc(), IncomingLetter.id.desc())
        .limit(HISTORY_LIMIT)
    ).all()
    ids = [r.id for r in letters]
    originals = {r.duplicate_of_id for r in letters if r.duplicate_of_id}
    agenda = (
        dict(
            session.execute(
                select(IncomingLetter.id, IncomingLetter.agenda_no).where(IncomingLetter.id.in_(originals))
            ).all()
        )
        if originals
        else {}
    )
    forwarded: dict[int, list[Forwarded]] = {}
    if ids:
        for row in session.execute(
            select(
                ForwardingLetter.letter_id,
                Agency.name,
                ForwardingLetter.number,
                ForwardingLetter.forwarded_on,
            )
            .join(Agency, Agency.id == ForwardingLetter.agency_id)
            .where(ForwardingLetter.letter_id.in_(ids))
            .order_by(ForwardingLetter.id)
        ):
            forwarded.setdefault(row.letter_id, []).append(Forwarded(row.name, row.number, row.forwarded_on))
    return [
        HistoryLetter(
            id=r.id,
            agenda_no=r.agenda_no,
            received_at=r.received_at,
            channel=r.channel,
            status=r.status,
            subject=r.subject,
            duplicate_of_agenda_no=agenda.get(r.duplicate_of_id),
            duplicate_review=r.duplicate_review,
            forwarded=tuple(forwarded.get(r.id, ())),
        )
        for r in letters
    ]
