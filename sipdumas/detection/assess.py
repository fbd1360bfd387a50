"""What a letter would be flagged as, against the letters already registered (inside a transaction)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from sipdumas.detection import index
from sipdumas.detection.index import Fingerprint, comparable_text
from sipdumas.detection.verdict import Comparison, Party, compare, says_resent
from sipdumas.domain.indonesian import long_date
from sipdumas.models.letters import Document, IncomingLetter

#: Candidates from the index that are verified with the full texts (the most similar first).
VERIFY = 12
#: Estimated similarity below which a band candidate is not worth loading (NIK matches always are).
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
    """The duplicate verdict for one letter; ``duplicate_of`` None when it repeats nothing."""

    duplicate_of: int | None = None
    duplicate_agenda_no: str | None = None
    score: float | None = None
    reasons: list[str] = field(default_factory=list)
    related: list[int] = field(default_factory=list)
    search_ms: float = 0.0
    fingerprint: Fingerprint | None = None

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
    sha256: str | None = None,
    exclude_id: int | None = None,
) -> Assessment:
    started = time.perf_counter()
    body = comparable_text(text, subject, summary)
    fp = Fingerprint.of(text)
    out = Assessment(fingerprint=fp)
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
            out.search_ms = _ms(started)
            return out

    found = index.candidates(session, fp, nik=nik, exclude=exclude_id)
    worth = [i for i, estimate in found if estimate >= MIN_ESTIMATE or (nik and estimate == 0.0)][:VERIFY]
    if not worth:
        out.search_ms = _ms(started)
        return out
    letters = session.scalars(
        select(IncomingLetter).options(undefer(IncomingLetter.text)).where(IncomingLetter.id.in_(worth))
    ).unique()
    new = Party.of(body, name=name, nik=nik, phone=phone, email=email)
    resend = says_resent(text)
    duplicates: list[tuple[IncomingLetter, Comparison]] = []
    for letter in letters:
        c = letter.complainant
        old = Party.of(
            comparable_text(letter.text, letter.subject, letter.summary),
            name=c and c.name,
            nik=c and c.nik,
            phone=c and c.phone,
            email=c and c.email,
        )
        comparison = compare(new, old, resend=resend)
        if comparison.is_duplicate(new, old):
            duplicates.append((letter, comparison))
        elif comparison.is_related() and comparison.conflict:
            out.related.append(letter.id)
    out.related.sort()
    if duplicates:
        duplicates.sort(key=lambda pair: (-pair[1].score, pair[0].id))
        letter, comparison = duplicates[0]
        original = _original(session, letter)
        out.duplicate_of, out.duplicate_agenda_no, out.score = (
            original.id,
            original.agenda_no,
            comparison.score,
        )
        out.reasons = _reasons(letter, original, comparison)
    out.search_ms = _ms(started)
    return out


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


def _reasons(letter: IncomingLetter, original: IncomingLetter, c: Comparison) -> list[str]:
    reasons = []
    if c.same_nik:
        reasons.append(f"NIK sama dengan surat {letter.agenda_no}")
    if c.same_name:
        reasons.append(f"nama pengirim sama dengan surat {letter.agenda_no}")
    if c.same_contact:
        reasons.append("nomor telepon atau e-mail sama")
    reasons.append(f"isi {round(c.text * 100)}% sama")
    if c.resend:
        reasons.append("surat menyebut dirinya pengiriman ulang")
    reasons.extend(c.notes)
    if original.id != letter.id:
        reasons.append(f"surat {letter.agenda_no} sendiri pengiriman ulang dari {original.agenda_no}")
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
