"""Small read-only helpers the desktop client needs beside the user actions in :mod:`letters`.

Kept in the core (no Qt) so the CLI could offer the same: the national list of problem categories
(kode masalah) and a connection check for the client's "Basis data…" dialog.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from sipdumas.db.engine import Database, DatabaseError
from sipdumas.db.location import Location
from sipdumas.domain.permissions import Actor
from sipdumas.domain.statuses import TRANSITIONS
from sipdumas.services.letters import categories

#: The common national list of problem categories (DOMAIN.md); offices may add their own, which
#: then appear in :func:`category_choices` as soon as one letter uses them.
STANDARD_CATEGORIES: tuple[str, ...] = (
    "01 Penyalahgunaan wewenang",
    "02 Pelayanan publik",
    "03 Korupsi/pungli",
    "04 Kepegawaian",
    "05 Pertanahan/perumahan",
    "06 Hukum/peradilan/HAM",
    "07 Kewaspadaan nasional",
    "08 Administrasi/regulasi",
    "09 Lingkungan hidup",
    "10 Umum",
)


def category_choices(db: Database, actor: Actor) -> list[str]:
    """The standard categories followed by any other category already used in the register."""
    used = categories(db, actor)
    return list(STANDARD_CATEGORIES) + [c for c in used if c not in STANDARD_CATEGORIES]


def next_statuses(status: str) -> list[str]:
    """The statuses a letter in ``status`` may move to, in the order of the workflow."""
    allowed = TRANSITIONS.get(status, frozenset())
    return [s for s in TRANSITIONS if s in allowed]


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
