"""What a letter would be flagged as, against the letters already registered (inside a transaction).

Candidates come from the text (LSH bands) and from the sender's identity (every earlier letter of the
same NIK, phone, e-mail or name, whatever its layout); each is verified with the factor tables of
:mod:`sipdumas.detection.verdict`. The same comparisons tell which person the letter belongs to
(:attr:`Assessment.person_id`), for grouping letters by complainant.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from sipdumas.detection import index
from sipdumas.detection.fingerprint import normalise
from sipdumas.detection.identity import Identity
from sipdumas.detection.index import Fingerprint, comparable_text
from sipdumas.detection.verdict import (
    RELATED_TEXT,
    Comparison,
    Party,
    compare,
    says_resent,
    sender_conflict,
    text_similarity,
)
from sipdumas.domain.indonesian import long_date
from sipdumas.models.letters import Complainant, Document, IncomingLetter

#: Candidates found by their text that are verified with the full texts (the most similar first);
#: candidates found by the sender's identity are all verified (at most
#: :data:`sipdumas.detection.index.MAX_IDENTITY_CANDIDATES`).
VERIFY = 12
#: Estimated text similarity below which a band candidate is not worth loading.
MIN_ESTIMATE = 0.4

_STATUS_WORDS = {
    "received": "baru diterima",
    "under_review": "sedang ditelaah",
    "forwarded": "sudah diteruskan",
    "clarification": "dalam klarifikasi",
    "monitoring": "dalam pemantauan",
    "filed": "sudah diarsipkan",
    "answered": "sudah dijawab",
    "closed": "sudah selesai",
}


@dataclass(slots=True)
class Assessment:
    """The duplicate verdict for one letter; ``duplicate_of`` None when it repeats nothing.

    ``person_id``: the person (complainant record) the letter's sender is, when an earlier letter of
    theirs was found (None: a new person, or no identity at all); ``identity`` the sender in comparable
    form, for the identity index."""

    duplicate_of: int | None = None
    duplicate_agenda_no: str | None = None
    score: float | None = None
    reasons: list[str] = field(default_factory=list)
    related: list[int] = field(default_factory=list)
    related_agenda_nos: list[str] = field(default_factory=list)
    search_ms: float = 0.0
    fingerprint: Fingerprint | None = None
    identity: Identity = field(default_factory=Identity)
    person_id: int | None = None

    def flags(self) -> dict:
        """Column values for :class:`IncomingLetter`."""
        return {
            "duplicate_of_id": self.duplicate_of,
            "duplicate_score": self.score,
            "duplicate_reasons": list(self.reasons),
            "related_ids": list(self.related),
        }


def assess(
    session: Session,
    *,
    text: str | None,
    subject: str | None = None,
    summary: str | None = None,
    name: str | None = None,
    nik: str | None = None,
    phone: str | None = None,
    email: str | None = None,
    address: str | None = None,
    regency: str | None = None,
    letter_date: date | None = None,
    letter_no: str | None = None,
    sha256: str | None = None,
    exclude_id: int | None = None,
) -> Assessment:
    """The verdict on a letter with these values (as the register stores them: NIK digits, phone in
    E.164) against every registered letter but ``exclude_id``."""
    started = time.perf_counter()
    body = comparable_text(text, subject, summary)
    fp = Fingerprint.of(text)
    identity = Identity.of(name=name, nik=nik, phone=phone, email=email, address=address, regency=regency)
    out = Assessment(fingerprint=fp, identity=identity)
    if sha256:
        same_file = session.scalars(
            select(IncomingLetter)
            .join(Document, Document.letter_id == IncomingLetter.id)
            .where(Document.sha256 == sha256, IncomingLetter.id != (exclude_id or 0))
            .order_by(IncomingLetter.id)
            .limit(1)
        ).first()
        if same_file is not None:
            original = _original(session, same_file)
            out.duplicate_of, out.duplicate_agenda_no, out.score = original.id, original.agenda_no, 1.0
            out.reasons = [
                f"Berkas identik (SHA-256 sama) dengan surat {same_file.agenda_no}",
                _fate(original),
            ]
            out.person_id = same_file.person_id
            out.search_ms = _ms(started)
            return out

    found = index.candidates(session, fp, identity=identity, exclude=exclude_id)
    by_text = [i for i, estimate in found.by_text if estimate >= MIN_ESTIMATE][:VERIFY]
    similar = set(by_text)
    by_sender = _same_sender_possible(session, identity, [i for i in found.by_identity if i not in similar])
    worth = list(dict.fromkeys(by_sender + by_text))
    if not worth:
        out.search_ms = _ms(started)
        return out
    letters = session.execute(
        select(*_CANDIDATE_COLUMNS)
        .outerjoin(Complainant, Complainant.id == IncomingLetter.complainant_id)
        .where(IncomingLetter.id.in_(worth))
    ).all()
    new = Party.of(
        body,
        name=name,
        nik=nik,
        phone=phone,
        email=email,
        address=address,
        regency=regency,
        subject=subject,
        letter_date=letter_date,
        letter_no=letter_no,
    )
    resend = says_resent(text)
    duplicates: list[tuple[Row, Comparison, Party]] = []
    people: list[tuple[Row, Comparison]] = []
    for letter in letters:
        if letter.id in similar and sender_conflict(identity, _sender(letter)):
            # another sender: at most related, and a nearly equal text settles that at once
            body_old = normalise(comparable_text(letter.text, letter.subject, letter.summary))
            if text_similarity(new.text, body_old) >= RELATED_TEXT:
                out.related.append(letter.id)
                out.related_agenda_nos.append(letter.agenda_no)
                continue
        old = party_of(letter)
        comparison = compare(new, old, resend=resend)
        if comparison.is_duplicate(new, old):
            duplicates.append((letter, comparison, old))
        elif comparison.is_related() and not comparison.same_sender:
            out.related.append(letter.id)
            out.related_agenda_nos.append(letter.agenda_no)
        if letter.person_id is not None and (
            comparison.same_person
            or (comparison.same_sender and not comparison.other_name and comparison.is_duplicate(new, old))
        ):
            people.append((letter, comparison))
    by_id = sorted(zip(out.related, out.related_agenda_nos, strict=True))
    out.related, out.related_agenda_nos = [i for i, _ in by_id], [a for _, a in by_id]
    if duplicates:
        duplicates.sort(key=lambda item: (-item[1].score, item[0].id))
        letter, comparison, old = duplicates[0]
        original = _original(session, session.get(IncomingLetter, letter.id))
        out.duplicate_of, out.duplicate_agenda_no = original.id, original.agenda_no
        out.score = comparison.score
        out.reasons = _reasons(letter.agenda_no, original, comparison, old)
    if people:
        # the person of the letter this one repeats, else of the letter with the most telling evidence
        repeated = {letter.id for letter, *_ in duplicates[:1]}
        people.sort(key=lambda p: (p[0].id not in repeated, -p[1].sender_score, -p[0].id))
        out.person_id = people[0][0].person_id
    out.search_ms = _ms(started)
    return out


#: What a candidate is compared on: the letter's columns and its sender's, read in one query (no ORM
#: objects: a check reads up to 28 candidates and must stay within milliseconds).
_SENDER_COLUMNS = (
    Complainant.name,
    Complainant.nik,
    Complainant.phone,
    Complainant.email,
    Complainant.address,
    Complainant.regency,
    Complainant.province,
)
_CANDIDATE_COLUMNS = (
    IncomingLetter.id,
    IncomingLetter.agenda_no,
    IncomingLetter.text,
    IncomingLetter.subject,
    IncomingLetter.summary,
    IncomingLetter.letter_date,
    IncomingLetter.letter_no,
    IncomingLetter.person_id,
    *_SENDER_COLUMNS,
)


def _sender(row: Row) -> Identity:
    return Identity.of(
        name=row.name,
        nik=row.nik,
        phone=row.phone,
        email=row.email,
        address=row.address,
        regency=row.regency,
        province=row.province,
    )


def _same_sender_possible(session: Session, identity: Identity, ids: list[int]) -> list[int]:
    """Of ``ids`` (found by the sender's identity alone), those whose sender may be this one: a namesake
    with another NIK has nothing to weigh, and its text is not read."""
    if not ids:
        return []
    rows = session.execute(
        select(IncomingLetter.id, *_SENDER_COLUMNS)
        .join(Complainant, Complainant.id == IncomingLetter.complainant_id)
        .where(IncomingLetter.id.in_(ids))
    ).all()
    possible = {r.id for r in rows if not sender_conflict(identity, _sender(r))}
    return [i for i in ids if i in possible]


def party_of(letter: Row) -> Party:
    """A candidate (a row of :data:`_CANDIDATE_COLUMNS`) as one side of a comparison."""
    return Party.of(
        comparable_text(letter.text, letter.subject, letter.summary),
        name=letter.name,
        nik=letter.nik,
        phone=letter.phone,
        email=letter.email,
        address=letter.address,
        regency=letter.regency,
        subject=letter.subject,
        letter_date=letter.letter_date,
        letter_no=letter.letter_no,
    )


def _original(session: Session, letter: IncomingLetter) -> IncomingLetter:
    """The earliest letter in the chain of re-sent letters ``letter`` belongs to."""
    seen = {letter.id}
    while (
        letter.duplicate_of_id
        and letter.duplicate_review != "rejected"
        and letter.duplicate_of_id not in seen
    ):
        earlier = session.get(IncomingLetter, letter.duplicate_of_id)
        if earlier is None:
            break
        seen.add(earlier.id)
        letter = earlier
    return letter


def _reasons(agenda_no: str, original: IncomingLetter, c: Comparison, old: Party) -> list[str]:
    reasons = c.reasons(agenda_no, old)
    if original.agenda_no != agenda_no:
        reasons.append(f"surat {agenda_no} sendiri pengiriman ulang dari {original.agenda_no}")
    reasons.append(_fate(original))
    return reasons


def _fate(original: IncomingLetter) -> str:
    """What became of the original, in the analyst's words."""
    received = f"surat asal {original.agenda_no} (diterima {long_date(original.received_at)})"
    if original.status == "received":
        return f"{received} belum ditindaklanjuti"
    state = _STATUS_WORDS.get(original.status, original.status)
    when = original.updated_at.date() if original.updated_at else original.received_at
    return f"{received} {state} pada {long_date(when)}"


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 2)
