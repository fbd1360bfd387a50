"""The audit trail proves itself: a hash chain in which an edited, deleted or re-ordered entry is found,
appended safely by concurrent writers, guarded by triggers that ``init`` restores; and ``fsck`` finds
missing, damaged and orphan files and the leftovers of killed runs, and moves them aside with
``--clean``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from register_samples import populate
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from sipdumas.db import audit
from sipdumas.db.engine import Database
from sipdumas.domain.permissions import Actor, Role
from sipdumas.services.admin.audit_trail import audit_head, verify_audit
from sipdumas.services.admin.store_check import check_store

ROOT = Path(__file__).resolve().parents[1]


def record_some(db, admin, n=5):
    for i in range(n):
        with db.transaction() as s:
            audit.record(s, admin, "test", "letter", i, note=f"entri {i}", nested={"a": [1, 2.5, None]})


def tamper(db, *statements):
    """Run ``statements`` with the append-only triggers lifted, as someone with the owner's rights could."""
    with db.engine.begin() as conn:
        if db.is_sqlite:
            conn.execute(text("DROP TRIGGER audit_events_no_update"))
            conn.execute(text("DROP TRIGGER audit_events_no_delete"))
        else:
            conn.execute(text("ALTER TABLE audit_events DISABLE TRIGGER USER"))
        for statement in statements:
            conn.execute(text(statement))
        if not db.is_sqlite:
            conn.execute(text("ALTER TABLE audit_events ENABLE TRIGGER USER"))


def kinds(report) -> set[str]:
    return {p["kind"] for p in report.problems}


def test_every_entry_carries_the_previous_ones_hash(db, admin):
    record_some(db, admin)
    report = verify_audit(db, admin)
    assert report.ok and report.entries == 5
    with db.session() as s:
        rows = s.execute(text("SELECT seq, prev_hash, hash FROM audit_events ORDER BY seq")).all()
    assert [r.seq for r in rows] == [1, 2, 3, 4, 5]
    assert rows[0].prev_hash == audit.GENESIS
    assert all(rows[i].prev_hash == rows[i - 1].hash for i in range(1, 5))
    assert audit_head(db, admin).hash == rows[-1].hash


def test_an_edited_entry_is_found(db, admin):
    record_some(db, admin)
    tamper(db, "UPDATE audit_events SET username = 'orang-lain' WHERE seq = 3")
    report = verify_audit(db, admin)
    assert not report.ok and kinds(report) == {"audit_entry_altered"}
    assert report.problems[0]["seq"] == 3


def test_a_deleted_entry_is_found(db, admin):
    record_some(db, admin)
    tamper(db, "DELETE FROM audit_events WHERE seq = 2")
    assert "audit_entries_missing" in kinds(verify_audit(db, admin))


def test_deleting_the_newest_entries_is_found(db, admin):
    record_some(db, admin)
    tamper(db, "DELETE FROM audit_events WHERE seq >= 4")
    assert kinds(verify_audit(db, admin)) == {"audit_head_mismatch"}


def test_reordered_entries_are_found(db, admin):
    record_some(db, admin)
    # swap the places of entries 2 and 3 (their ids stay, so they now sit out of order)
    tamper(
        db,
        "UPDATE audit_events SET seq = -2 WHERE seq = 2",
        "UPDATE audit_events SET seq = 2 WHERE seq = 3",
        "UPDATE audit_events SET seq = 3 WHERE seq = -2",
    )
    report = verify_audit(db, admin)
    assert not report.ok and {"audit_entry_altered", "audit_link_broken"} & kinds(report)


def test_a_recomputed_trail_no_longer_contains_the_noted_head(db, admin):
    record_some(db, admin, 3)
    noted = audit_head(db, admin).hash
    assert verify_audit(db, admin, expect=noted).ok
    tamper(db, "DELETE FROM audit_events")
    with db.engine.begin() as conn:  # someone also resets the head, so the empty chain is consistent
        if db.is_sqlite:
            conn.execute(text("DROP TRIGGER audit_chain_head_no_delete"))
        else:
            conn.execute(text("ALTER TABLE audit_chain_head DISABLE TRIGGER USER"))
        conn.execute(text("DELETE FROM audit_chain_head"))
    assert kinds(verify_audit(db, admin, expect=noted)) == {"audit_head_unknown"}


def test_the_trail_refuses_update_delete_and_truncate(db, admin):
    record_some(db, admin, 2)
    statements = ["UPDATE audit_events SET username = 'x'", "DELETE FROM audit_events"]
    if not db.is_sqlite:
        statements += ["TRUNCATE audit_events", "TRUNCATE audit_chain_head"]
    for statement in statements:
        with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as conn:
            conn.execute(text(statement))
    assert verify_audit(db, admin).entries == 2


def test_init_restores_dropped_or_disabled_triggers(db, admin):
    with db.engine.begin() as conn:
        if db.is_sqlite:
            conn.execute(text("DROP TRIGGER audit_events_no_delete"))
        else:
            conn.execute(text("ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_truncate"))
            conn.execute(text("DROP TRIGGER audit_events_append_only ON audit_events"))
    assert audit.missing_guards(db.engine)
    report = check_store(db, admin, grace_seconds=0, temp_dir=db.data_dir)
    assert "audit_guard_missing" in kinds(report)
    out = subprocess.run(
        [sys.executable, "-m", "sipdumas.cli.main", "--db", db.url, "--data-dir", str(db.data_dir), "init"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["audit_guards_restored"]
    assert audit.missing_guards(db.engine) == []


def test_concurrent_writers_form_one_unbroken_chain(db, admin):
    errors = []

    def writer(k):
        try:
            for i in range(10):
                with db.transaction() as s:
                    audit.record(s, Actor(f"w{k}", Role.ANALYST), "test", "letter", i)
                    audit.record(s, Actor(f"w{k}", Role.ANALYST), "test2", "letter", i)
        except Exception as exc:  # reported below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    report = verify_audit(db, admin)
    assert report.ok and report.entries == 80


def test_fsck_finds_missing_damaged_and_orphan_files_and_leftovers(db, admin, tmp_path):
    populate(db, admin, letters=4, forwarded=1, lent=0)
    temp = tmp_path / "tmp"
    temp.mkdir()
    assert check_store(db, admin, grace_seconds=0, temp_dir=temp).ok
    store = db.data_dir / "files"
    scans = sorted(p for p in store.rglob("*") if p.is_file())
    scans[0].unlink()
    scans[1].write_bytes(b"rusak")
    (store / "ab").mkdir(exist_ok=True)
    orphan = store / "ab" / ("ab" + "0" * 62)
    orphan.write_bytes(b"yatim")
    (db.data_dir / ".laporan.xlsx.1a2b3c.part").write_bytes(b"setengah")
    (store / scans[2].parent.name / f".{scans[2].name}.a1b2c3.part").write_bytes(b"setengah")
    (db.data_dir / ".incoming-L0001.png").write_bytes(b"x")
    (temp / "sipdumas-ocr-abc123").mkdir()
    (temp / "sipdumas-ocr-abc123" / "page-1.png").write_bytes(b"x")
    (temp / "lain-lain").mkdir()

    report = check_store(db, admin, grace_seconds=0, temp_dir=temp)
    found = [p["kind"] for p in report.problems]
    assert not report.ok
    assert found.count("missing_file") == 1 and found.count("damaged_file") == 1
    assert found.count("orphan_file") == 1 and found.count("leftover") == 4

    cleaned = check_store(db, admin, clean=True, grace_seconds=0, temp_dir=temp)
    quarantine = Path(cleaned.quarantine)
    assert quarantine.parent == db.data_dir / "quarantine"
    assert not orphan.exists() and not (temp / "sipdumas-ocr-abc123").exists()
    assert (temp / "lain-lain").exists()
    assert (quarantine / "tmp" / "sipdumas-ocr-abc123" / "page-1.png").exists()
    assert cleaned.unresolved == 2  # the missing and the damaged scan need a backup
    after = check_store(db, admin, grace_seconds=0, temp_dir=temp)
    assert {p["kind"] for p in after.problems} == {"missing_file", "damaged_file"}


def test_fsck_leaves_young_files_alone(db, admin, tmp_path):
    (db.data_dir / ".x.pdf.abcdef.part").write_bytes(b"sedang ditulis")
    report = check_store(db, admin, clean=True, grace_seconds=3600, temp_dir=tmp_path)
    assert report.ok and (db.data_dir / ".x.pdf.abcdef.part").exists()


def test_fsck_and_audit_commands_exit_1_with_a_report_when_something_is_wrong(db, admin, tmp_path):
    record_some(db, admin, 3)
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    base = [sys.executable, "-m", "sipdumas.cli.main", "--db", db.url, "--data-dir", str(db.data_dir)]

    def run(*args):
        return subprocess.run([*base, *args], capture_output=True, text=True, cwd=ROOT, env=env)

    ok = run("fsck", "--json")
    assert ok.returncode == 0 and json.loads(ok.stdout)["ok"] is True
    head = json.loads(run("audit", "head", "--json").stdout)
    assert head["entries"] == 3 and len(head["head"]) == 64
    tamper(db, "UPDATE audit_events SET details = '{}' WHERE seq = 1")
    bad = run("fsck", "--json")
    assert bad.returncode == 1
    assert json.loads(bad.stdout)["problems"][0]["kind"] == "audit_entry_altered"
    assert run("audit", "verify", "--json").returncode == 1


def test_migration_chains_the_entries_already_there(tmp_path):
    from alembic import command
    from sqlalchemy import create_engine

    from sipdumas.db.location import Location
    from sipdumas.db.migrate import alembic_config

    location = Location(f"sqlite:///{tmp_path / 'r.sqlite3'}", tmp_path)
    engine = create_engine(location.database_url)
    command.upgrade(alembic_config(engine), "0006")
    with engine.begin() as conn:
        for i in range(3):
            conn.execute(
                text(
                    "INSERT INTO audit_events (username, action, entity, entity_id, details) "
                    "VALUES ('lama', 'create_letter', 'letter', :i, :d)"
                ),
                {"i": i, "d": json.dumps({"agenda_no": f"D-{i}", "ü": "é"})},
            )
    engine.dispose()
    db = Database.open(location)
    try:
        report = verify_audit(db, Actor.local_admin())
        assert report.ok and report.entries == 3
    finally:
        db.dispose()
