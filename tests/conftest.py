"""Shared fixtures. Every database test runs twice: on the embedded SQLite file and on PostgreSQL.

PostgreSQL comes from ``SIPDUMAS_TEST_PG_URL`` (``.ci/run`` and ``make test`` set it when a local server
is up). Without it those runs are skipped with the reason shown; with ``SIPDUMAS_REQUIRE_PG=1`` (CI) a
missing server is a failure instead, so CI can never pass by silently skipping them.

Creating a schema is the slow part, so it is done once per run: SQLite tests copy a migrated template
file, PostgreSQL tests empty the tables of the one migrated database. Under pytest-xdist (``-n 2``) each
worker has a PostgreSQL database of its own, named after the configured one and the worker
(``sipdumas_test_gw0``) and created on first use, so workers never empty each other's tables.
"""

from __future__ import annotations

import fcntl
import os
import pickle
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, make_url, text

from sipdumas.db.engine import Database
from sipdumas.db.location import Location
from sipdumas.domain.permissions import Actor


def _worker_pg_url(url: str | None) -> str | None:
    """``url`` itself, or under a pytest-xdist worker the URL of that worker's database."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not url or not worker:
        return url
    parsed = make_url(url)
    return parsed.set(database=f"{parsed.database}_{worker}").render_as_string(hide_password=False)


def _create_pg_database(url: str, from_url: str) -> None:
    """Create the database of ``url`` unless it exists, connected through the database of ``from_url``."""
    name = make_url(url).database
    engine = create_engine(from_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            if conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}) is None:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        engine.dispose()


CONFIGURED_PG_URL = os.environ.get("SIPDUMAS_TEST_PG_URL")
PG_URL = _worker_pg_url(CONFIGURED_PG_URL)
REQUIRE_PG = os.environ.get("SIPDUMAS_REQUIRE_PG") == "1"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database.open(Location(f"sqlite:///{path}", path.parent))
    db.dispose()
    return path


@pytest.fixture(scope="session")
def pg_database():
    if not PG_URL:
        if REQUIRE_PG:
            pytest.fail("SIPDUMAS_REQUIRE_PG=1 but SIPDUMAS_TEST_PG_URL is not set")
        pytest.skip("PostgreSQL not configured: set SIPDUMAS_TEST_PG_URL (make test does when a server runs)")
    db = Database(Location(PG_URL, Path("/nonexistent")))
    try:
        if PG_URL != CONFIGURED_PG_URL:
            _create_pg_database(PG_URL, CONFIGURED_PG_URL)
        with db.engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        db.upgrade()
    except Exception as exc:
        if REQUIRE_PG:
            raise
        pytest.skip(f"PostgreSQL at SIPDUMAS_TEST_PG_URL unreachable: {exc}")
    yield db
    db.dispose()


def _empty_pg(db: Database) -> None:
    with db.engine.begin() as conn:
        tables = [
            r[0]
            for r in conn.execute(
                text(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version'"
                )
            )
        ]
        # The audit trail refuses TRUNCATE; the tests' role owns the tables and may lift that for a moment.
        guarded = ("audit_events", "audit_chain_head")
        for table in guarded:
            conn.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))
        conn.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
        for table in guarded:
            conn.execute(text(f"ALTER TABLE {table} ENABLE TRIGGER USER"))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(request, tmp_path, sqlite_template) -> Database:
    """A migrated, empty database of each kind, with its own data folder."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    if request.param == "sqlite":
        path = tmp_path / "register.sqlite3"
        shutil.copy(sqlite_template, path)
        database = Database.open(Location(f"sqlite:///{path}", data_dir))
    else:
        pg = request.getfixturevalue("pg_database")
        _empty_pg(pg)
        database = Database(Location(PG_URL, data_dir))
    yield database
    database.dispose()


@pytest.fixture
def admin() -> Actor:
    return Actor.local_admin()


@pytest.fixture
def corpus() -> Path:
    path = SHARED / "corpus" / "letters"
    if not path.is_dir():
        pytest.skip(f"sample letters not found at {path} (../shared beside the repository)")
    return path


@pytest.fixture(scope="session")
def corpus_truth() -> list[dict]:
    path = SHARED / "corpus" / "letters" / "truth.json"
    if not path.is_file():
        pytest.skip(f"sample letters not found at {path.parent} (../shared beside the repository)")
    import json

    return json.loads(path.read_text(encoding="utf-8"))


def once_per_run(tmp_path_factory, name: str, compute: Callable[[], Any]) -> Any:
    """``compute()`` once per test run, however many pytest-xdist workers: the first worker to get here
    computes it and leaves it pickled in the run's shared temporary folder; the others wait for it and
    read it. For the real OCR of the sample sets, which each worker would otherwise do again on the same
    two cores (Tesseract already uses both)."""
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # the run's folder, above each worker's own
    done = root / f"{name}.pickle"
    with open(root / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if done.exists():
            return pickle.loads(done.read_bytes())
        value = compute()
        part = done.with_suffix(".part")
        part.write_bytes(pickle.dumps(value))
        part.replace(done)
        return value


def _extract_set(folder: Path, truth: list[dict]) -> dict:
    from sipdumas.intake import extract_files

    paths = [folder / t["file"] for t in truth]
    return {p.name: e for p, e in zip(paths, extract_files(paths), strict=True)}


@pytest.fixture(scope="session")
def corpus_extractions(corpus_truth, tmp_path_factory) -> dict:
    """Real OCR of every sample letter, once per test run (file name -> Extraction)."""
    folder = SHARED / "corpus" / "letters"
    return once_per_run(tmp_path_factory, "corpus-extractions", lambda: _extract_set(folder, corpus_truth))


@pytest.fixture(scope="session")
def styled_truth() -> list[dict]:
    """``truth.json`` of the styled letters (letters written as complainants write them)."""
    path = SHARED / "corpus" / "styled" / "truth.json"
    if not path.is_file():
        pytest.skip(f"styled letters not found at {path.parent} (../shared beside the repository)")
    import json

    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def styled_extractions(styled_truth, tmp_path_factory) -> dict:
    """Real OCR (scans) and reading (typed letters) of every styled letter, once per test run."""
    folder = SHARED / "corpus" / "styled"
    return once_per_run(tmp_path_factory, "styled-extractions", lambda: _extract_set(folder, styled_truth))
