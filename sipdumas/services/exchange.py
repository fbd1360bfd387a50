"""Exchange with other units (e.g. the Vice President's secretariat) that receive the same letters.

- :func:`export_complaints` writes what this unit is handling as an exchange document
  (:mod:`sipdumas.exchange.bundle`): each complaint's fields, scans and status history; ``confidential``
  leaves out the complainant's identity and the scans (DOMAIN.md, "Confidentiality"); ``fingerprints``
  sends only each complaint's reference, dates, status and MinHash signature: no text, no identity.
- :func:`import_complaints` reads another unit's document (validated against the schema first): full
  complaints become letters here (channel as there, the other unit's agenda number kept as a reference,
  so a second import of the same document registers nothing twice, and the duplicate check flags a
  complaint already here); fingerprints are kept in ``unit_fingerprints``.
- :func:`unit_matches` finds the letters here whose text matches a complaint another unit handles,
  through the same LSH index as re-sent letters, so one complaint is not handled twice.
"""

from __future__ import annotations

import base64
import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from sipdumas.db import audit
from sipdumas.db import settings as settings_rows
from sipdumas.db.engine import Database
from sipdumas.db.storage import FileStore
from sipdumas.detection import fingerprint
from sipdumas.detection import index as duplicate_index
from sipdumas.domain.errors import ServiceError, ValidationFailed
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.exchange import bundle
from sipdumas.models.detection import LetterFingerprint
from sipdumas.models.exchange import ExternalRef, UnitFingerprint
from sipdumas.models.letters import Document, DocumentPage, IncomingLetter
from sipdumas.models.workflow import StatusChange
from sipdumas.services import outbox
from sipdumas.services.letters import LetterInput, SenderData, add_letter, channel_of, normalized

_UNIT_KEY = "exchange_unit"
#: Estimated text similarity from which a complaint of another unit is shown as the same one.
MATCH_THRESHOLD = 0.5


@dataclass(frozen=True, slots=True)
class UnitSettings:
    """This unit as other units know it: a short code (it names the references kept for its
    complaints elsewhere) and its name."""

    code: str = "DUMAS"
    name: str = ""

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(slots=True)
class ExportResult:
    file: str
    complaints: int
    attachments: int
    content: str

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(slots=True)
class ImportResult:
    file: str
    unit: str
    content: str
    registered: int = 0
    skipped: int = 0
    fingerprints: int = 0
    letters: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True, slots=True)
class UnitMatch:
    """A letter here and a complaint another unit is handling that have nearly the same text."""

    letter_id: int
    agenda_no: str
    unit: str
    unit_ref: str
    unit_status: str | None
    similarity: float

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


# ---------------------------------------------------------------- settings


def load_unit(session: Session) -> UnitSettings:
    data = settings_rows.read_json(session, _UNIT_KEY)
    return UnitSettings(**{k: v for k, v in data.items() if k in UnitSettings.__dataclass_fields__})


def unit_settings(db: Database, actor: Actor) -> UnitSettings:
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        return load_unit(session)


def save_unit_settings(db: Database, actor: Actor, *, settings: UnitSettings) -> UnitSettings:
    actor.require(Permission.MANAGE_SETTINGS)
    code = settings.code.strip()
    if not code or len(code) > 40 or not code.replace("-", "").replace("_", "").isalnum():
        raise ValidationFailed({"code": "Kode unit wajib diisi: huruf, angka, - atau _, paling panjang 40"})
    conf = UnitSettings(code=code, name=settings.name.strip())
    with db.transaction() as session:
        settings_rows.write_json(session, _UNIT_KEY, conf.to_json())
        audit.record(session, actor, "settings", "exchange_unit", None, **conf.to_json())
    return conf


# ---------------------------------------------------------------- export


def export_complaints(
    db: Database,
    actor: Actor,
    *,
    out: Path,
    letter_ids: Sequence[int] | None = None,
    received_from: date | None = None,
    received_to: date | None = None,
    status: str | None = None,
    confidential: bool = False,
    fingerprints: bool = False,
) -> ExportResult:
    """Write the complaints chosen (by id, or by date received and status) to ``out`` (``.zip`` bundle
    or ``.json``); see the module's docstring for ``confidential`` and ``fingerprints``."""
    actor.require(Permission.PRINT_LETTERS)
    store = FileStore(db.data_dir)
    files: dict[str, bytes] = {}
    complaints = []
    with db.session() as session:
        unit = load_unit(session)
        stmt = select(IncomingLetter).order_by(IncomingLetter.id)
        if letter_ids is not None:
            stmt = stmt.where(IncomingLetter.id.in_(list(letter_ids)))
        if received_from:
            stmt = stmt.where(IncomingLetter.received_at >= received_from)
        if received_to:
            stmt = stmt.where(IncomingLetter.received_at <= received_to)
        if status:
            stmt = stmt.where(IncomingLetter.status == status)
        for letter in session.scalars(stmt).unique():
            if fingerprints:
                complaints.append(_fingerprint_only(session, letter))
            else:
                complaints.append(_complaint(session, letter, confidential, store, files))
    document = {
        "format": bundle.FORMAT,
        "version": bundle.VERSION,
        "unit": {"code": unit.code, "name": unit.name},
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "content": "fingerprints" if fingerprints else "full",
        "complaints": complaints,
    }
    bundle.write(Path(out), document, files)
    with db.transaction() as session:
        audit.record(
            session,
            actor,
            "exchange_export",
            "letters",
            None,
            file=str(out),
            complaints=len(complaints),
            confidential=confidential,
            fingerprints=fingerprints,
        )
    return ExportResult(
        file=str(out),
        complaints=len(complaints),
        attachments=sum(len(c.get("attachments", [])) for c in complaints),
        content=document["content"],
    )


def _signature(session: Session, letter: IncomingLetter) -> dict[str, str] | None:
    blob = session.scalar(select(LetterFingerprint.signature).where(LetterFingerprint.letter_id == letter.id))
    if blob is None:
        return None
    return {"scheme": bundle.FINGERPRINT_SCHEME, "signature": base64.b64encode(blob).decode("ascii")}


def _fingerprint_only(session: Session, letter: IncomingLetter) -> dict[str, Any]:
    return {
        "ref": letter.agenda_no,
        "received_at": letter.received_at.isoformat(),
        "category": letter.category,
        "status": letter.status,
        "confidential": True,
        "fingerprint": _signature(session, letter),
    }


def _complaint(
    session: Session, letter: IncomingLetter, confidential: bool, store: FileStore, files: dict[str, bytes]
) -> dict[str, Any]:
    c = letter.complainant
    history = session.scalars(
        select(StatusChange).where(StatusChange.letter_id == letter.id).order_by(StatusChange.id)
    ).all()
    refs = session.execute(
        select(ExternalRef.system, ExternalRef.external_id).where(ExternalRef.letter_id == letter.id)
    ).all()
    out: dict[str, Any] = {
        "ref": letter.agenda_no,
        "received_at": letter.received_at.isoformat(),
        "channel": letter.channel,
        "letter_no": letter.letter_no,
        "letter_date": letter.letter_date.isoformat() if letter.letter_date else None,
        "place": letter.place,
        "subject": letter.subject,
        "summary": letter.summary,
        "category": letter.category,
        "addressee": letter.addressee,
        "cc": list(letter.cc or []),
        "carbon_copy": bool(letter.carbon_copy),
        "confidential": confidential,
        "complainant": None,
        "reported_party": {"name": letter.reported_party, "position": letter.reported_position},
        "text": None if confidential else letter.text,
        "status": letter.status,
        "status_history": [
            {
                "at": h.at.isoformat() if h.at else "",
                "from": h.old_status,
                "to": h.new_status,
                "by": h.username,
                "note": h.note,
            }
            for h in history
        ],
        "references": [{"system": s, "id": i} for s, i in refs],
        "fingerprint": _signature(session, letter),
        "attachments": [],
    }
    if not confidential:
        if c is not None:
            out["complainant"] = {
                "name": c.name,
                "nik": c.nik,
                "phone": c.phone,
                "email": c.email,
                "address": c.address,
                "occupation": c.occupation,
                "regency": c.regency,
            }
        for d in session.scalars(
            select(Document).where(Document.letter_id == letter.id).order_by(Document.id)
        ):
            files[d.sha256] = store.read(d.sha256)
            out["attachments"].append(
                {"file_name": d.file_name, "media_type": d.media_type, "sha256": d.sha256, "size": d.size}
            )
    return out


# ---------------------------------------------------------------- import


def import_complaints(db: Database, actor: Actor, *, path: Path, today: date | None = None) -> ImportResult:
    """Read another unit's exchange document (validated first: nothing is read from an invalid one)."""
    actor.require(Permission.REGISTER_LETTER)
    today = today or date.today()
    document, files = bundle.read(Path(path))
    unit = document["unit"]["code"]
    with db.session() as session:
        if unit == load_unit(session).code:
            raise ValidationFailed({"unit": f"Berkas ini dari unit sendiri ({unit})"})
    content = document.get("content", "full")
    result = ImportResult(file=str(path), unit=unit, content=content)
    system = f"unit:{unit}"
    store = FileStore(db.data_dir)
    for complaint in document["complaints"]:
        try:
            if content == "fingerprints":
                result.fingerprints += _keep_fingerprint(db, unit, complaint)
                continue
            outcome = _register_complaint(db, actor, system, complaint, files, store, today)
        except ServiceError as exc:
            result.errors.append(f"{complaint['ref']}: {exc}")
            continue
        if outcome is None:
            result.skipped += 1
        else:
            result.registered += 1
            result.letters.append(outcome)
    with db.transaction() as session:
        audit.record(
            session,
            actor,
            "exchange_import",
            "letters",
            None,
            **{k: v for k, v in result.to_json().items() if k != "letters"},
        )
    return result


def _keep_fingerprint(db: Database, unit: str, complaint: dict[str, Any]) -> int:
    fp = complaint.get("fingerprint")
    if not fp:
        return 0
    blob = base64.b64decode(fp["signature"])
    received = date.fromisoformat(complaint["received_at"]) if complaint.get("received_at") else None
    with db.transaction() as session:
        row = session.scalar(
            select(UnitFingerprint).where(
                UnitFingerprint.unit == unit, UnitFingerprint.unit_ref == complaint["ref"]
            )
        )
        if row is None:
            session.add(
                UnitFingerprint(
                    unit=unit,
                    unit_ref=complaint["ref"],
                    received_at=received,
                    status=complaint.get("status"),
                    signature=blob,
                )
            )
        else:
            row.signature, row.status, row.received_at = blob, complaint.get("status"), received
    return 1


def _register_complaint(
    db: Database,
    actor: Actor,
    system: str,
    complaint: dict[str, Any],
    files: dict[str, bytes],
    store: FileStore,
    today: date,
) -> dict[str, Any] | None:
    c = complaint.get("complainant") or {}
    reported = complaint.get("reported_party") or {}
    received = date.fromisoformat(complaint["received_at"]) if complaint.get("received_at") else today
    data = LetterInput(
        received_at=min(received, today),
        channel=channel_of(complaint.get("channel")) or "surat",
        letter_no=complaint.get("letter_no"),
        letter_date=date.fromisoformat(complaint["letter_date"]) if complaint.get("letter_date") else None,
        place=complaint.get("place"),
        subject=complaint.get("subject"),
        summary=complaint.get("summary"),
        category=complaint.get("category"),
        addressee=complaint.get("addressee"),
        cc=list(complaint.get("cc") or []),
        sender=SenderData(
            name=c.get("name"),
            nik=c.get("nik"),
            phone=c.get("phone"),
            email=c.get("email"),
            address=c.get("address"),
        ),
        occupation=c.get("occupation"),
        regency=c.get("regency"),
        reported_party=reported.get("name"),
        reported_position=reported.get("position"),
        text=complaint.get("text"),
        carbon_copy=complaint.get("carbon_copy"),
    )
    data = normalized(data, today=today)
    for a in complaint.get("attachments", []):
        store.put_bytes(files[a["sha256"]])
    with db.transaction() as session:
        known = session.scalar(
            select(ExternalRef.letter_id).where(
                ExternalRef.system == system, ExternalRef.external_id == complaint["ref"]
            )
        )
        if known is not None:
            return None
        first = next((a["sha256"] for a in complaint.get("attachments", [])), None)
        letter = add_letter(session, actor, data, sha256=first)
        session.add(
            ExternalRef(letter_id=letter.id, system=system, external_id=complaint["ref"], direction="in")
        )
        for a in complaint.get("attachments", []):
            document = Document(
                letter_id=letter.id,
                sha256=a["sha256"],
                file_name=a["file_name"],
                media_type=a["media_type"],
                size=a["size"],
                page_count=1,
            )
            session.add(document)
            session.flush()
            session.add(DocumentPage(document_id=document.id, page_no=1, ocr_text=None))
        outbox.record_event(
            session,
            letter_id=letter.id,
            system=system,
            direction="in",
            kind="import",
            detail=f"Diterima dari unit {system.removeprefix('unit:')} (nomor agenda di sana {complaint['ref']}, "
            f"status {complaint.get('status')})",
            username=actor.username,
        )
        return {
            "id": letter.id,
            "agenda_no": letter.agenda_no,
            "ref": complaint["ref"],
            "duplicate_of": letter.duplicate_of_id,
            "duplicate_reasons": list(letter.duplicate_reasons or []),
        }


# ---------------------------------------------------------------- matching across units


def unit_matches(
    db: Database, actor: Actor, *, unit: str | None = None, threshold: float = MATCH_THRESHOLD
) -> list[UnitMatch]:
    """Letters here that another unit is also handling, by text fingerprint alone, most similar first."""
    actor.require(Permission.VIEW_REGISTER)
    out: list[UnitMatch] = []
    with db.session() as session:
        stmt = select(UnitFingerprint).order_by(UnitFingerprint.id)
        if unit:
            stmt = stmt.where(UnitFingerprint.unit == unit)
        for row in session.scalars(stmt):
            sig = fingerprint.from_bytes(row.signature)
            if len(sig) != fingerprint.BINS:
                continue
            fp = duplicate_index.Fingerprint(sig, tuple(fingerprint.band_keys(np.asarray(sig))))
            found = duplicate_index.candidates(session, fp)
            hits = [(i, s) for i, s in found.by_text if s >= threshold]
            if not hits:
                continue
            numbers = dict(
                session.execute(
                    select(IncomingLetter.id, IncomingLetter.agenda_no).where(
                        IncomingLetter.id.in_([i for i, _ in hits])
                    )
                ).all()
            )
            out.extend(
                UnitMatch(i, numbers[i], row.unit, row.unit_ref, row.status, round(s, 3)) for i, s in hits
            )
    out.sort(key=lambda m: (-m.similarity, m.letter_id))
    return out
