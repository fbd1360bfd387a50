"""Inserting many rows at once through the database driver: ``executemany`` on SQLite, ``COPY`` on
PostgreSQL. For imports of hundreds of thousands of letters, where building SQLAlchemy parameter sets
row by row would cost more than the database's own work. Rows must carry their ids already (see
:func:`reserve_ids`); values are plain Python (str, int, float, bool, date, list/dict for JSON)."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import date
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import Table

from sipdumas.db.engine import SQLITE_CACHE_KIB


@contextmanager
def large_cache(session: Session, kib: int) -> Iterator[None]:
    """SQLite: a page cache of ``kib`` KiB for the statements of this block, given back to the usual
    size at its end (the connection goes back to the pool as it came). An import's part inserts keys
    spread over the whole of large indexes (the band and identity keys are hashes), and with the usual
    cache it read and wrote the same pages again and again. Pages are only taken as they are read, so a
    small register never uses it all. Nothing on PostgreSQL, whose cache is the server's."""
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        yield
        return
    conn.exec_driver_sql(f"PRAGMA cache_size=-{int(kib)}")
    try:
        yield
    finally:
        with suppress(Exception):  # a connection that cannot take it keeps the larger cache, no more
            conn.exec_driver_sql(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")


#: PostgreSQL: ``:n`` values of table ``:t``'s id sequence. The sequence is looked up once (a
#: materialised CTE): written inside ``nextval(…)`` the catalog lookup ran for every id, 4.8 µs against
#: 0.5 µs, some 15 µs of the server's time per imported letter (four tables take ids).
_NEXT_IDS = text(
    "WITH s AS MATERIALIZED (SELECT pg_get_serial_sequence(:t, 'id')::regclass AS seq) "
    "SELECT nextval(s.seq) FROM s, generate_series(1, :n)"
)


def reserve_ids(session: Session, table: Table, count: int) -> list[int]:
    """``count`` fresh ids for ``table``: PostgreSQL from the table's sequence; SQLite after the highest
    id, which is safe because writers hold SQLite's write lock for the whole transaction."""
    if count == 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        return list(session.scalars(_NEXT_IDS, {"t": table.name, "n": count}))
    first = session.scalar(select(func.coalesce(func.max(table.c.id), 0))) + 1
    return list(range(first, first + count))


def insert_rows(session: Session, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Insert ``rows`` (tuples in ``columns`` order) into ``table``."""
    if not rows:
        return
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        cursor = conn.connection.driver_connection.cursor()
        with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in _converted(rows, _pg_value):
                copy.write_row(row)
        return
    placeholders = ", ".join("?" for _ in columns)
    conn.exec_driver_sql(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})", _converted(rows, _sqlite_value)
    )


#: The start of COPY's binary format (signature, flags, header extension length) and its end.
_BINARY_HEADER = b"PGCOPY\n\xff\r\n\x00" + bytes(8)
_BINARY_TRAILER = b"\xff\xff"


def insert_binary(session: Session, table: str, columns: Sequence[str], rows: Iterable[bytes]) -> None:
    """PostgreSQL: insert ``rows``, each one tuple of ``COPY … (FORMAT binary)`` (its field count, then
    each field's length and value), into ``table``: for values the server would otherwise parse from
    text at some cost (see :func:`sipdumas.db.search.insert_sorted_words`)."""
    data = b"".join(rows)
    if not data:
        return
    cursor = session.connection().connection.driver_connection.cursor()
    with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN (FORMAT binary)") as copy:
        copy.write(_BINARY_HEADER + data + _BINARY_TRAILER)


def fetch_in(session: Session, sql: str, values: Collection[Any]) -> list[tuple]:
    """The rows of ``sql``, whose ``IN_VALUES`` stands for "is one of ``values``", run through the
    driver with ``values`` as one parameter (a JSON array on SQLite, an array on PostgreSQL): one
    statement however many values, and no SQL text to compile per value (an import looks up thousands
    of keys per batch). ``sql`` must be trusted text (column names, never user input)."""
    if not values:
        return []
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        statement = sql.replace("IN_VALUES", "= ANY(%s)")
        return list(conn.exec_driver_sql(statement, (list(values),)))
    statement = sql.replace("IN_VALUES", "IN (SELECT value FROM json_each(?))")
    return list(conn.exec_driver_sql(statement, (json.dumps(list(values)),)))


def _converted(rows: Sequence[Sequence[Any]], convert) -> Sequence[Sequence[Any]]:
    """``rows`` with ``convert`` applied to the columns that need it (decided from each column's first
    value that is not None: imports have hundreds of thousands of rows of one shape). A column's values
    of its first value's type go through one specialised function; any other value through ``convert``.
    Rows that need nothing converted are passed on as they are; the others are converted column by
    column (the rows taken apart and put together again by ``zip``, in C)."""
    converters: dict[int, Callable[[Any], Any]] = {}
    for col in range(len(rows[0])):
        sample = next((row[col] for row in rows if row[col] is not None), None)
        if sample is not None and convert(sample) is not sample:
            converters[col] = _specialised(type(sample), convert)
    if not converters:
        return rows
    columns = list(zip(*rows, strict=True))
    for col, fn in converters.items():
        columns[col] = tuple(map(fn, columns[col]))
    return list(zip(*columns, strict=True))


def _specialised(kind: type, convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    fast: Callable[[Any], Any]
    if kind is bool:
        fast = int
    elif issubclass(kind, date):
        fast = kind.isoformat
    elif kind in (list, dict):
        fast = _json_text
    else:
        fast = convert

    def converted(value: Any) -> Any:
        if value is None:
            return None
        return fast(value) if type(value) is kind else convert(value)

    return converted


def _json_text(value: Any) -> str:
    return "[]" if value == [] else json.dumps(value)


def _sqlite_value(value: Any) -> Any:
    # stored the way SQLAlchemy stores them on SQLite, so ORM reads see the same values
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | dict):
        return json.dumps(value)
    return value


def _pg_value(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value)
    return value
