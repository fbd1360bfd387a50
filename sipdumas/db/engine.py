"""Opening the database: the embedded SQLite file or a shared PostgreSQL server.

Writes go through :meth:`Database.transaction`, reads through :meth:`Database.session`. On SQLite a write
transaction starts with ``BEGIN IMMEDIATE``: it takes the write lock up front, so two workstations (or the
client and a background import) queue for it instead of failing halfway with "database is locked".

Two troubles of a database in use are turned into errors a user can read, never a driver's traceback:

- **Another program holds SQLite's write lock** (a second client, a nightly import, a backup tool).
  The write transaction waits for it in rounds of :attr:`Database.lock_attempt_seconds`; after the
  first round every further one is announced through :attr:`Database.on_busy` ("basis data sedang
  dipakai ..."; the CLI prints it on stderr, the client in its status bar), and after
  :attr:`Database.lock_wait_seconds` in all (``SIPDUMAS_LOCK_WAIT``, default 300) it gives up with
  :class:`DatabaseBusy`. Nothing has been written then: the lock is taken before the first statement.
- **The connection to the server is lost** (PostgreSQL stopped or restarted, the network cut, the
  session terminated): :class:`ConnectionLost`. The transaction under way is rolled back by the server,
  so nothing of it is stored; the caller that knows what was being stored names it
  (:meth:`ConnectionLost.about`). The pool checks a connection before handing it out (``pool_pre_ping``),
  so the next unit of work reconnects by itself once the server is back;
  :attr:`Database.on_connection_lost` lets the client say so and watch for the server (:meth:`ping`).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from sipdumas.db.location import Location
from sipdumas.domain.errors import ServiceError

_BEGIN_MODE = "sipdumas_sqlite_begin"
_BUSY_MS = "sipdumas_sqlite_busy_ms"
#: SQLite's wait for a lock on reads and on writes outside :meth:`Database.transaction` (milliseconds).
DEFAULT_BUSY_MS = 30_000
#: The first, silent round of waiting for SQLite's write lock: most waits are a colleague's short save.
LOCK_ATTEMPT_SECONDS = 5.0
#: How long a write waits for SQLite's write lock in all before it gives up (``SIPDUMAS_LOCK_WAIT``).
LOCK_WAIT_SECONDS = 300.0
#: SQLite's page cache per connection (KiB); bulk work may take more for a while (:func:`bulk.large_cache`).
SQLITE_CACHE_KIB = 65_536
#: SQLSTATEs of a server that went away: class 08 (connection exception) and the shutdowns of class 57.
_GONE_STATES = ("57P01", "57P02", "57P03")


class DatabaseError(RuntimeError):
    """The database cannot be opened or upgraded; the message is meant for the user."""


class DatabaseBusy(ServiceError):
    """Another program held SQLite's write lock for longer than this program waits; nothing was written.
    ``what``: what was not stored, when the caller said (see :meth:`about`)."""

    def __init__(self, seconds: float, what: str | None = None):
        self.seconds = seconds
        self.what = what
        message = f"basis data sedang dipakai program lain lebih dari {seconds:.0f} detik"
        if what:
            message += f"; tidak ada yang tersimpan dari {what}"
        super().__init__(message + "; coba lagi nanti")

    def about(self, what: str) -> DatabaseBusy:
        return DatabaseBusy(self.seconds, what)


class ConnectionLost(ServiceError):
    """The connection to the database server broke during the work. The transaction under way was rolled
    back by the server, so nothing of it is stored; ``what`` names it when the caller said (see
    :meth:`about`); ``detail`` is the driver's own first line, for a support person."""

    def __init__(self, detail: str = "", what: str | None = None):
        self.detail = detail
        self.what = what
        message = "koneksi ke basis data terputus"
        if what:
            message += f"; tidak ada yang tersimpan dari {what}"
        if detail:
            message += f" ({detail})"
        super().__init__(message)

    def about(self, what: str) -> ConnectionLost:
        return ConnectionLost(self.detail, what)


def is_connection_lost(exc: BaseException) -> bool:
    """Whether ``exc`` (a driver error, wrapped by SQLAlchemy or not) says the server is gone: the
    connection was invalidated, the server shut down or terminated the session, or no server answered.
    A refusal of a statement (a constraint, a syntax error, a lock timeout) is not."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    state = getattr(orig, "sqlstate", None)
    if state:
        return state.startswith("08") or state in _GONE_STATES
    # psycopg's errors raised on the client side (no server to answer) carry no SQLSTATE
    if not (type(orig).__module__ or "").startswith("psycopg"):
        return False
    return any(c.__name__ in ("OperationalError", "InterfaceError") for c in type(orig).__mro__)


def is_locked(exc: BaseException) -> bool:
    """Whether ``exc`` is SQLite's "database is locked" (another connection holds the lock)."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    return "database is locked" in str(orig) or "database table is locked" in str(orig)


def _from_driver(exc: BaseException) -> bool:
    module = type(exc).__module__ or ""
    return module.startswith(("psycopg", "sqlite3"))


def _first_line(exc: BaseException) -> str:
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    lines = str(orig).strip().splitlines()
    return lines[0][:200] if lines else type(orig).__name__


def create_db_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": DEFAULT_BUSY_MS / 1000})
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
        cursor.execute(f"PRAGMA busy_timeout={DEFAULT_BUSY_MS}")
        # 64 MiB of page cache (default 2 MiB): large registers insert into and search big B-trees
        cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
        cursor.execute("PRAGMA temp_store=MEMORY")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        options = conn.get_execution_options()
        busy_ms = int(options.get(_BUSY_MS, DEFAULT_BUSY_MS))
        conn.exec_driver_sql(f"PRAGMA busy_timeout={busy_ms}")
        conn.exec_driver_sql(f"BEGIN {options.get(_BEGIN_MODE, 'DEFERRED')}")


class Database:
    """One database and the data folder that goes with it.

    ``on_busy(message)`` is called while a write waits for SQLite's write lock held by another program
    (from the waiting thread); ``on_connection_lost(error)`` whenever a unit of work failed because the
    server went away. Both are optional hooks for the faces (CLI, client)."""

    def __init__(self, location: Location):
        self.location = location
        self.url = location.database_url
        self.data_dir = location.data_dir
        self.lock_attempt_seconds = LOCK_ATTEMPT_SECONDS
        self.lock_wait_seconds = _lock_wait_from_environment()
        self.on_busy: Callable[[str], None] | None = None
        self.on_connection_lost: Callable[[ConnectionLost], None] | None = None
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
        objects read stay usable (detached) afterwards. A lost server raises :class:`ConnectionLost`."""
        try:
            with self._read() as session:
                yield session
        except Exception as exc:
            translated = self._translated(exc)
            if translated is exc:
                raise
            raise translated from exc

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A write unit of work: committed when the block ends, rolled back whole on any error.

        On SQLite the write lock is taken before the block runs, waiting for another program that holds
        it (see the module docstring; :class:`DatabaseBusy` when it waits too long). A lost server raises
        :class:`ConnectionLost`; either way nothing of the block is stored."""
        session = self._write_session()
        try:
            yield session
            session.commit()
        except BaseException as exc:
            with suppress(Exception):  # a dead connection cannot roll back; the server did already
                session.rollback()
            translated = self._translated(exc)
            if translated is exc:
                raise
            raise translated from exc
        finally:
            with suppress(Exception):
                session.close()

    def _write_session(self) -> Session:
        """A write session with its transaction begun: on SQLite holding the write lock."""
        started = time.monotonic()
        announced = 0
        while True:
            waited = time.monotonic() - started
            attempt = max(0.05, min(self.lock_attempt_seconds, self.lock_wait_seconds - waited))
            session = self._write()
            try:
                session.connection(execution_options={_BUSY_MS: int(attempt * 1000)})
                return session
            except DBAPIError as exc:
                with suppress(Exception):
                    session.close()
                if not (self.is_sqlite and is_locked(exc)):
                    raise self._translated(exc) from exc
            waited = time.monotonic() - started
            if waited >= self.lock_wait_seconds:
                raise DatabaseBusy(waited)
            announced += 1
            if self.on_busy is not None:
                self.on_busy(
                    f"basis data sedang dipakai program lain; menunggu giliran menulis "
                    f"(sudah {waited:.0f} detik, paling lama {self.lock_wait_seconds:.0f} detik)"
                )

    def _translated(self, exc: BaseException) -> BaseException:
        """``exc`` as the error a user reads when it is one (a lost server, a lock held too long), else
        ``exc`` itself. ``exc`` may be wrapped by SQLAlchemy or come straight from the driver (bulk
        loading talks to the driver's cursor)."""
        if not (isinstance(exc, DBAPIError) or _from_driver(exc)):
            return exc
        if is_connection_lost(exc):
            lost = ConnectionLost(_first_line(exc))
            if self.on_connection_lost is not None:
                with suppress(Exception):
                    self.on_connection_lost(lost)
            return lost
        if self.is_sqlite and is_locked(exc):
            return DatabaseBusy(DEFAULT_BUSY_MS / 1000)
        return exc

    def ping(self) -> None:
        """Ask the server for an answer (``SELECT 1`` on a fresh connection from the pool); raises
        :class:`ConnectionLost` while it cannot be reached. The client uses it to notice the server is
        back."""
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except DBAPIError as exc:
            raise self._translated(exc) from exc

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
        """After a bulk change, have PostgreSQL's planner look at the register again and mark what was
        written as visible to every transaction (``VACUUM (ANALYZE)`` of the tables an import fills).

        Without the ``VACUUM`` the rows written after autovacuum's last pass stay unmarked until a fifth
        of the table's size more has been written: at a million letters, with the last 16 % of an import
        unmarked, the count of a filtered page read the table itself instead of only its index (status
        page 110 ms, Terlambat 233 ms; 44 and 52 ms once marked, which took 4.9 s). A table the
        application's role does not own is passed over with the server's warning (autovacuum does it).

        SQLite is left to its built-in estimates: the queries there were tuned without ``sqlite_stat1``
        and a first ANALYZE could change their plans."""
        if self.is_sqlite:
            return
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text(f"VACUUM (ANALYZE) {', '.join(BULK_TABLES)}"))

    def has_table(self, name: str) -> bool:
        return inspect(self.engine).has_table(name)

    def dispose(self) -> None:
        self.engine.dispose()


#: The tables a large import fills (see :meth:`Database.refresh_statistics`).
BULK_TABLES = (
    "incoming_letters",
    "complainants",
    "persons",
    "archive_files",
    "letter_search",
    "letter_fingerprints",
    "letter_bands",
    "letter_identities",
)


def _lock_wait_from_environment() -> float:
    value = os.environ.get("SIPDUMAS_LOCK_WAIT", "").strip()
    try:
        return max(0.1, float(value)) if value else LOCK_WAIT_SECONDS
    except ValueError:
        return LOCK_WAIT_SECONDS
