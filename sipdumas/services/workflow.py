"""The review workflow: moving a letter through its statuses with the role rules of each step, its
status history, and the analyst's review note (telaah).

Who may take which step (checked here, so the CLI and the client obey the same rules):

===========================================  ==========================================
step                                         permission (roles)
===========================================  ==========================================
start review, decide clarification,          ``review_letter`` (analyst, supervisor, admin)
monitoring or filing, record an answer,
reopen a filed letter
forward to an agency                         ``forward_letter`` (analyst, supervisor, admin)
close a complaint                            ``close_letter`` (supervisor, admin)
===========================================  ==========================================

Every move is written to ``status_changes`` (user, time, note) and to the audit trail.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from sipdumas.db import audit
from sipdumas.db.engine import Database
from sipdumas.domain.errors import ConflictError, ValidationFailed
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.domain.statuses import TRANSITIONS, LetterStatus, check_transition
from sipdumas.models.letters import IncomingLetter
from sipdumas.models.workflow import Disposition, ReviewNote, StatusChange
from sipdumas.services import outbox
from sipdumas.services.letters import LetterRow, conflict_message, letter_row, load_letter

S = LetterStatus

STEP_PERMISSION: dict[str, Permission] = {
    S.UNDER_REVIEW: Permission.REVIEW_LETTER,
    S.CLARIFICATION: Permission.REVIEW_LETTER,
    S.MONITORING: Permission.REVIEW_LETTER,
    S.FILED: Permission.REVIEW_LETTER,
    S.ANSWERED: Permission.REVIEW_LETTER,
    S.FORWARDED: Permission.FORWARD_LETTER,
    S.CLOSED: Permission.CLOSE_LETTER,
}

#: The decisions a review can recommend (DOMAIN.md, "Decide").
RECOMMENDATIONS = (S.FORWARDED, S.CLARIFICATION, S.MONITORING, S.FILED)


@dataclass(frozen=True, slots=True)
class StatusEntry:
    old_status: str | None
    new_status: str
    username: str
    at: datetime
    note: str | None


@dataclass(frozen=True, slots=True)
class Review:
    """A telaah. ``suggested_related``: earlier letters the duplicate check linked to this one (the
    letter it repeats and the related letters), offered before the analyst saved any."""

    letter_id: int
    core_problem: str | None
    regulation: str | None
    related_ids: list[int]
    recommendation: str | None
    recommendation_note: str | None
    author: str | None
    version: int | None
    suggested_related: list[int]


def allowed_steps(actor: Actor, status: str) -> list[str]:
    """The statuses ``actor`` may move a letter in ``status`` to, in the workflow's order."""
    nxt = TRANSITIONS.get(status, frozenset())
    return [s.value for s in S if s in nxt and actor.can(STEP_PERMISSION[s])]


def move(
    session: Session,
    actor: Actor,
    letter: IncomingLetter,
    status: str,
    note: str = "",
    *,
    notify: bool = True,
    **details,
) -> None:
    """Move ``letter`` to ``status`` inside the caller's transaction: the role and the transition are
    checked, and the move is written to the status history and the audit trail. The one place a
    letter's status changes; ``details`` go into the audit entry. A letter that is in LAPOR! gets the
    change sent there through the outbox, unless ``notify`` is False (the change came from LAPOR!)."""
    actor.require(STEP_PERMISSION.get(status, Permission.REVIEW_LETTER))
    check_transition(letter.status, status)
    old = letter.status
    letter.status = status
    letter.updated_by = actor.username
    session.add(
        StatusChange(
            letter_id=letter.id, old_status=old, new_status=status, username=actor.username, note=note or None
        )
    )
    audit.record(session, actor, "status", "letter", letter.id, old=old, new=status, note=note, **details)
    if notify:
        outbox.status_changed(session, actor, letter, old, status)
    session.flush()


def change_status(
    db: Database, actor: Actor, *, letter_id: int, expected_version: int, status: str, note: str = ""
) -> LetterRow:
    """Take one workflow step, refused when someone changed the letter since ``expected_version``."""
    try:
        with db.transaction() as session:
            letter = load_letter(session, letter_id)
            if letter.version != expected_version:
                raise ConflictError(conflict_message(letter))
            move(session, actor, letter, status, note)
            return letter_row(letter, show_identity=actor.can(Permission.VIEW_IDENTITY))
    except StaleDataError:
        with db.session() as session:
            raise ConflictError(conflict_message(load_letter(session, letter_id))) from None


def history(db: Database, actor: Actor, *, letter_id: int) -> list[StatusEntry]:
    """Every status move of a letter, oldest first."""
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        stmt = select(StatusChange).where(StatusChange.letter_id == letter_id).order_by(StatusChange.id)
        return [
            StatusEntry(r.old_status, r.new_status, r.username, r.at, r.note) for r in session.scalars(stmt)
        ]


# ---------------------------------------------------------------- review notes (telaah)


def get_review(db: Database, actor: Actor, *, letter_id: int) -> Review:
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        letter = load_letter(session, letter_id)
        suggested = _suggested_related(letter)
        note = session.get(ReviewNote, letter_id)
        if note is None:
            return Review(letter_id, None, None, suggested, None, None, None, None, suggested)
        return Review(
            letter_id,
            note.core_problem,
            note.regulation,
            list(note.related_ids or []),
            note.recommendation,
            note.recommendation_note,
            note.author,
            note.version,
            suggested,
        )


def save_review(
    db: Database,
    actor: Actor,
    *,
    letter_id: int,
    core_problem: str | None,
    regulation: str | None = None,
    related_ids: list[int] | None = None,
    recommendation: str | None = None,
    recommendation_note: str | None = None,
    expected_version: int | None = None,
) -> Review:
    """Write the telaah of a letter. A letter still "received" moves to "under review". ``related_ids``
    None takes the letters the duplicate check linked; ids of letters that do not exist are refused.
    ``expected_version``: the note's version when it was opened (None for a new note)."""
    actor.require(Permission.REVIEW_LETTER)
    problems: dict[str, str] = {}
    if recommendation is not None and recommendation not in RECOMMENDATIONS:
        problems["recommendation"] = f"Rekomendasi '{recommendation}' tidak dikenal"
    if not (core_problem or "").strip():
        problems["core_problem"] = "Pokok permasalahan wajib diisi"
    if problems:
        raise ValidationFailed(problems)
    try:
        with db.transaction() as session:
            letter = load_letter(session, letter_id)
            ids = (
                _suggested_related(letter) if related_ids is None else sorted(set(related_ids) - {letter_id})
            )
            missing = [i for i in ids if session.get(IncomingLetter, i) is None]
            if missing:
                raise ValidationFailed({"related_ids": f"Surat terkait tidak ditemukan: {missing}"})
            note = session.get(ReviewNote, letter_id)
            current = note.version if note else None
            if current != expected_version:
                raise ConflictError(
                    f"Telaah surat {letter.agenda_no} sudah diubah oleh {note.author if note else '-'}; "
                    "muat ulang lalu ulangi perubahan."
                )
            if note is None:
                note = ReviewNote(letter_id=letter_id)
                session.add(note)
            note.core_problem = (core_problem or "").strip()
            note.regulation = (regulation or "").strip() or None
            note.related_ids = ids
            note.recommendation = recommendation
            note.recommendation_note = (recommendation_note or "").strip() or None
            note.author = actor.username
            if letter.status == S.RECEIVED:
                move(session, actor, letter, S.UNDER_REVIEW, "Telaah dimulai")
            session.flush()
            audit.record(
                session,
                actor,
                "review",
                "letter",
                letter_id,
                recommendation=recommendation,
                related=ids,
            )
            return Review(
                letter_id,
                note.core_problem,
                note.regulation,
                ids,
                recommendation,
                note.recommendation_note,
                actor.username,
                note.version,
                _suggested_related(letter),
            )
    except StaleDataError:
        raise ConflictError("Telaah sudah diubah orang lain; muat ulang lalu ulangi perubahan.") from None


def _suggested_related(letter: IncomingLetter) -> list[int]:
    ids = list(letter.related_ids or [])
    if letter.duplicate_of_id and letter.duplicate_review != "rejected":
        ids.insert(0, letter.duplicate_of_id)
    return sorted(set(ids) - {letter.id})


# ---------------------------------------------------------------- disposisi


@dataclass(frozen=True, slots=True)
class DispositionInfo:
    id: int
    letter_id: int
    assigned_by: str
    assignee: str
    instructions: list[str]
    note: str | None
    urgency: str
    active: bool
    created_at: datetime | None


def dispose(
    db: Database,
    actor: Actor,
    *,
    letter_id: int,
    assignee: str,
    instructions: list[str],
    note: str = "",
    urgency: str = "Biasa",
) -> DispositionInfo:
    """A supervisor's disposisi: ``assignee`` (a username) handles the letter as ``instructions`` say.
    It replaces any earlier disposition of the letter, so the letter is on one analyst's list at a
    time. Once user accounts exist, the assignee must be an active account that may review letters."""
    from sipdumas.domain.permissions import ROLE_PERMISSIONS, Role
    from sipdumas.models.admin import User

    actor.require(Permission.DISPOSE_LETTER)
    assignee = (assignee or "").strip()
    instructions = [i.strip() for i in instructions if i and i.strip()]
    if not assignee:
        raise ValidationFailed({"assignee": "Penerima disposisi wajib diisi"})
    if not instructions:
        raise ValidationFailed({"instructions": "Pilih paling sedikit satu instruksi"})
    with db.transaction() as session:
        letter = load_letter(session, letter_id)
        if session.scalar(select(User.id).limit(1)) is not None:
            user = session.scalar(select(User).where(User.username == assignee))
            if user is None or not user.active:
                raise ValidationFailed({"assignee": f"Pengguna '{assignee}' tidak ada atau tidak aktif"})
            if Permission.REVIEW_LETTER not in ROLE_PERMISSIONS[Role(user.role)]:
                raise ValidationFailed({"assignee": f"Pengguna '{assignee}' tidak berwenang menelaah surat"})
        for old in session.scalars(
            select(Disposition).where(Disposition.letter_id == letter_id, Disposition.active.is_(True))
        ):
            old.active = False
        row = Disposition(
            letter_id=letter_id,
            assigned_by=actor.username,
            assignee=assignee,
            instructions=instructions,
            note=(note or "").strip() or None,
            urgency=urgency,
            active=True,
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor,
            "disposition",
            "letter",
            letter.id,
            assignee=assignee,
            instructions=instructions,
            note=note,
        )
        return _disposition_info(row)


def dispositions(db: Database, actor: Actor, *, letter_id: int) -> list[DispositionInfo]:
    """Every disposition of a letter, oldest first (the last active one is in force)."""
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        stmt = select(Disposition).where(Disposition.letter_id == letter_id).order_by(Disposition.id)
        return [_disposition_info(d) for d in session.scalars(stmt)]


def _disposition_info(d: Disposition) -> DispositionInfo:
    return DispositionInfo(
        d.id,
        d.letter_id,
        d.assigned_by,
        d.assignee,
        list(d.instructions or []),
        d.note,
        d.urgency,
        d.active,
        d.created_at,
    )
