"""``sipdumas fsck``: is everything the register refers to there and intact, and nothing else lying about?

Checked:

- every scan and received file of a letter (``documents``) and every rendered forwarding letter
  (``forwarding_letters.file_sha256``) is in the store and its bytes match its SHA-256;
- every file of the store is referred to by something (else it is an *orphan*);
- leftovers of killed runs: temporary files of the atomic writer (``.NAME.RANDOM.part``, any ``*.part``),
  ``.incoming-*`` files, a restore's staging folder (``.restore-*``) in the data folder, and the page
  renders and database copies of OCR and backup runs (``sipdumas-ocr-*``, ``sipdumas-backup-*``) in the
  system's temporary folder;
- the audit trail's hash chain, and that its append-only triggers are in place.

Files younger than ``grace_seconds`` are left alone: they may belong to a run still going on (a scan is
stored just before the letter referring to it is committed). With ``clean`` the orphans and leftovers
are moved, never deleted, to ``quarantine/<date-time>/`` in the data folder.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from sipdumas.db import audit
from sipdumas.db.audit import ChainReport
from sipdumas.db.backup import STAGING_PREFIX, TEMP_PREFIX
from sipdumas.db.engine import Database
from sipdumas.domain.filenames import shown_name
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.models.forwarding import ForwardingLetter
from sipdumas.models.letters import Document, IncomingLetter

QUARANTINE = "quarantine"
OCR_TEMP_PREFIX = "sipdumas-ocr-"
DEFAULT_GRACE_SECONDS = 600
_HEX64 = re.compile(r"[0-9a-f]{64}")
_HEX2 = re.compile(r"[0-9a-f]{2}")
#: At most this many problems are listed one by one; the counts cover them all.
MAX_LISTED = 1000


@dataclass(slots=True)
class StoreReport:
    """What ``fsck`` found. Each problem is a dict with ``kind`` (``missing_file``, ``damaged_file``,
    ``orphan_file``, ``leftover``, ``audit_guard_missing`` and the audit chain's kinds), where it is, a
    ``message`` in Indonesian and, after ``clean``, ``quarantined``: where it was moved."""

    documents_checked: int = 0
    files_checked: int = 0
    problems: list[dict] = field(default_factory=list)
    problem_count: int = 0
    unresolved: int = 0
    quarantine: str | None = None
    audit: ChainReport = field(default_factory=ChainReport)

    @property
    def ok(self) -> bool:
        """Nothing is wrong that is still there (what ``clean`` moved away is resolved)."""
        return self.unresolved == 0

    def add(self, kind: str, message: str, *, resolved: bool = False, **where) -> dict:
        problem = {"kind": kind, **where, "message": message}
        self.problem_count += 1
        if not resolved:
            self.unresolved += 1
        if len(self.problems) < MAX_LISTED:
            self.problems.append(problem)
        return problem

    def to_json(self) -> dict:
        return {
            "ok": self.ok,
            "documents_checked": self.documents_checked,
            "files_checked": self.files_checked,
            "problem_count": self.problem_count,
            "unresolved": self.unresolved,
            "problems": self.problems,
            "quarantine": self.quarantine,
            "audit": self.audit.to_json(),
        }


def check_store(
    db: Database,
    actor: Actor,
    *,
    clean: bool = False,
    grace_seconds: float = DEFAULT_GRACE_SECONDS,
    temp_dir: Path | None = None,
) -> StoreReport:
    """Check the store, the leftovers and the audit chain; with ``clean`` move orphans and leftovers to
    the quarantine folder. Missing or damaged files cannot be repaired here: restore them from a
    backup."""
    actor.require(Permission.MANAGE_BACKUPS)
    report = StoreReport()
    data_dir = Path(db.data_dir)
    store = data_dir / "files"
    cutoff = time.time() - grace_seconds
    quarantine = data_dir / QUARANTINE / datetime.now().strftime("%Y%m%d-%H%M%S")

    def old(path: Path) -> bool:
        try:
            return path.lstat().st_mtime <= cutoff
        except FileNotFoundError:
            return False

    def leftover(path: Path, base: Path, prefix: str = "") -> None:
        problem = report.add(
            "leftover",
            f"Sisa proses yang terhenti: {shown_name(str(path))}",
            resolved=clean,
            path=str(path),
        )
        if clean:
            problem["quarantined"] = _move(path, quarantine / prefix / path.relative_to(base))

    referenced = _referenced(db, report)
    verified: dict[str, bool] = {}
    for sha, users in referenced.items():
        report.documents_checked += len(users)
        path = store / sha[:2] / sha
        if not path.is_file():
            for user in users:
                report.add(
                    "missing_file",
                    f"Berkas {user['name']} ({user['of']}) hilang dari folder data",
                    sha256=sha,
                    **user,
                )
            continue
        verified[sha] = _sha256_of(path) == sha
        if not verified[sha]:
            for user in users:
                report.add(
                    "damaged_file",
                    f"Berkas {user['name']} ({user['of']}) rusak: isinya tidak cocok dengan sidik SHA-256",
                    sha256=sha,
                    path=str(path),
                    **user,
                )

    if store.is_dir():
        for path in sorted(store.rglob("*")):
            if path.is_dir():
                continue
            report.files_checked += 1
            name, parent = path.name, path.parent
            in_place = _HEX64.fullmatch(name) and parent.parent == store and parent.name == name[:2]
            if not in_place:
                if old(path):
                    leftover(path, data_dir)
                continue
            if name in referenced:
                continue
            if old(path):
                intact = _sha256_of(path) == name
                problem = report.add(
                    "orphan_file",
                    f"Berkas {path.name[:12]}… di folder data tidak dirujuk surat mana pun"
                    + ("" if intact else " (dan isinya rusak)"),
                    resolved=clean,
                    path=str(path),
                    intact=intact,
                )
                if clean:
                    problem["quarantined"] = _move(path, quarantine / path.relative_to(data_dir))

    if data_dir.is_dir():
        for path in _leftovers_in(data_dir, skip={store, data_dir / QUARANTINE}):
            if old(path):
                leftover(path, data_dir)
    temp = Path(temp_dir or tempfile.gettempdir())
    if temp.is_dir():
        for path in sorted(temp.iterdir()):
            if path.name.startswith((OCR_TEMP_PREFIX, TEMP_PREFIX)) and old(path):
                leftover(path, temp, prefix="tmp")

    with db.session() as session:
        report.audit = audit.verify_chain(session)
    for problem in report.audit.problems:
        report.add(
            problem["kind"],
            problem["message"],
            **{k: v for k, v in problem.items() if k not in ("kind", "message")},
        )
    report.problem_count += report.audit.problem_count - len(report.audit.problems)
    report.unresolved += report.audit.problem_count - len(report.audit.problems)
    for name in audit.missing_guards(db.engine):
        report.add(
            "audit_guard_missing",
            f"Pemicu {name} yang menjaga jejak audit tidak ada atau dimatikan (jalankan 'sipdumas init')",
            trigger=name,
        )
    if clean and quarantine.exists():
        report.quarantine = str(quarantine)
    if clean:
        with db.transaction() as session:
            audit.record(
                session,
                actor,
                "fsck_clean",
                "database",
                None,
                quarantine=report.quarantine,
                moved=sum(1 for p in report.problems if "quarantined" in p),
                unresolved=report.unresolved,
            )
    return report


def _referenced(db: Database, report: StoreReport) -> dict[str, list[dict]]:
    """SHA-256 -> who refers to it (a letter's document or a forwarding letter)."""
    found: dict[str, list[dict]] = {}
    with db.session() as session:
        rows = session.execute(
            select(
                Document.id, Document.sha256, Document.file_name, IncomingLetter.id, IncomingLetter.agenda_no
            )
            .outerjoin(IncomingLetter, IncomingLetter.id == Document.letter_id)
            .order_by(Document.id)
            .execution_options(yield_per=5000)
        )
        for doc_id, sha, file_name, letter_id, agenda_no in rows:
            found.setdefault(sha, []).append(
                {
                    "document_id": doc_id,
                    "letter_id": letter_id,
                    "agenda_no": agenda_no,
                    "name": shown_name(file_name),
                    "of": f"surat {agenda_no}" if agenda_no else f"dokumen {doc_id}",
                }
            )
        rows = session.execute(
            select(
                ForwardingLetter.id,
                ForwardingLetter.file_sha256,
                ForwardingLetter.number,
                ForwardingLetter.letter_id,
            )
            .where(ForwardingLetter.file_sha256.is_not(None))
            .order_by(ForwardingLetter.id)
        )
        for fwd_id, sha, number, letter_id in rows:
            found.setdefault(sha, []).append(
                {
                    "forwarding_id": fwd_id,
                    "letter_id": letter_id,
                    "name": f"surat penerusan {number}",
                    "of": f"surat penerusan {number}",
                }
            )
    return found


def _leftovers_in(folder: Path, *, skip: set[Path]):
    """Leftovers of killed runs under ``folder``: temporary files of the atomic writer and of intake,
    and a restore's staging folders (whole)."""
    for path in sorted(folder.iterdir()):
        if path in skip:
            continue
        name = path.name
        if path.is_dir() and not path.is_symlink():
            if name.startswith(STAGING_PREFIX):
                yield path
            else:
                yield from _leftovers_in(path, skip=skip)
        elif name.endswith(".part") or name.startswith(".incoming-"):
            yield path


def _move(path: Path, target: Path) -> str:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(path), str(target))
    return str(target)


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
