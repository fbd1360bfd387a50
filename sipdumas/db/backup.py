"""Backup archives of the register: the database and every file of the store, in one tar file with a
manifest of SHA-256 sums; and restoring one.

An archive holds

- ``database/sipdumas.sqlite3`` (SQLite, copied with SQLite's online backup API) or
  ``database/sipdumas.pgdump`` (PostgreSQL, ``pg_dump --format=custom``);
- ``files/ab/abcdef...``: every file of the content-addressed store (:mod:`sipdumas.db.storage`) that the
  database refers to: the letters' scans and received files, the rendered forwarding letters;
- ``manifest.json`` last: the format, the schema (Alembic) revision, the audit chain's head, the counts,
  and the path, size and SHA-256 of every other member.

**Consistency while others write.** The database is copied first, as one snapshot: SQLite's backup API
copies all pages under one read transaction (writers in WAL mode go on meanwhile); on PostgreSQL a
``REPEATABLE READ`` transaction exports its snapshot and ``pg_dump --snapshot`` dumps exactly that.
The store is read after the snapshot, and a file is always stored before the transaction that refers
to it commits, so every file the snapshot refers to is there; files stored later (or orphans) are left
out, so the restored store matches the restored database exactly. The archive is written through the atomic writer: a killed backup leaves no half archive
under the name.

**Restore** reads the whole archive into a hidden staging folder in the target data folder, checking
every member against the manifest, before anything is replaced; an archive from a newer schema (a
revision this program does not know) is refused, an older one is upgraded after the restore.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import Connection, make_url

from sipdumas.db.location import Location
from sipdumas.domain.errors import ServiceError
from sipdumas.output.files import atomic_open

FORMAT = "sipdumas-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SQLITE_MEMBER = "database/sipdumas.sqlite3"
PG_MEMBER = "database/sipdumas.pgdump"
#: Prefix of the staging folder a restore unpacks into (inside the target data folder).
STAGING_PREFIX = ".restore-"
#: Prefix of the temporary folder a backup copies the database into.
TEMP_PREFIX = "sipdumas-backup-"
_STORE_MEMBER = re.compile(r"files/([0-9a-f]{2})/([0-9a-f]{64})")
_CHUNK = 1 << 20
#: The largest manifest a restore reads: about 170 bytes a stored file, so room for some six million
#: files, while a crafted archive cannot make the restore hold an unbounded member in memory.
MAX_MANIFEST_BYTES = 1 << 30
#: Where Debian and Ubuntu install the PostgreSQL programs (one folder per major version).
PG_BIN_FOLDERS = Path("/usr/lib/postgresql")

Progress = Callable[[int, int], None]


class BackupError(ServiceError):
    """A backup or restore that cannot be done; the message says why, in Indonesian."""


@dataclass(frozen=True, slots=True)
class Member:
    path: str
    size: int
    sha256: str

    def to_json(self) -> dict:
        return {"path": self.path, "size": self.size, "sha256": self.sha256}


@dataclass(slots=True)
class Manifest:
    dialect: str
    schema_revisions: list[str]
    created_at: str
    letters: int
    audit_entries: int
    audit_head: str
    database: Member | None = None
    files: list[Member] = field(default_factory=list)
    #: Files the database refers to that were not in the store when the backup was taken.
    missing_files: list[str] = field(default_factory=list)
    #: Files of the store whose content no longer matches their name (left out of the archive).
    damaged_files: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": self.created_at,
            "dialect": self.dialect,
            "schema_revisions": self.schema_revisions,
            "letters": self.letters,
            "audit": {"entries": self.audit_entries, "head": self.audit_head},
            "database": self.database.to_json() if self.database else None,
            "files": [m.to_json() for m in self.files],
            "missing_files": self.missing_files,
            "damaged_files": self.damaged_files,
        }

    @classmethod
    def from_json(cls, data: dict) -> Manifest:
        if data.get("format") != FORMAT:
            raise BackupError("Berkas ini bukan arsip cadangan SIPDUMAS (manifest tidak dikenal)")
        if int(data.get("format_version", 0)) > FORMAT_VERSION:
            raise BackupError(
                "Arsip cadangan dibuat oleh versi SIPDUMAS yang lebih baru (format "
                f"{data.get('format_version')}); perbarui aplikasi sebelum memulihkannya"
            )
        try:
            db = data["database"]
            return cls(
                dialect=data["dialect"],
                schema_revisions=list(data["schema_revisions"]),
                created_at=data["created_at"],
                letters=int(data["letters"]),
                audit_entries=int(data["audit"]["entries"]),
                audit_head=str(data["audit"]["head"]),
                database=Member(db["path"], int(db["size"]), db["sha256"]),
                files=[Member(f["path"], int(f["size"]), f["sha256"]) for f in data["files"]],
                missing_files=list(data.get("missing_files", [])),
                damaged_files=list(data.get("damaged_files", [])),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise BackupError(f"Manifest arsip cadangan rusak: {exc}") from None


@dataclass(frozen=True, slots=True)
class BackupResult:
    """What a backup wrote: the archive, its size and SHA-256, and its manifest."""

    path: Path
    size: int
    sha256: str
    manifest: Manifest

    @property
    def ok(self) -> bool:
        return not self.manifest.missing_files and not self.manifest.damaged_files

    def to_json(self) -> dict:
        m = self.manifest
        return {
            "file": str(self.path),
            "size": self.size,
            "sha256": self.sha256,
            "dialect": m.dialect,
            "schema_revisions": m.schema_revisions,
            "letters": m.letters,
            "files": len(m.files),
            "audit_entries": m.audit_entries,
            "audit_head": m.audit_head,
            "missing_files": m.missing_files,
            "damaged_files": m.damaged_files,
            "ok": self.ok,
        }


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """What a restore put in place."""

    manifest: Manifest
    files: int
    replaced: bool
    #: Where files of the replaced store that the archive does not hold were moved (or None).
    set_aside: Path | None

    def to_json(self) -> dict:
        m = self.manifest
        return {
            "restored": True,
            "dialect": m.dialect,
            "schema_revisions": m.schema_revisions,
            "backup_created_at": m.created_at,
            "letters": m.letters,
            "files": self.files,
            "audit_entries": m.audit_entries,
            "audit_head": m.audit_head,
            "replaced": self.replaced,
            "set_aside": str(self.set_aside) if self.set_aside else None,
        }


# ---------------------------------------------------------------- backup


def write_backup(location: Location, out: Path, *, on_progress: Progress | None = None) -> BackupResult:
    """Write an archive of the database and store at ``location`` to ``out``."""
    url = make_url(location.database_url)
    with tempfile.TemporaryDirectory(prefix=TEMP_PREFIX) as tmp:
        if url.get_backend_name() == "sqlite":
            db_file, manifest = _snapshot_sqlite(url.database, Path(tmp) / "snapshot.sqlite3")
            member_name = SQLITE_MEMBER
        else:
            db_file, manifest = _snapshot_postgresql(location.database_url, Path(tmp) / "snapshot.pgdump")
            member_name = PG_MEMBER
        referenced = set(manifest.missing_files)
        # Only what the snapshot refers to: a file stored after it (by a letter still being registered)
        # belongs to a later backup, and a restored store then holds no orphans.
        store_files = [
            (sha, path) for sha, path in _store_files(Path(location.data_dir)) if sha in referenced
        ]
        manifest.missing_files = sorted(referenced - {sha for sha, _path in store_files})
        total = len(store_files) + 1
        with (
            atomic_open(Path(out)) as fh,
            tarfile.open(fileobj=fh, mode="w", format=tarfile.PAX_FORMAT) as tar,
        ):
            manifest.database = _add(tar, member_name, db_file)
            _progress(on_progress, 1, total)
            for done, (sha, path) in enumerate(store_files, start=2):
                member = _add(tar, f"files/{sha[:2]}/{sha}", path)
                if member.sha256 != sha:
                    # Its bytes are in the tar already (a tar cannot take a member back); the manifest
                    # names it as damaged, a restore leaves it out, and the backup reports it.
                    manifest.damaged_files.append(sha)
                else:
                    manifest.files.append(member)
                _progress(on_progress, done, total)
            _add_bytes(tar, MANIFEST, json.dumps(manifest.to_json(), ensure_ascii=False, indent=1).encode())
    size, digest = Path(out).stat().st_size, _sha256_file(Path(out))
    return BackupResult(Path(out), size, digest, manifest)


def _progress(callback: Progress | None, done: int, total: int) -> None:
    if callback is not None:
        callback(done, total)


def _snapshot_sqlite(database: str | None, target: Path) -> tuple[Path, Manifest]:
    if not database or database == ":memory:" or not Path(database).is_file():
        raise BackupError(f"Basis data SQLite tidak ditemukan: {database}")
    source = sqlite3.connect(f"file:{Path(database)}?mode=ro", uri=True, timeout=30)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)  # all pages in one step: one read transaction, one snapshot
    finally:
        copy.close()
        source.close()
    engine = create_engine(f"sqlite:///{target}")
    try:
        with engine.connect() as conn:
            manifest = _facts(conn, "sqlite")
    finally:
        engine.dispose()
    return target, manifest


def _snapshot_postgresql(database_url: str, target: Path) -> tuple[Path, Manifest]:
    pg_dump = find_pg_tool("pg_dump")
    conninfo, env = libpq_args(database_url)
    engine = create_engine(database_url)
    try:
        with engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn, conn.begin():
            snapshot = conn.scalar(text("SELECT pg_export_snapshot()"))
            manifest = _facts(conn, "postgresql")
            _run(
                [
                    pg_dump,
                    "--format=custom",
                    "--no-owner",
                    "--no-privileges",
                    f"--snapshot={snapshot}",
                    f"--file={target}",
                    f"--dbname={conninfo}",
                ],
                env,
                "pg_dump",
            )
    finally:
        engine.dispose()
    return target, manifest


def _facts(conn: Connection, dialect: str) -> Manifest:
    """What the manifest says about the database, read inside the snapshot."""
    tables = set(inspect(conn).get_table_names())
    if "alembic_version" not in tables or "incoming_letters" not in tables:
        raise BackupError("Basis data ini belum berisi register SIPDUMAS (jalankan 'sipdumas init')")
    revisions = sorted(conn.scalars(text("SELECT version_num FROM alembic_version")))
    head = None
    if "audit_chain_head" in tables:
        head = conn.execute(text("SELECT seq, hash FROM audit_chain_head WHERE id = 1")).first()
    referenced = set(conn.scalars(text("SELECT DISTINCT sha256 FROM documents")))
    referenced |= set(
        conn.scalars(text("SELECT file_sha256 FROM forwarding_letters WHERE file_sha256 IS NOT NULL"))
    )
    return Manifest(
        dialect=dialect,
        schema_revisions=revisions,
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        letters=conn.scalar(text("SELECT count(*) FROM incoming_letters")),
        audit_entries=head.seq if head else 0,
        audit_head=head.hash if head else "0" * 64,
        missing_files=sorted(referenced),  # narrowed to the absent ones once the store is listed
    )


def _store_files(data_dir: Path) -> Iterator[tuple[str, Path]]:
    """(sha256, path) of every file of the content-addressed store, in name order; anything else
    there (temporary files of killed writes) is not part of the store and left to ``fsck``."""
    root = data_dir / "files"
    if not root.is_dir():
        return
    for sub in sorted(root.iterdir()):
        if not (sub.is_dir() and re.fullmatch(r"[0-9a-f]{2}", sub.name)):
            continue
        for path in sorted(sub.iterdir()):
            if re.fullmatch(r"[0-9a-f]{64}", path.name) and path.name[:2] == sub.name and path.is_file():
                yield path.name, path


class _HashingReader:
    def __init__(self, fh: IO[bytes]):
        self.fh = fh
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self.fh.read(size)
        self.digest.update(data)
        return data


def _add(tar: tarfile.TarFile, name: str, path: Path) -> Member:
    with open(path, "rb") as fh:
        info = tarfile.TarInfo(name)
        info.size = os.fstat(fh.fileno()).st_size
        info.mtime = 0
        info.mode = 0o600
        reader = _HashingReader(fh)
        tar.addfile(info, reader)
    return Member(name, info.size, reader.digest.hexdigest())


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    import io

    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o600
    tar.addfile(info, io.BytesIO(data))


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


# ---------------------------------------------------------------- PostgreSQL tools


def find_pg_tool(name: str) -> str:
    """The path of ``pg_dump``/``pg_restore``: ``SIPDUMAS_PG_BINDIR`` first, then PATH, then the
    usual Debian/Ubuntu folders; a clear error naming the missing program otherwise."""
    folder = os.environ.get("SIPDUMAS_PG_BINDIR")
    candidates = [Path(folder) / name] if folder else []
    found = shutil.which(name)
    if found:
        candidates.append(Path(found))
    candidates += sorted(PG_BIN_FOLDERS.glob(f"*/bin/{name}"), reverse=True)
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    raise BackupError(
        f"Program {name} tidak ditemukan (dicari di SIPDUMAS_PG_BINDIR, PATH dan /usr/lib/postgresql): "
        f"pasang klien PostgreSQL (paket postgresql-client) dengan versi yang sama atau lebih baru dari "
        f"server, atau isi SIPDUMAS_PG_BINDIR dengan foldernya"
    )


def libpq_args(database_url: str) -> tuple[str, dict[str, str]]:
    """A libpq connection URI for the PostgreSQL tools, and the environment carrying the password (so it
    never shows in the process list)."""
    url = make_url(database_url)
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    plain = url.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def _run(command: list[str], env: dict[str, str], what: str) -> None:
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        detail = " ".join((done.stderr or done.stdout or "").split())[:500]
        raise BackupError(f"{what} gagal (status {done.returncode}): {detail}")


# ---------------------------------------------------------------- restore


def read_archive(archive: Path, staging: Path, *, on_progress: Progress | None = None) -> Manifest:
    """Unpack ``archive`` into ``staging`` and check it whole: every member's size and SHA-256 against the
    manifest, every store file against its name, nothing missing, nothing extra, nothing outside the
    archive's own layout. Raises :class:`BackupError` naming the first problem."""
    try:
        tar = tarfile.open(archive, mode="r:")  # noqa: SIM115 - closed by the with below
    except (OSError, tarfile.TarError) as exc:
        raise BackupError(f"Arsip cadangan tidak dapat dibaca: {archive}: {exc}") from None
    seen: dict[str, Member] = {}
    manifest_data: bytes | None = None
    try:
        with tar:
            for info in tar:
                name = info.name
                if not info.isfile():
                    raise BackupError(f"Arsip cadangan berisi entri yang bukan berkas biasa: {name!r}")
                if name in seen or (name == MANIFEST and manifest_data is not None):
                    raise BackupError(f"Arsip cadangan berisi {name!r} dua kali")
                source = tar.extractfile(info)
                if name == MANIFEST:
                    if info.size > MAX_MANIFEST_BYTES:
                        raise BackupError(
                            f"Manifest arsip cadangan terlalu besar ({info.size:,} bita, paling banyak "
                            f"{MAX_MANIFEST_BYTES:,})"
                        )
                    manifest_data = source.read(info.size)
                    continue
                if name not in (SQLITE_MEMBER, PG_MEMBER) and not _STORE_MEMBER.fullmatch(name):
                    raise BackupError(f"Arsip cadangan berisi berkas yang tidak dikenal: {name!r}")
                target = staging / name
                target.parent.mkdir(parents=True, exist_ok=True)
                digest = hashlib.sha256()
                with open(target, "wb") as out:
                    for chunk in iter(lambda src=source: src.read(_CHUNK), b""):
                        digest.update(chunk)
                        out.write(chunk)
                seen[name] = Member(name, info.size, digest.hexdigest())
                _progress(on_progress, len(seen), 0)
    except (OSError, tarfile.TarError, EOFError) as exc:
        raise BackupError(f"Arsip cadangan rusak atau terpotong: {exc}") from None
    if manifest_data is None:
        raise BackupError("Arsip cadangan tidak lengkap: manifest.json tidak ada (arsip terpotong?)")
    try:
        manifest = Manifest.from_json(json.loads(manifest_data.decode("utf-8")))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BackupError(f"Manifest arsip cadangan rusak: {exc}") from None
    expected = {m.path: m for m in [manifest.database, *manifest.files]}
    for path, want in expected.items():
        got = seen.get(path)
        if got is None:
            raise BackupError(f"Arsip cadangan tidak lengkap: {path} tidak ada")
        if (got.size, got.sha256) != (want.size, want.sha256):
            raise BackupError(f"Arsip cadangan rusak: {path} tidak cocok dengan sidik SHA-256 di manifest")
        match = _STORE_MEMBER.fullmatch(path)
        if match and match.group(2) != got.sha256:
            raise BackupError(f"Arsip cadangan rusak: isi {path} tidak cocok dengan namanya")
    damaged = {f"files/{sha[:2]}/{sha}" for sha in manifest.damaged_files}
    extra = sorted(set(seen) - set(expected) - damaged)
    if extra:
        raise BackupError(f"Arsip cadangan berisi berkas di luar manifest: {extra[0]}")
    return manifest


def check_schema_known(manifest: Manifest) -> None:
    """Refuse an archive whose schema revision this program does not know (made by a newer version)."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    from sipdumas.db.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    for revision in manifest.schema_revisions:
        try:
            known = script.get_revision(revision)
        except CommandError:
            known = None
        if known is None:
            raise BackupError(
                f"Arsip cadangan berasal dari versi SIPDUMAS yang lebih baru (skema {revision}, tidak "
                "dikenal versi ini); perbarui aplikasi sebelum memulihkannya"
            )


def target_in_use(location: Location) -> list[str]:
    """What the target already holds (empty when it is fresh): tables in its database, files in its
    store."""
    held = []
    url = make_url(location.database_url)
    if url.get_backend_name() != "sqlite" or (url.database and Path(url.database).exists()):
        engine = create_engine(location.database_url)
        try:
            with engine.connect() as conn:
                tables = [t for t in inspect(conn).get_table_names() if not t.startswith("sqlite_")]
        finally:
            engine.dispose()
        if tables:
            held.append(
                f"basis data {url.render_as_string(hide_password=True)} sudah berisi {len(tables)} tabel"
            )
    if any(True for _ in _store_files(Path(location.data_dir))):
        held.append(f"folder data {location.data_dir} sudah berisi berkas")
    return held


def restore_archive(
    location: Location, archive: Path, *, replace: bool = False, on_progress: Progress | None = None
) -> RestoreResult:
    """Restore ``archive`` into the database and data folder of ``location``. A target that holds
    anything is refused unless ``replace``. Nothing is replaced before the whole archive has been read
    and checked. The schema is not upgraded here (the caller opens the database, which does that)."""
    held = target_in_use(location)
    if held and not replace:
        raise BackupError(
            "Tujuan pemulihan tidak kosong: " + "; ".join(held) + ". Gunakan --replace untuk menimpanya"
        )
    data_dir = Path(location.data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    staging = data_dir / f"{STAGING_PREFIX}{secrets.token_hex(6)}"
    staging.mkdir()
    try:
        manifest = read_archive(Path(archive), staging, on_progress=on_progress)
        check_schema_known(manifest)
        dialect = make_url(location.database_url).get_backend_name()
        if manifest.dialect != dialect:
            raise BackupError(
                f"Arsip cadangan ini dari basis data {manifest.dialect}; tujuan pemulihan adalah {dialect}"
            )
        if dialect == "sqlite":
            _restore_sqlite(staging / SQLITE_MEMBER, make_url(location.database_url).database)
        else:
            _restore_postgresql(staging / PG_MEMBER, location.database_url, clean=bool(held))
        set_aside = _put_files(staging, data_dir, manifest, replace=replace)
        return RestoreResult(manifest, len(manifest.files), bool(held), set_aside)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _restore_sqlite(staged: Path, database: str | None) -> None:
    if not database or database == ":memory:":
        raise BackupError("Pemulihan memerlukan berkas basis data SQLite, bukan :memory:")
    target = Path(database)
    target.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(staged)
    dest = sqlite3.connect(target, timeout=30)
    try:
        # Through SQLite itself, not a file copy: it takes the target's locks and keeps its WAL
        # consistent, and a connection still open elsewhere sees the restored database, not a torn one.
        source.backup(dest)
    except sqlite3.Error as exc:
        raise BackupError(f"Basis data {target} tidak dapat ditimpa: {exc}") from None
    finally:
        dest.close()
        source.close()


def _restore_postgresql(staged: Path, database_url: str, *, clean: bool) -> None:
    pg_restore = find_pg_tool("pg_restore")
    conninfo, env = libpq_args(database_url)
    command = [pg_restore, "--single-transaction", "--no-owner", "--no-privileges", "--exit-on-error"]
    if clean:
        command += ["--clean", "--if-exists"]
    _run([*command, f"--dbname={conninfo}", str(staged)], env, "pg_restore")


def _put_files(staging: Path, data_dir: Path, manifest: Manifest, *, replace: bool) -> Path | None:
    wanted = set()
    for member in manifest.files:
        target = data_dir / member.path
        wanted.add(target.name)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging / member.path, target)
    if not replace:
        return None
    extra = [path for sha, path in _store_files(data_dir) if sha not in wanted]
    if not extra:
        return None
    aside = data_dir / "quarantine" / f"restore-{datetime.now(UTC).strftime('%Y%m%d-%H%M%S')}"
    for path in extra:
        target = aside / path.relative_to(data_dir)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(path, target)
    return aside
