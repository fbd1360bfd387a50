"""The analyst's actions on duplicate flags: confirm or reject a flag, file a confirmed re-sent letter,
and rebuild the near-duplicate and identity index; and the letters a letter is linked to, in both
directions. Flags are set at registration (:func:`letters.add_letter`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, bindparam, or_, select, text
from sqlalchemy.orm import Session

from sipdumas.db import audit
from sipdumas.db.engine import Database
from sipdumas.detection import index as duplicate_index
from sipdumas.detection import people
from sipdumas.domain.errors import ConflictError, ValidationFailed
from sipdumas.domain.identity import HIDDEN_IDENTITY
from sipdumas.domain.indonesian import long_date
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.domain.statuses import LetterStatus
from sipdumas.models.letters import FLAG_PREDICATES, IncomingLetter
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


#: How a linked letter relates to the letter asked about (:func:`related_letters`).
ORIGINAL = "original"  # the letter asked about is flagged as re-sending this one
RESENT = "resent"  # this one is flagged as re-sending the letter asked about
RELATED = "related"  # the same matter from another sender, registered before or after


@dataclass(frozen=True, slots=True)
class RelatedLetter:
    """A letter linked to another: ``relation`` is :data:`ORIGINAL`, :data:`RESENT` or :data:`RELATED`;
    for the first two ``review`` is the analyst's answer to the flag and ``score`` its similarity."""

    id: int
    agenda_no: str
    relation: str
    received_at: date
    subject: str | None
    sender_name: str | None
    status: str
    review: str | None = None
    score: float | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "agenda_no": self.agenda_no,
            "relation": self.relation,
            "received_at": self.received_at.isoformat(),
            "subject": self.subject,
            "sender_name": self.sender_name,
            "status": self.status,
            "review": self.review,
            "score": self.score,
        }


def related_letters(db: Database, actor: Actor, *, letter_id: int) -> list[RelatedLetter]:
    """Every letter linked to letter ``letter_id``, named from its side: the original it is flagged as
    re-sending, the letters flagged as re-sending it, and the letters about the same matter from other
    senders, both those it names (registered before it) and the later ones that name it. Registration
    stores a link on the later letter only; the earlier side is found here, by a query, so nothing has
    to be kept in step. Original first, then re-sent copies, then related letters, each by id."""
    actor.require(Permission.VIEW_REGISTER)
    shown = actor.can(Permission.VIEW_IDENTITY)
    with db.session() as session:
        letter = load_letter(session, letter_id)
        forward = [i for i in letter.related_ids or [] if i != letter_id]
        # Later letters naming this one; only letters carrying the flag (its partial index) are read.
        if db.dialect == "sqlite":
            names_it = text(
                "EXISTS (SELECT 1 FROM json_each(incoming_letters.related_ids) AS j WHERE j.value = :lid)"
            ).bindparams(bindparam("lid", letter_id))
        else:
            names_it = text("CAST(incoming_letters.related_ids AS JSONB) @> CAST(:ids AS JSONB)").bindparams(
                bindparam("ids", f"[{int(letter_id)}]")
            )
        related_later = and_(IncomingLetter.id > letter_id, text(FLAG_PREDICATES["related"]), names_it)
        links = [IncomingLetter.duplicate_of_id == letter_id, related_later]
        if letter.duplicate_of_id is not None:
            links.append(IncomingLetter.id == letter.duplicate_of_id)
        if forward:
            links.append(IncomingLetter.id.in_(forward))
        found = session.scalars(
            select(IncomingLetter).where(or_(*links)).order_by(IncomingLetter.id)
        ).unique()
        out = []
        for other in found:
            if other.id == letter_id:
                continue
            if other.id == letter.duplicate_of_id:
                relation, review, score = ORIGINAL, letter.duplicate_review, letter.duplicate_score
            elif other.duplicate_of_id == letter_id:
                relation, review, score = RESENT, other.duplicate_review, other.duplicate_score
            else:
                relation, review, score = RELATED, None, None
            out.append(
                RelatedLetter(
                    id=other.id,
                    agenda_no=other.agenda_no,
                    relation=relation,
                    received_at=other.received_at,
                    subject=other.subject,
                    sender_name=(other.complainant.name if shown else HIDDEN_IDENTITY)
                    if other.complainant and other.complainant.name
                    else None,
                    status=other.status,
                    review=review,
                    score=score,
                )
            )
    order = {ORIGINAL: 0, RESENT: 1, RELATED: 2}
    return sorted(out, key=lambda r: (order[r.relation], r.id))


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
