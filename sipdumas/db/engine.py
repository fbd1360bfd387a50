"""Opening the database: the embedded SQLite file or a shared PostgreSQL server.

Writes go through :meth:`Database.transaction`, reads through :meth:`Database.session`. On SQLite a write
transaction starts with ``BEGIN IMMEDIATE``: it takes the write lock up front, so two workstations (or the
client and a background import) queue for it instead of failing halfway with "database is locked".
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from sipdumas.db.location import Location

_BEGIN_MODE = "sipdumas_sqlite_begin"


class DatabaseError(RuntimeError):
    """The database cannot be opened or upgraded; the message is meant for the user."""


def create_db_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
        _configure_sqlite(engine)
        return engine
    if parsed.get_backend_name() == "postgresql":
        # No JIT for this workload: the register's counts over a large backlog passed jit_above_cost and
        # spent more compiling than running (overdue count 199 ms with JIT, 77 ms without).
        return create_engine(url, pool_pre_ping=True, pool_size=5, connect_args={"options": "-c jit=off"})
    raise DatabaseError(
        f"Jenis basis data tidak didukung: {parsed.get_backend_name()} (gunakan sqlite atau postgresql)"
    )


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy (not the sqlite3 module) decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        # 64 MiB of page cache (default 2 MiB): large registers insert into and search big B-trees
        cursor.execute("PRAGMA cache_size=-65536")
        cursor.execute("PRAGMA temp_store=MEMORY")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        mode = conn.get_execution_options().get(_BEGIN_MODE, "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """One database and the data folder that goes with it."""

    def __init__(self, location: Location):
        self.location = location
        self.url = location.database_url
        self.data_dir = location.data_dir
        self.engine = create_db_engine(self.url)
        self.dialect = self.engine.dialect.name
        self.guards_restored: list[str] = []
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        write_engine = self.engine.execution_options(**{_BEGIN_MODE: "IMMEDIATE"})
        self._write = sessionmaker(write_engine, expire_on_commit=False)

    @classmethod
    def open(cls, location: Location, *, migrate: bool = True) -> Database:
        db = cls(location)
        if migrate:
            db.upgrade()
        return db

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A read unit of work; closing it ends the transaction without committing anything, and the
        objects read stay usable (detached) afterwards."""
        with self._read() as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A write unit of work: committed when the block ends, rolled back whole on any error."""
        with self._write() as session, session.begin():
            yield session

    def upgrade(self) -> None:
        """Create or upgrade the schema to the newest revision (``alembic upgrade head``), and restore the
        audit trail's append-only triggers if someone dropped or disabled them (their names are kept in
        :attr:`guards_restored`)."""
        from sipdumas.db.audit import ensure_guards
        from sipdumas.db.migrate import upgrade_to_head

        try:
            upgrade_to_head(self.engine)
        except Exception as exc:  # a locked or foreign database: say so plainly
            raise DatabaseError(f"Gagal menyiapkan basis data {self.safe_url}: {exc}") from exc
        try:
            self.guards_restored = ensure_guards(self.engine)
        except Exception:  # the application's role may not own the tables: fsck reports what is missing
            self.guards_restored = []

    @property
    def safe_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    def refresh_statistics(self) -> None:
        """Have PostgreSQL's planner look at the register again after a bulk change (``ANALYZE``).

        SQLite is left to its built-in estimates: the queries there were tuned without ``sqlite_stat1``
        and a first ANALYZE could change their plans."""
        if self.is_sqlite:
            return
        with self.engine.begin() as conn:
            conn.execute(text("ANALYZE incoming_letters, complainants, letter_search, archive_files"))

    def has_table(self, name: str) -> bool:
        return inspect(self.engine).has_table(name)

    def dispose(self) -> None:
        self.engine.dispose()
