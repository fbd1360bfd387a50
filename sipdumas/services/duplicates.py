"""The analyst's actions on duplicate flags: confirm or reject a flag, file a confirmed re-sent letter,
and rebuild the near-duplicate and identity index. Flags are set at registration
(:func:`letters.add_letter`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from sipdumas.db import audit
from sipdumas.db.engine import Database
from sipdumas.detection import index as duplicate_index
from sipdumas.detection import people
from sipdumas.domain.errors import ConflictError, ValidationFailed
from sipdumas.domain.indonesian import long_date
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.domain.statuses import LetterStatus
from sipdumas.models.letters import IncomingLetter
from sipdumas.services.letters import LetterRow, conflict_message, letter_row, load_letter
from sipdumas.services.workflow import move

CONFIRMED = "confirmed"
REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class Pair:
    """A flagged letter and the one it is said to repeat, for the side-by-side comparison."""

    letter: LetterRow
    original: LetterRow
    letter_text: str
    original_text: str
    score: float | None
    reasons: list[str]
    review: str | None


def review_flag(
    db: Database, actor: Actor, *, letter_id: int, expected_version: int, confirm: bool, note: str = ""
) -> LetterRow:
    """The analyst's decision on a duplicate flag (audited). A rejected flag keeps its reasons for the
    record but no longer counts: the letter is handled as a new complaint."""
    actor.require(Permission.EDIT_LETTER)
    with db.transaction() as session:
        letter = _flagged(session, letter_id, expected_version)
        letter.duplicate_review = CONFIRMED if confirm else REJECTED
        letter.updated_by = actor.username
        session.flush()
        audit.record(
            session,
            actor,
            "duplicate_confirmed" if confirm else "duplicate_rejected",
            "letter",
            letter.id,
            duplicate_of=letter.duplicate_of_id,
            note=note,
        )
        return letter_row(letter, show_identity=actor.can(Permission.VIEW_IDENTITY))


def file_as_handled(db: Database, actor: Actor, *, letter_id: int, expected_version: int) -> LetterRow:
    """File a re-sent letter without further action ("sudah ditindaklanjuti"), noting what was done
    with the original. Confirms the flag if it was not reviewed yet; refused for a rejected flag. The
    status move is the workflow's own step to "filed", with its permission."""
    with db.transaction() as session:
        letter = _flagged(session, letter_id, expected_version)
        if letter.duplicate_review == REJECTED:
            raise ValidationFailed({"duplicate": "Tanda duplikat surat ini sudah ditolak"})
        original = load_letter(session, letter.duplicate_of_id)
        when = original.updated_at.date() if original.updated_at else original.received_at
        note = (
            f"Sudah ditindaklanjuti: pengiriman ulang dari surat {original.agenda_no}, "
            f"yang berstatus {original.status} sejak {long_date(when)}"
        )
        letter.duplicate_review = CONFIRMED
        move(session, actor, letter, LetterStatus.FILED, note, original=original.agenda_no)
        return letter_row(letter, show_identity=actor.can(Permission.VIEW_IDENTITY))


def comparison(db: Database, actor: Actor, *, letter_id: int) -> Pair:
    """A flagged letter beside its suspected original, with both texts."""
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        letter = load_letter(session, letter_id)
        if letter.duplicate_of_id is None:
            raise ValidationFailed({"duplicate": f"Surat {letter.agenda_no} tidak ditandai duplikat"})
        original = load_letter(session, letter.duplicate_of_id)
        return Pair(
            letter=letter_row(letter, show_identity=actor.can(Permission.VIEW_IDENTITY)),
            original=letter_row(original, show_identity=actor.can(Permission.VIEW_IDENTITY)),
            letter_text=letter.text or letter.summary or letter.subject or "",
            original_text=original.text or original.summary or original.subject or "",
            score=letter.duplicate_score,
            reasons=list(letter.duplicate_reasons or []),
            review=letter.duplicate_review,
        )


@dataclass(frozen=True, slots=True)
class LetterRef:
    """A letter as another letter's screen names it: by agenda number."""

    id: int
    agenda_no: str
    received_at: date


def related_letters(db: Database, actor: Actor, *, letter_id: int) -> list[LetterRef]:
    """The letters about the same matter from other senders that the duplicate check found for
    ``letter_id``, oldest first."""
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        ids = list(load_letter(session, letter_id).related_ids or [])
        if not ids:
            return []
        rows = session.execute(
            select(IncomingLetter.id, IncomingLetter.agenda_no, IncomingLetter.received_at)
            .where(IncomingLetter.id.in_(ids))
            .order_by(IncomingLetter.id)
        )
        return [LetterRef(r.id, r.agenda_no, r.received_at) for r in rows]


def rebuild_index(db: Database, actor: Actor) -> int:
    """Recompute the near-duplicate index from every letter's text and sender (after a restore or an
    upgrade), and group the letters that belong to no complainant yet (letters registered before
    complainants were grouped; a letter that has one keeps it). Returns the number of letters indexed."""
    actor.require(Permission.MANAGE_SETTINGS)
    with db.transaction() as session:
        count = duplicate_index.rebuild(session)
        grouped = people.group_ungrouped(session)
        audit.record(session, actor, "reindex", "register", None, letters=count, grouped=grouped)
        return count


def _flagged(session: Session, letter_id: int, expected_version: int) -> IncomingLetter:
    letter = load_letter(session, letter_id)
    if letter.version != expected_version:
        raise ConflictError(conflict_message(letter))
    if letter.duplicate_of_id is None:
        raise ValidationFailed({"duplicate": f"Surat {letter.agenda_no} tidak ditandai duplikat"})
    return letter
