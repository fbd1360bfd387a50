"""Checking a database address before a workstation switches to it (the client's "Basis data…" dialog,
``sipdumas connection test``): is the URL one SIPDUMAS can use, and does the server answer."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from sipdumas.db.engine import Database, DatabaseError
from sipdumas.db.location import Location


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot name a SIPDUMAS database, in Indonesian, or None when it looks right."""
    try:
        parsed = make_url(url.strip())
    except ArgumentError:
        return "Alamat basis data tidak dapat dibaca (contoh: postgresql+psycopg://pengguna:sandi@server/sipdumas)"
    if parsed.get_backend_name() not in {"postgresql", "sqlite"}:
        return (
            f"Jenis basis data tidak didukung: {parsed.get_backend_name()} (gunakan postgresql atau sqlite)"
        )
    if parsed.get_backend_name() == "postgresql" and not (parsed.host and parsed.database):
        return "Alamat PostgreSQL harus memuat nama server dan nama basis data"
    return None


def probe_connection(location: Location) -> str:
    """Connect once to ``location`` without changing anything; returns a line describing what was
    found, or raises :class:`DatabaseError` with a message for the user."""
    problem = url_problem(location.database_url)
    if problem:
        raise DatabaseError(problem)
    db = Database(location)
    try:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        if db.has_table("incoming_letters"):
            return f"Terhubung ke {db.safe_url}; register sudah ada."
        return f"Terhubung ke {db.safe_url}; basis data masih kosong dan akan disiapkan saat dibuka."
    except DatabaseError:
        raise
    except Exception as exc:
        raise DatabaseError(f"Tidak dapat terhubung ke {db.safe_url}: {exc}") from exc
    finally:
        db.dispose()
