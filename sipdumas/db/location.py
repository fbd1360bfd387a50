"""Where this workstation keeps its database and files.

Per-workstation settings (which database, which data folder) come from the command line, the
environment or the client's connection dialog. Settings the whole office shares (agenda-number pattern,
the office's own names) live in the database's ``settings`` table: see :mod:`sipdumas.db.settings`.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "sipdumas"
DB_FILE_NAME = "sipdumas.sqlite3"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "connection.json"


@dataclass(frozen=True, slots=True)
class Location:
    """The database URL and the data folder (scans, generated files) one workstation uses."""

    database_url: str
    data_dir: Path


def resolve_location(database_url: str | None = None, data_dir: str | os.PathLike | None = None) -> Location:
    """Explicit values first, then ``SIPDUMAS_DATABASE_URL``/``SIPDUMAS_DATA_DIR``, then the saved
    connection of the client, then the embedded SQLite database in the user's data folder."""
    saved = load_saved_connection()
    url = database_url or os.environ.get("SIPDUMAS_DATABASE_URL") or saved.get("database_url")
    folder = data_dir or os.environ.get("SIPDUMAS_DATA_DIR") or saved.get("data_dir")
    folder_path = Path(folder).expanduser() if folder else default_data_dir()
    if not url:
        url = f"sqlite:///{folder_path / DB_FILE_NAME}"
    return Location(database_url=url, data_dir=folder_path)


def load_saved_connection() -> dict:
    try:
        return json.loads(config_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def save_connection(*, database_url: str | None, data_dir: Path | None) -> None:
    path = config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"database_url": database_url, "data_dir": str(data_dir) if data_dir else None}
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
