"""Backup and restore: a round trip gives the same register, files and audit trail; a damaged,
truncated or newer archive is refused before anything is replaced; a backup taken while another process
writes is consistent; the daily backup rotates. On SQLite and PostgreSQL.

The round trip here uses 40 letters to stay fast; ``bench/bench_backup.py`` runs it with 1,000 (and
measures 100,000)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from alembic import command
from register_samples import audit_rows, populate, register_json, store_listing
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from sipdumas.db import backup as B
from sipdumas.db.engine import Database
from sipdumas.db.location import Location
from sipdumas.db.migrate import alembic_config, head_revision
from sipdumas.domain.errors import PermissionDenied
from sipdumas.domain.permissions import Actor, Role
from sipdumas.models.letters import IncomingLetter
from sipdumas.services.admin import backup as S
from sipdumas.services.admin.store_check import check_store

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def fresh(db, tmp_path):
    """An empty target of the same kind as ``db``: a new SQLite file, or a new PostgreSQL database."""
    data = tmp_path / "restored-data"
    if db.is_sqlite:
        yield Location(f"sqlite:///{tmp_path / 'restored' / 'register.sqlite3'}", data)
        return
    url = make_url(db.url)
    name = f"{url.database}_restore"
    admin_engine = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin_engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield Location(url.set(database=name).render_as_string(hide_password=False), data)
    with admin_engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin_engine.dispose()


def test_round_trip_gives_the_same_register_files_and_audit(db, admin, fresh, tmp_path):
    populate(db, admin, letters=40)
    before = (register_json(db, admin), store_listing(db), audit_rows(db))
    archive = tmp_path / "cadangan.tar"
    result = S.create_backup(db, admin, out=archive)
    assert result.ok and result.manifest.letters == 40
    assert len(result.manifest.files) == 40 + 2  # the scans and the two forwarding letters

    restored = S.restore_backup(fresh, admin, archive=archive)
    assert restored.files == 42 and not restored.replaced
    target = Database.open(fresh)
    try:
        after = audit_rows(target)  # before reading the register, which is itself audited
        assert register_json(target, admin) == before[0]
        assert store_listing(target) == before[1]
        # the restored trail is the backed-up one (up to the backup) plus the restore itself
        assert after[: len(before[2])] == before[2]
        assert [row[3] for row in after[len(before[2]) :]] == ["restore_backup"]
        assert check_store(target, admin, grace_seconds=0, temp_dir=tmp_path).ok
    finally:
        target.dispose()


def test_manifest_lists_every_member_with_its_sha256_and_the_schema(db, admin, tmp_path):
    populate(db, admin, letters=3, forwarded=0, lent=0)
    archive = tmp_path / "b.tar"
    S.create_backup(db, admin, out=archive)
    with tarfile.open(archive) as tar:
        names = tar.getnames()
        manifest = json.loads(tar.extractfile("manifest.json").read())
    assert names[-1] == "manifest.json"
    assert manifest["schema_revisions"] == [head_revision()]
    assert manifest["format"] == "sipdumas-backup"
    listed = {m["path"] for m in [manifest["database"], *manifest["files"]]}
    assert listed == set(names) - {"manifest.json"}
    assert all(len(m["sha256"]) == 64 for m in manifest["files"])


def test_a_target_that_is_not_empty_needs_replace_and_then_matches_the_backup(db, admin, tmp_path):
    populate(db, admin, letters=5, forwarded=1, lent=0)
    archive = tmp_path / "b.tar"
    S.create_backup(db, admin, out=archive)
    expected = register_json(db, admin)
    populate(db, admin, letters=2, forwarded=0, lent=0, first=100)  # changes after the backup
    with pytest.raises(B.BackupError, match="--replace"):
        S.restore_backup(db.location, admin, archive=archive)
    db.dispose()
    result = S.restore_backup(db.location, admin, archive=archive, replace=True)
    assert result.replaced and result.set_aside is not None  # the later scans were set aside
    again = Database.open(db.location)
    try:
        assert register_json(again, admin) == expected
        assert check_store(again, admin, grace_seconds=0, temp_dir=tmp_path).ok
    finally:
        again.dispose()


def _rewrite(archive: Path, out: Path, change) -> None:
    """Copy ``archive`` member by member, letting ``change(name, data)`` alter or drop (None) each."""
    with tarfile.open(archive) as src, tarfile.open(out, "w") as dst:
        for info in src:
            data = change(info.name, src.extractfile(info).read())
            if data is not None:
                info.size = len(data)
                dst.addfile(info, io.BytesIO(data))


@pytest.mark.parametrize(
    "damage, message",
    [
        ("flip", "tidak cocok"),
        ("drop_file", "tidak ada"),
        ("truncate", "manifest.json tidak ada|rusak"),
        ("newer", "lebih baru"),
    ],
)
def test_a_damaged_or_newer_archive_is_refused_before_anything_is_replaced(
    db, admin, tmp_path, damage, message
):
    populate(db, admin, letters=4, forwarded=0, lent=0)
    archive = tmp_path / "b.tar"
    S.create_backup(db, admin, out=archive)
    bad = tmp_path / "bad.tar"
    if damage == "truncate":
        bad.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    else:

        def change(name, data):
            if damage == "flip" and name.startswith("files/"):
                return data[:-1] + bytes([data[-1] ^ 1])
            if damage == "drop_file" and name.startswith("files/") and change.dropped is None:
                change.dropped = name
                return None
            if damage == "newer" and name == "manifest.json":
                manifest = json.loads(data)
                manifest["schema_revisions"] = ["9999_from_the_future"]
                return json.dumps(manifest).encode()
            return data

        change.dropped = None
        _rewrite(archive, bad, change)
    populate(db, admin, letters=1, forwarded=0, lent=0, first=100)
    before = register_json(db, admin), store_listing(db)
    db.dispose()
    with pytest.raises(B.BackupError, match=message):
        S.restore_backup(db.location, admin, archive=bad, replace=True)
    assert (register_json(db, admin), store_listing(db)) == before
    assert not any(p.name.startswith(B.STAGING_PREFIX) for p in db.data_dir.iterdir())


def test_a_manifest_larger_than_16_mib_is_read_whole(db, admin, fresh, tmp_path):
    """The manifest of a register of 100,000 scans is over 16 MiB; a restore must read it whole."""
    populate(db, admin, letters=2, forwarded=0, lent=0)
    archive = tmp_path / "b.tar"
    S.create_backup(db, admin, out=archive)
    big = tmp_path / "big.tar"
    padding = b" " * (17 << 20)  # JSON whitespace: the same manifest, as long as a large register's
    _rewrite(archive, big, lambda name, data: padding + data if name == "manifest.json" else data)
    restored = S.restore_backup(fresh, admin, archive=big)
    assert restored.files == 2


def test_an_archive_of_an_older_schema_is_upgraded_after_the_restore(tmp_path, admin):
    old = Location(f"sqlite:///{tmp_path / 'old.sqlite3'}", tmp_path / "old-data")
    engine = create_engine(old.database_url)
    config = alembic_config(engine)
    command.upgrade(config, "0006")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO audit_events (at, username, action, entity, entity_id, details) "
                "VALUES ('2026-01-02 03:04:05', 'lama', 'create_user', 'user', 1, '{}')"
            )
        )
    engine.dispose()
    archive = tmp_path / "old.tar"
    B.write_backup(old, archive)
    target = Location(f"sqlite:///{tmp_path / 'new.sqlite3'}", tmp_path / "new-data")
    S.restore_backup(target, admin, archive=archive)
    db = Database.open(target)
    try:
        with db.engine.connect() as conn:
            assert conn.scalar(text("SELECT version_num FROM alembic_version")) == head_revision()
        report = check_store(db, admin, grace_seconds=0, temp_dir=tmp_path)
        assert report.ok and report.audit.entries == 2  # the old entry, chained, and the restore
    finally:
        db.dispose()


WRITER = """
import sys
from datetime import date
from pathlib import Path
from sipdumas.db.engine import Database
from sipdumas.db.location import Location
from sipdumas.db.storage import FileStore
from sipdumas.domain.permissions import Actor
from sipdumas.models.letters import Document
from sipdumas.services import letters as L

db = Database(Location(sys.argv[1], Path(sys.argv[2])))
store, admin = FileStore(db.data_dir), Actor.local_admin()
for i in range(int(sys.argv[3])):
    data = f"scan {i} of the writer".encode() * 50
    sha = store.put_bytes(data)
    with db.transaction() as s:
        data_in = L.normalized(L.LetterInput(received_at=date(2026, 5, 4), subject=f"Tulis {i}"),
                               today=date(2026, 6, 1))
        row = L.add_letter(s, admin, data_in)
        s.add(Document(letter_id=row.id, sha256=sha, file_name=f"w{i}.pdf", media_type="application/pdf",
                       size=len(data), page_count=1))
    if i == 5:
        print("writing", flush=True)
print("done", flush=True)
"""


def test_a_backup_taken_while_another_process_writes_is_consistent(db, admin, fresh, tmp_path):
    populate(db, admin, letters=3, forwarded=0, lent=0)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, db.url, str(db.data_dir), "150"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert writer.stdout.readline().strip() == "writing"
        archive = tmp_path / "live.tar"
        result = S.create_backup(db, admin, out=archive)
    finally:
        assert writer.stdout.readline().strip() == "done"
        assert writer.wait(timeout=300) == 0
    assert result.ok
    S.restore_backup(fresh, admin, archive=archive)
    target = Database.open(fresh)
    try:
        report = check_store(target, admin, grace_seconds=0, temp_dir=tmp_path)
        assert report.ok, report.problems
        with target.session() as s:
            restored = s.scalar(select(func.count(IncomingLetter.id)))
        assert restored == result.manifest.letters
        assert 3 + 6 <= restored <= 3 + 150
        serials = [r["agenda_no"] for r in register_json(target, admin)]
        assert serials == [f"D-2026-{n:05d}" for n in range(1, restored + 1)]  # a gapless prefix
    finally:
        target.dispose()


def test_scheduled_backups_keep_the_newest_and_the_outcome_is_shown(db, admin, tmp_path):
    folder = tmp_path / "cadangan"
    status = S.save_backup_schedule(db, admin, enabled=True, folder=str(folder), keep=2)
    assert status.due() and status.last is None
    made = [S.run_scheduled_backup(db, admin).path for _ in range(3)]
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in made[1:])
    status = S.backup_status(db, admin)
    assert status.last.ok and status.last.file == str(made[-1]) and not status.due()
    (folder / "bukan-cadangan.txt").write_text("milik orang lain")
    S.run_scheduled_backup(db, admin)
    assert (folder / "bukan-cadangan.txt").exists()


def test_a_failed_scheduled_backup_is_recorded(db, admin, tmp_path):
    blocker = tmp_path / "berkas"
    blocker.write_text("x")
    S.save_backup_schedule(db, admin, enabled=True, folder=str(blocker / "sub"), keep=3)
    with pytest.raises(B.BackupError, match="gagal"):
        S.run_scheduled_backup(db, admin)
    last = S.backup_status(db, admin).last
    assert last is not None and not last.ok and last.message


def test_only_administrators_back_up(db, tmp_path):
    for role in (Role.SUPERVISOR, Role.ANALYST, Role.STAFF, Role.ARCHIVIST):
        with pytest.raises(PermissionDenied):
            S.create_backup(db, Actor("x", role), out=tmp_path / "b.tar")
    assert not (tmp_path / "b.tar").exists()


def test_missing_postgresql_tools_are_named(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("SIPDUMAS_PG_BINDIR", raising=False)
    monkeypatch.setattr(B, "PG_BIN_FOLDERS", tmp_path)
    with pytest.raises(B.BackupError, match="pg_dump tidak ditemukan.*postgresql-client"):
        B.find_pg_tool("pg_dump")


def test_backup_and_restore_on_the_command_line(tmp_path):
    data, env = tmp_path / "d", {**os.environ, "SIPDUMAS_DATABASE_URL": ""}
    env.pop("SIPDUMAS_DATABASE_URL")
    cli = [sys.executable, "-m", "sipdumas.cli.main"]

    def run(*args):
        return subprocess.run([*cli, *args], capture_output=True, text=True, env=env, cwd=ROOT)

    assert run("--data-dir", str(data), "init").returncode == 0
    out = run("--data-dir", str(data), "backup", "--out", str(tmp_path / "b.tar"), "--json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["ok"] is True
    out = run("--data-dir", str(tmp_path / "r"), "restore", str(tmp_path / "b.tar"), "--json")
    assert out.returncode == 0 and json.loads(out.stdout)["restored"] is True
    again = run("--data-dir", str(tmp_path / "r"), "restore", str(tmp_path / "b.tar"))
    assert again.returncode == 2 and "--replace" in again.stderr
