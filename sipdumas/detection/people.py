"""Which person (complainant record, :class:`~sipdumas.models.letters.Person`) a letter's sender is.

A letter joins the person of an earlier letter when the two senders are one person
(:attr:`~sipdumas.detection.verdict.Comparison.same_person`: the same NIK, phone or e-mail, or the same
name at the same address, with nothing contradicting it), or when it re-sends a letter of that person;
else it starts a new person. A letter without any identity (no name, NIK, phone or e-mail) belongs to
nobody.

- At registration the duplicate check has already compared the letter with every earlier letter of the
  same identity (:func:`sipdumas.detection.assess.assess`), and :func:`person_for` uses its answer.
- Imports and :func:`group_ungrouped` (``sipdumas reindex``) work in batches without the letters'
  texts: :func:`assign` matches by the NIK, phone and e-mail keys of the identity index only, a name
  by itself never being enough to put two letters together.

Once a letter has a person it keeps it: only an analyst moves it (merge, split;
:mod:`sipdumas.services.complainants`), so rebuilding never undoes their decisions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from sipdumas.db import bulk
from sipdumas.detection.assess import Assessment
from sipdumas.detection.identity import Identity
from sipdumas.detection.index import identity_of_complainant
from sipdumas.detection.verdict import same_person
from sipdumas.domain.regions import province_of_nik
from sipdumas.models.letters import Complainant, IncomingLetter, Person


@dataclass(frozen=True, slots=True)
class Sender:
    """A letter's sender as stored (the columns a :class:`Person` summarises)."""

    name: str | None = None
    nik: str | None = None
    phone: str | None = None
    email: str | None = None
    province: str | None = None

    @classmethod
    def of(cls, c: Complainant | None) -> Sender:
        if c is None:
            return cls()
        return cls(c.name, c.nik, c.phone, c.email, c.province or province_of_nik(c.nik))

    def columns(self) -> dict[str, str | None]:
        return {
            "name": self.name,
            "nik": self.nik,
            "phone": self.phone,
            "email": self.email,
            "province": self.province,
        }


def person_for(session: Session, verdict: Assessment, sender: Sender) -> int | None:
    """The person of a letter about to be registered: the one ``verdict`` found (its summary completed
    from ``sender``), else a new person from ``sender``; None when the sender has no identity."""
    if verdict.identity.empty:
        return None
    if verdict.person_id is not None:
        person = session.get(Person, verdict.person_id)
        if person is not None:
            fill(person, sender)
            person.updated_at = func.now()  # the complainants written to last come first
            return person.id
    person = Person(**sender.columns())
    session.add(person)
    session.flush()
    return person.id


def fill(person: Person, sender: Sender) -> None:
    """Complete ``person``'s summary with what ``sender`` knows and it does not."""
    for key, value in sender.columns().items():
        if value and not getattr(person, key):
            setattr(person, key, value)


def assign(
    session: Session,
    senders: Sequence[tuple[Identity, Sender]],
    strong: Sequence[Sequence[int]] | None = None,
) -> list[int | None]:
    """The person of each sender of a batch of new letters, in order, creating the persons needed.

    A sender joins the person of a registered letter, or of an earlier sender of the batch, that shares
    its NIK, phone or e-mail and is the same person (:func:`~sipdumas.detection.verdict.same_person`);
    among several, the one sharing the NIK first, then the newest. Persons are written through the
    driver (:mod:`sipdumas.db.bulk`): an import adds up to hundreds of thousands. ``strong``: each
    sender's :meth:`~Identity.strong_index_keys`, when already worked out (an import's workers)."""
    if strong is None:
        strong = [identity.strong_index_keys() for identity, _ in senders]
    known = _registered(session, {k for keys in strong for k in keys})
    batch: dict[int, list[tuple[int, Identity]]] = {}
    out: list[int | None] = []
    new_people: list[Sender] = []
    for (identity, sender), keys in zip(senders, strong, strict=True):
        if identity.empty:
            out.append(None)
            continue
        person = _match(identity, keys, known, batch) if keys else None
        if person is None:
            new_people.append(sender)
            person = -len(new_people)  # a placeholder until the ids are reserved below
        for key in keys:
            batch.setdefault(key, []).append((person, identity))
        out.append(person)
    if new_people:
        ids = bulk.reserve_ids(session, Person.__table__, len(new_people))
        columns = ["id", *Sender().columns()]
        bulk.insert_rows(
            session,
            "persons",
            columns,
            [(i, *s.columns().values()) for i, s in zip(ids, new_people, strict=True)],
        )
        out = [ids[-p - 1] if p is not None and p < 0 else p for p in out]
    return out


def _match(
    identity: Identity,
    keys: list[int],
    known: dict[int, list[tuple[int, Identity]]],
    batch: dict[int, list[tuple[int, Identity]]],
) -> int | None:
    """The person ``identity`` belongs to among those sharing one of its strong ``keys``, or None."""
    best: tuple[tuple[int, int], int] | None = None
    nik_key = keys[0] if identity.nik else None
    for key in keys:
        for person, other in [*known.get(key, ()), *batch.get(key, ())]:
            if not same_person(identity, other):
                continue
            rank = (key == nik_key, person if person > 0 else 1 << 40)  # NIK first, then newest
            if best is None or rank > best[0]:
                best = (rank, person)
    return best[1] if best else None


def _registered(session: Session, keys: set[int]) -> dict[int, list[tuple[int, Identity]]]:
    """key -> (person id, identity) of the grouped letters holding each key, one entry per distinct
    sender of a person."""
    found: dict[int, list[tuple[int, Identity]]] = {}
    seen: set[tuple] = set()
    rows = bulk.fetch_in(
        session,
        "SELECT i.key, l.person_id, c.name, c.nik, c.phone, c.email, c.address, c.regency, c.province "
        "FROM letter_identities i JOIN incoming_letters l ON l.id = i.letter_id "
        "JOIN complainants c ON c.id = l.complainant_id "
        "WHERE i.key IN_VALUES AND l.person_id IS NOT NULL",
        sorted(keys),
    )
    for key, person_id, name, nik, phone, email, address, regency, province in rows:
        identity = Identity.of(
            name=name, nik=nik, phone=phone, email=email, address=address, regency=regency, province=province
        )
        if (key, person_id, identity) in seen:
            continue
        seen.add((key, person_id, identity))
        found.setdefault(key, []).append((person_id, identity))
    return found


def group_letter(session: Session, letter: IncomingLetter) -> None:
    """Give a registered letter without a person (its sender was added later) its person, as
    :func:`assign` would; a letter that has one keeps it."""
    if letter.person_id is not None:
        return
    with session.no_autoflush:  # the letter's pending edit and its person go out in one UPDATE
        sender = letter.complainant
        [person] = assign(session, [(identity_of_complainant(sender), Sender.of(sender))])
    letter.person_id = person


def group_ungrouped(session: Session, *, batch: int = 2000) -> int:
    """Give every letter without a person its person (oldest letters first), as :func:`assign` does for
    an import; returns how many letters were grouped. Letters that have one keep it."""
    last, grouped = 0, 0
    while True:
        rows = session.execute(
            select(IncomingLetter.id, Complainant)
            .join(Complainant, Complainant.id == IncomingLetter.complainant_id)
            .where(IncomingLetter.person_id.is_(None), IncomingLetter.id > last)
            .order_by(IncomingLetter.id)
            .limit(batch)
        ).all()
        if not rows:
            return grouped
        people = assign(session, [(identity_of_complainant(c), Sender.of(c)) for _id, c in rows])
        updates = [{"p": p, "i": r.id} for r, p in zip(rows, people, strict=True) if p is not None]
        if updates:
            session.execute(text("UPDATE incoming_letters SET person_id = :p WHERE id = :i"), updates)
        grouped += len(updates)
        last = rows[-1].id
