"""The physical archive: locations (gedung/ruang, rak, boks, map), where each file stands, its archive
classification code and retention under the JRA (jadwal retensi arsip), and moving, merging and
splitting files. Every change is a line in the file's history (``archive_file_events``) and in the
audit trail. Every archive service finds a file by its barcode (:func:`find_file`), writes where it
stands (:func:`location_text`) and records a line of its history (:func:`record_event`) through here.
Lending is in :mod:`sipdumas.services.archive.loans`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from sipdumas.db import audit
from sipdumas.db.engine import Database
from sipdumas.domain.errors import ConflictError, NotFound, ValidationFailed
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.models.archive import ArchiveFile, ArchiveFileEvent, ArchiveLocation, Loan
from sipdumas.models.letters import IncomingLetter
from sipdumas.services.archive.errors import LoanRefused, UnknownCode

#: Final dispositions of the JRA (keterangan penyusutan).
FINAL_DISPOSITIONS = ("musnah", "permanen", "dinilai kembali")


@dataclass(frozen=True, slots=True)
class LocationView:
    id: int
    code: str
    building: str | None
    room: str | None
    shelf: str | None
    box: str | None
    folder: str | None
    description: str


@dataclass(frozen=True, slots=True)
class FileView:
    id: int
    code: str
    title: str | None
    classification_code: str | None
    location: str | None
    location_code: str | None
    confidential: bool
    retention_active_years: int | None
    retention_inactive_years: int | None
    final_disposition: str | None
    merged_into: str | None
    letters: tuple[str, ...]  # agenda numbers of the letters in the file

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "code": self.code,
            "title": self.title,
            "classification_code": self.classification_code,
            "location": self.location,
            "location_code": self.location_code,
            "confidential": self.confidential,
            "retention_active_years": self.retention_active_years,
            "retention_inactive_years": self.retention_inactive_years,
            "final_disposition": self.final_disposition,
            "merged_into": self.merged_into,
            "letters": list(self.letters),
        }


@dataclass(frozen=True, slots=True)
class FileEvent:
    at: datetime
    username: str
    action: str
    details: dict


# ---------------------------------------------------------------------- shared by the archive services


def find_file(session: Session, code: str, *, lock: bool = False) -> ArchiveFile:
    """The file with barcode ``code`` (spaces around it and letter case forgiven, as scanners and
    keyboards vary); :class:`~sipdumas.services.archive.errors.UnknownCode` when there is none."""
    wanted = (code or "").strip()
    if not wanted:
        raise UnknownCode("Kode berkas kosong: pindai atau ketik kode pada label berkas")
    stmt = select(ArchiveFile).where(ArchiveFile.archive_code == wanted)
    if lock:
        stmt = stmt.with_for_update()
    archive_file = session.scalar(stmt)
    if archive_file is None and wanted.upper() != wanted:
        stmt = select(ArchiveFile).where(ArchiveFile.archive_code == wanted.upper())
        archive_file = session.scalar(stmt.with_for_update() if lock else stmt)
    if archive_file is None:
        raise UnknownCode(f"Kode berkas {wanted} tidak dikenal: tidak ada berkas dengan kode itu")
    return archive_file


def location_text(session: Session, archive_file: ArchiveFile) -> str | None:
    """Where the file stands, in words (its registered place, else the free text it was given)."""
    if archive_file.location_id is not None:
        place = session.get(ArchiveLocation, archive_file.location_id)
        if place is not None:
            return place.describe()
    return archive_file.location


def record_event(session: Session, actor: Actor, archive_file_id: int, action: str, **details: Any) -> None:
    """One line of the file's history (and the same in the audit trail)."""
    session.add(
        ArchiveFileEvent(
            archive_file_id=archive_file_id, username=actor.username, action=action, details=details
        )
    )
    audit.record(session, actor, action, "archive_file", archive_file_id, **details)


# -------------------------------------------------------------------------------- places and files


def _location_view(loc: ArchiveLocation) -> LocationView:
    return LocationView(
        loc.id, loc.code, loc.building, loc.room, loc.shelf, loc.box, loc.folder, loc.describe()
    )


def add_location(
    db: Database,
    actor: Actor,
    *,
    code: str,
    building: str | None = None,
    room: str | None = None,
    shelf: str | None = None,
    box: str | None = None,
    folder: str | None = None,
) -> LocationView:
    """A new place in the archive; ``code`` goes on the box label."""
    actor.require(Permission.MANAGE_ARCHIVE)
    code = (code or "").strip().upper()
    if not code:
        raise ValidationFailed({"code": "Kode lokasi wajib diisi"})
    with db.transaction() as session:
        if session.scalar(select(ArchiveLocation.id).where(ArchiveLocation.code == code)):
            raise ConflictError(f"Kode lokasi {code} sudah dipakai")
        loc = ArchiveLocation(
            code=code, building=building, room=room, shelf=shelf, box=box, folder=folder, active=True
        )
        session.add(loc)
        session.flush()
        audit.record(session, actor, "location_added", "archive_location", loc.id, code=code)
        return _location_view(loc)


def list_locations(db: Database, actor: Actor) -> list[LocationView]:
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        return [
            _location_view(loc)
            for loc in session.scalars(select(ArchiveLocation).order_by(ArchiveLocation.code))
        ]


def _find_location(session: Session, code: str) -> ArchiveLocation:
    loc = session.scalar(select(ArchiveLocation).where(ArchiveLocation.code == (code or "").strip().upper()))
    if loc is None:
        raise NotFound(f"Lokasi {code} tidak dikenal")
    return loc


def _file_view(session: Session, f: ArchiveFile) -> FileView:
    loc = session.get(ArchiveLocation, f.location_id) if f.location_id else None
    merged = session.get(ArchiveFile, f.merged_into_id) if f.merged_into_id else None
    letters = tuple(
        session.scalars(
            select(IncomingLetter.agenda_no)
            .where(IncomingLetter.archive_file_id == f.id)
            .order_by(IncomingLetter.id)
        )
    )
    return FileView(
        id=f.id,
        code=f.archive_code,
        title=f.title,
        classification_code=f.classification_code,
        location=location_text(session, f),
        location_code=loc.code if loc else None,
        confidential=bool(f.confidential),
        retention_active_years=f.retention_active_years,
        retention_inactive_years=f.retention_inactive_years,
        final_disposition=f.final_disposition,
        merged_into=merged.archive_code if merged else None,
        letters=letters,
    )


def get_file(db: Database, actor: Actor, *, code: str) -> FileView:
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        return _file_view(session, find_file(session, code))


def describe_file(
    db: Database,
    actor: Actor,
    *,
    code: str,
    classification_code: str | None = None,
    retention_active_years: int | None = None,
    retention_inactive_years: int | None = None,
    final_disposition: str | None = None,
    confidential: bool | None = None,
    title: str | None = None,
) -> FileView:
    """Set a file's archive classification code, JRA retention and confidentiality (only the given ones)."""
    actor.require(Permission.MANAGE_ARCHIVE)
    problems = {}
    for name, value in (
        ("retention_active_years", retention_active_years),
        ("retention_inactive_years", retention_inactive_years),
    ):
        if value is not None and not 0 <= value <= 100:
            problems[name] = "Masa retensi harus 0 sampai 100 tahun"
    if final_disposition is not None and final_disposition not in FINAL_DISPOSITIONS:
        problems["final_disposition"] = "Pilih musnah, permanen atau dinilai kembali"
    if problems:
        raise ValidationFailed(problems)
    with db.transaction() as session:
        f = find_file(session, code, lock=True)
        changes = {}
        for attr, value in (
            ("classification_code", classification_code),
            ("title", title),
            ("retention_active_years", retention_active_years),
            ("retention_inactive_years", retention_inactive_years),
            ("final_disposition", final_disposition),
            ("confidential", confidential),
        ):
            if value is not None and getattr(f, attr) != value:
                changes[attr] = {"old": getattr(f, attr), "new": value}
                setattr(f, attr, value)
        if changes:
            record_event(session, actor, f.id, "described", changes=changes)
        session.flush()
        return _file_view(session, f)


def move_file(db: Database, actor: Actor, *, code: str, location_code: str) -> FileView:
    """Put a file in another place (box, shelf ...); its history keeps where it was."""
    actor.require(Permission.MANAGE_ARCHIVE)
    with db.transaction() as session:
        f = find_file(session, code, lock=True)
        target = _find_location(session, location_code)
        old = session.get(ArchiveLocation, f.location_id) if f.location_id else None
        f.location_id = target.id
        f.location = target.describe()[:300]
        record_event(
            session,
            actor,
            f.id,
            "moved",
            old=old.code if old else None,
            new=target.code,
            description=target.describe(),
        )
        session.flush()
        return _file_view(session, f)


def _refuse_if_out(session: Session, f: ArchiveFile) -> None:
    if session.scalar(select(Loan.id).where(Loan.archive_file_id == f.id, Loan.returned_at.is_(None))):
        raise LoanRefused(f"Berkas {f.archive_code} sedang dipinjam: kembalikan dulu sebelum diubah isinya")
    if f.merged_into_id is not None:
        raise LoanRefused(f"Berkas {f.archive_code} sudah digabung ke berkas lain")


def merge_files(db: Database, actor: Actor, *, into: str, codes: list[str]) -> FileView:
    """Put the letters of the files ``codes`` into file ``into`` (e.g. a re-sent letter joins the
    original's file). The emptied files remain, marked as merged, so their labels still resolve."""
    actor.require(Permission.MANAGE_ARCHIVE)
    with db.transaction() as session:
        target = find_file(session, into, lock=True)
        _refuse_if_out(session, target)
        sources = []
        for code in codes:
            f = find_file(session, code, lock=True)
            if f.id == target.id:
                raise ValidationFailed(
                    {"codes": f"Berkas {f.archive_code} tidak dapat digabung ke dirinya sendiri"}
                )
            _refuse_if_out(session, f)
            sources.append(f)
        for f in sources:
            moved = list(
                session.scalars(
                    select(IncomingLetter.agenda_no).where(IncomingLetter.archive_file_id == f.id)
                )
            )
            session.execute(
                update(IncomingLetter)
                .where(IncomingLetter.archive_file_id == f.id)
                .values(archive_file_id=target.id, version=IncomingLetter.version + 1)
                .execution_options(synchronize_session=False)
            )
            f.merged_into_id = target.id
            record_event(session, actor, f.id, "merged_into", into=target.archive_code, letters=moved)
            record_event(session, actor, target.id, "merged_from", source=f.archive_code, letters=moved)
        session.flush()
        return _file_view(session, target)


def split_file(
    db: Database, actor: Actor, *, code: str, agenda_numbers: list[str], title: str | None = None
) -> FileView:
    """Take some letters out of a file into a new file of their own, in the same place; the new file's
    code is the old one with a suffix (``BRK-2026-00001.1``)."""
    actor.require(Permission.MANAGE_ARCHIVE)
    with db.transaction() as session:
        source = find_file(session, code, lock=True)
        _refuse_if_out(session, source)
        letters = list(
            session.scalars(select(IncomingLetter).where(IncomingLetter.archive_file_id == source.id))
        )
        wanted = {a.strip() for a in agenda_numbers if a.strip()}
        chosen = [le for le in letters if le.agenda_no in wanted]
        if missing := wanted - {le.agenda_no for le in chosen}:
            raise ValidationFailed(
                {"letters": f"Tidak ada di berkas {source.archive_code}: {', '.join(sorted(missing))}"}
            )
        if not chosen or len(chosen) == len(letters):
            raise ValidationFailed(
                {"letters": "Pilih sebagian surat dari berkas itu (bukan tidak satu pun, bukan semuanya)"}
            )
        siblings = session.scalar(
            select(func.count())
            .select_from(ArchiveFile)
            .where(ArchiveFile.archive_code.like(f"{source.archive_code}.%"))
        )
        new = ArchiveFile(
            archive_code=f"{source.archive_code}.{siblings + 1}",
            title=title or source.title,
            classification_code=source.classification_code,
            location=source.location,
            location_id=source.location_id,
            confidential=source.confidential,
            retention_active_years=source.retention_active_years,
            retention_inactive_years=source.retention_inactive_years,
            final_disposition=source.final_disposition,
        )
        session.add(new)
        session.flush()
        for le in chosen:
            le.archive_file_id = new.id
        numbers = [le.agenda_no for le in chosen]
        record_event(session, actor, source.id, "split_to", new=new.archive_code, letters=numbers)
        record_event(session, actor, new.id, "split_from", source=source.archive_code, letters=numbers)
        session.flush()
        return _file_view(session, new)


def file_history(db: Database, actor: Actor, *, code: str) -> list[FileEvent]:
    """Everything that happened to a file, oldest first: moves, merges, splits, loans and returns."""
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        f = find_file(session, code)
        rows = session.scalars(
            select(ArchiveFileEvent)
            .where(ArchiveFileEvent.archive_file_id == f.id)
            .order_by(ArchiveFileEvent.id)
        )
        return [FileEvent(e.at, e.username, e.action, dict(e.details or {})) for e in rows]


# ---------------------------------------------------------------------------- finding a file by text


@dataclass(frozen=True, slots=True)
class FileMatch:
    """A file found by :func:`search_files`: enough for the desk to tell it apart from the others."""

    code: str
    title: str | None
    classification_code: str | None
    location: str | None
    letter_count: int
    lent: bool
    merged_into: str | None


def _like(word: str) -> str:
    escaped = word.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_files(db: Database, actor: Actor, *, text: str, limit: int = 50) -> list[FileMatch]:
    """Files whose code, title, classification code, or a letter inside (agenda number, letter number,
    subject) contains every word of ``text``, newest code first; for a file whose label cannot be
    scanned (torn, missing) or when only the matter is known. Empty ``text`` finds nothing."""
    actor.require(Permission.VIEW_REGISTER)
    words = (text or "").split()[:8]
    if not words:
        return []
    stmt = select(ArchiveFile)
    for word in words:
        pattern = _like(word)
        in_letter = (
            select(IncomingLetter.id)
            .where(
                IncomingLetter.archive_file_id == ArchiveFile.id,
                or_(
                    func.lower(IncomingLetter.agenda_no).like(pattern, escape="\\"),
                    func.lower(IncomingLetter.letter_no).like(pattern, escape="\\"),
                    func.lower(IncomingLetter.subject).like(pattern, escape="\\"),
                ),
            )
            .exists()
        )
        stmt = stmt.where(
            or_(
                func.lower(ArchiveFile.archive_code).like(pattern, escape="\\"),
                func.lower(ArchiveFile.title).like(pattern, escape="\\"),
                func.lower(ArchiveFile.classification_code).like(pattern, escape="\\"),
                in_letter,
            )
        )
    stmt = stmt.order_by(ArchiveFile.archive_code.desc()).limit(max(1, min(limit, 500)))
    with db.session() as session:
        files = list(session.scalars(stmt))
        if not files:
            return []
        ids = [f.id for f in files]
        counts = dict(
            session.execute(
                select(IncomingLetter.archive_file_id, func.count())
                .where(IncomingLetter.archive_file_id.in_(ids))
                .group_by(IncomingLetter.archive_file_id)
            ).all()
        )
        out = set(
            session.scalars(
                select(Loan.archive_file_id).where(Loan.archive_file_id.in_(ids), Loan.returned_at.is_(None))
            )
        )
        targets = {f.merged_into_id for f in files if f.merged_into_id}
        codes = {}
        if targets:
            codes = dict(
                session.execute(
                    select(ArchiveFile.id, ArchiveFile.archive_code).where(ArchiveFile.id.in_(targets))
                ).all()
            )
        return [
            FileMatch(
                code=f.archive_code,
                title=f.title,
                classification_code=f.classification_code,
                location=location_text(session, f),
                letter_count=counts.get(f.id, 0),
                lent=f.id in out,
                merged_into=codes.get(f.merged_into_id),
            )
            for f in files
        ]


@dataclass(frozen=True, slots=True)
class FileLetter:
    """A letter inside a file, as the file's card lists it."""

    agenda_no: str
    received_at: date
    subject: str | None


def file_letters(db: Database, actor: Actor, *, code: str) -> list[FileLetter]:
    """The letters in file ``code``, in the order they were registered."""
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        f = find_file(session, code)
        rows = session.execute(
            select(IncomingLetter.agenda_no, IncomingLetter.received_at, IncomingLetter.subject)
            .where(IncomingLetter.archive_file_id == f.id)
            .order_by(IncomingLetter.id)
        ).all()
        return [FileLetter(*r) for r in rows]
