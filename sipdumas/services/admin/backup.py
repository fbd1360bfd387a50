"""Backing up and restoring the register, by hand or daily from the client (administrators only).

The archive format and the mechanics are in :mod:`sipdumas.db.backup`; this module checks who acts,
writes the audit trail, keeps the schedule (``settings`` row ``backup_schedule``: on or off, the folder,
how many archives to keep) and the result of the last backup (row ``backup_last``), which the client
shows to administrators.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, inspect, text

from sipdumas.db import audit
from sipdumas.db.backup import (
    BackupError,
    BackupResult,
    Progress,
    RestoreResult,
    restore_archive,
    write_backup,
)
from sipdumas.db.engine import Database
from sipdumas.db.location import Location
from sipdumas.db.settings import locked_row
from sipdumas.domain.errors import ValidationFailed
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.models.admin import Setting

_SCHEDULE = "backup_schedule"
_LAST = "backup_last"
#: The name of a scheduled backup; rotation deletes only files named like this.
SCHEDULED_NAME = "sipdumas-cadangan-{stamp}.tar"
_SCHEDULED_PATTERN = re.compile(r"sipdumas-cadangan-\d{8}-\d{6}-\d{6}\.tar")
DEFAULT_KEEP = 7


@dataclass(frozen=True, slots=True)
class BackupSchedule:
    """A daily backup into ``folder`` keeping the newest ``keep`` archives, when ``enabled``."""

    enabled: bool = False
    folder: str = ""
    keep: int = DEFAULT_KEEP


@dataclass(frozen=True, slots=True)
class LastBackup:
    """The last backup attempt: when (UTC), whether it succeeded, the archive or the reason."""

    at: datetime
    ok: bool
    file: str | None
    size: int | None
    message: str

    def to_json(self) -> dict:
        return {
            "at": self.at.isoformat(timespec="seconds"),
            "ok": self.ok,
            "file": self.file,
            "size": self.size,
            "message": self.message,
        }


@dataclass(frozen=True, slots=True)
class BackupStatus:
    schedule: BackupSchedule
    last: LastBackup | None

    def due(self, now: datetime | None = None) -> bool:
        """Whether the daily backup should run now: scheduled, and no attempt yet on today's date."""
        if not self.schedule.enabled or not self.schedule.folder:
            return False
        if self.last is None:
            return True
        now = now or datetime.now(UTC)
        return self.last.at.astimezone().date() < now.astimezone().date()

    def to_json(self) -> dict:
        return {
            "enabled": self.schedule.enabled,
            "folder": self.schedule.folder or None,
            "keep": self.schedule.keep,
            "last": self.last.to_json() if self.last else None,
            "due": self.due(),
        }


def create_backup(
    db: Database, actor: Actor, *, out: Path, on_progress: Progress | None = None
) -> BackupResult:
    """Write one archive of the database and every stored file to ``out``."""
    actor.require(Permission.MANAGE_BACKUPS)
    result = write_backup(db.location, Path(out), on_progress=on_progress)
    with db.transaction() as session:
        _remember(session, result=result)
        audit.record(session, actor, "backup", "database", None, **_audit_details(result))
    return result


def run_scheduled_backup(db: Database, actor: Actor, *, on_progress: Progress | None = None) -> BackupResult:
    """The daily backup: a new archive in the scheduled folder, then the oldest scheduled archives there
    beyond the number to keep are deleted. The outcome, success or failure, is kept for the client."""
    actor.require(Permission.MANAGE_BACKUPS)
    schedule = backup_status(db, actor).schedule
    if not schedule.folder:
        raise ValidationFailed({"folder": "Folder cadangan belum diatur (Pengaturan → Cadangan)"})
    folder = Path(schedule.folder).expanduser()
    out = folder / SCHEDULED_NAME.format(stamp=datetime.now().strftime("%Y%m%d-%H%M%S-%f"))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        result = write_backup(db.location, out, on_progress=on_progress)
    except (BackupError, OSError) as exc:
        with db.transaction() as session:
            _remember(session, error=str(exc))
            audit.record(session, actor, "backup_failed", "database", None, file=str(out), reason=str(exc))
        raise BackupError(f"Pencadangan terjadwal gagal: {exc}") from exc
    removed = _rotate(folder, keep=schedule.keep)
    with db.transaction() as session:
        _remember(session, result=result)
        audit.record(
            session,
            actor,
            "backup",
            "database",
            None,
            scheduled=True,
            removed=removed,
            **_audit_details(result),
        )
    return result


def backup_status(db: Database, actor: Actor) -> BackupStatus:
    """The schedule and the last backup's outcome."""
    actor.require(Permission.MANAGE_BACKUPS)
    with db.session() as session:
        schedule = _json(session.get(Setting, _SCHEDULE))
        last = _json(session.get(Setting, _LAST))
    return BackupStatus(
        schedule=BackupSchedule(
            enabled=bool(schedule.get("enabled", False)),
            folder=str(schedule.get("folder") or ""),
            keep=int(schedule.get("keep") or DEFAULT_KEEP),
        ),
        last=LastBackup(
            at=datetime.fromisoformat(last["at"]),
            ok=bool(last["ok"]),
            file=last.get("file"),
            size=last.get("size"),
            message=last.get("message", ""),
        )
        if last.get("at")
        else None,
    )


def save_backup_schedule(
    db: Database, actor: Actor, *, enabled: bool, folder: str, keep: int
) -> BackupStatus:
    """Turn the daily backup on or off, into ``folder``, keeping the newest ``keep`` archives."""
    actor.require(Permission.MANAGE_BACKUPS)
    folder = (folder or "").strip()
    problems = {}
    if enabled and not folder:
        problems["folder"] = "Pilih folder tujuan cadangan"
    if not 1 <= int(keep) <= 365:
        problems["keep"] = "Jumlah cadangan yang disimpan antara 1 dan 365"
    if problems:
        raise ValidationFailed(problems)
    with db.transaction() as session:
        row = locked_row(session, _SCHEDULE)
        row.value = json.dumps({"enabled": bool(enabled), "folder": folder, "keep": int(keep)})
        audit.record(
            session, actor, "backup_schedule", "setting", None, enabled=enabled, folder=folder, keep=keep
        )
    return backup_status(db, actor)


def restore_backup(
    location: Location,
    actor: Actor,
    *,
    archive: Path,
    replace: bool = False,
    on_progress: Progress | None = None,
) -> RestoreResult:
    """Restore ``archive`` into the database and data folder of ``location`` (a fresh one, or an existing
    one with ``replace``), upgrade an older schema to this version's, restore the audit trail's guards,
    and record the restore in the restored trail under ``actor``. ``actor`` is whoever may act on the
    target before the restore (its administrator, or the local administrator of a fresh one)."""
    actor.require(Permission.MANAGE_BACKUPS)
    result = restore_archive(location, Path(archive), replace=replace, on_progress=on_progress)
    db = Database.open(location)
    try:
        with db.transaction() as session:
            head = audit.chain_head(session)
            audit.record(
                session,
                actor,
                "restore_backup",
                "database",
                None,
                archive=Path(archive).name,
                backup_created_at=result.manifest.created_at,
                replaced=result.replaced,
                audit_head_in_backup=result.manifest.audit_head,
            )
        chained = result.manifest.audit_entries > 0  # archives of older schemas carry no chain yet
        if chained and (head.seq, head.hash) != (result.manifest.audit_entries, result.manifest.audit_head):
            raise BackupError(
                "Basis data yang dipulihkan tidak cocok dengan manifest (ujung jejak audit berbeda); "
                "jalankan 'sipdumas fsck'"
            )
    finally:
        db.dispose()
    return result


def target_needs_sign_in(location: Location) -> bool:
    """Whether the restore target already has user accounts, so that whoever restores over it must sign
    in as one of its administrators (a fresh target is restored by the local administrator)."""
    from sqlalchemy.engine import make_url

    url = make_url(location.database_url)
    if url.get_backend_name() == "sqlite" and not (url.database and Path(url.database).exists()):
        return False
    engine = create_engine(location.database_url)
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("users"):
                return False
            return conn.scalar(text("SELECT count(*) FROM users")) > 0
    finally:
        engine.dispose()


def _rotate(folder: Path, *, keep: int) -> list[str]:
    archives = sorted(p for p in folder.iterdir() if _SCHEDULED_PATTERN.fullmatch(p.name) and p.is_file())
    removed = []
    for old in archives[: max(0, len(archives) - keep)]:
        old.unlink(missing_ok=True)
        removed.append(old.name)
    return removed


def _remember(session, *, result: BackupResult | None = None, error: str | None = None) -> None:
    row = locked_row(session, _LAST)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    if result is not None:
        message = "berhasil" if result.ok else _incomplete(result)
        value = {
            "at": now,
            "ok": result.ok,
            "file": str(result.path),
            "size": result.size,
            "message": message,
        }
    else:
        value = {"at": now, "ok": False, "file": None, "size": None, "message": error or ""}
    row.value = json.dumps(value, ensure_ascii=False)


def _incomplete(result: BackupResult) -> str:
    m = result.manifest
    return (
        f"tidak lengkap: {len(m.missing_files)} berkas hilang, {len(m.damaged_files)} berkas rusak di folder "
        "data (jalankan 'sipdumas fsck')"
    )


def _audit_details(result: BackupResult) -> dict:
    m = result.manifest
    return {
        "file": str(result.path),
        "sha256": result.sha256,
        "size": result.size,
        "letters": m.letters,
        "files": len(m.files),
        "audit_head": m.audit_head,
        "ok": result.ok,
    }


def _json(row: Setting | None) -> dict:
    if row is None:
        return {}
    try:
        data = json.loads(row.value)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}
