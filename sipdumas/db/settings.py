"""Office-wide settings, stored in the database so every workstation uses the same ones."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from sipdumas.models.admin import Setting

DEFAULT_OFFICE_NAMES = (
    "Presiden",
    "Presiden Republik Indonesia",
    "Menteri Sekretaris Negara",
    "Kementerian Sekretariat Negara",
    "Mensesneg",
)


@dataclass(frozen=True, slots=True)
class OfficeSettings:
    """``agenda_pattern`` and ``archive_code_pattern`` are ``str.format`` patterns with ``{year}`` and
    ``{serial}``; ``office_names`` are this office's names as letters write them (for the tembusan rule)."""

    agenda_pattern: str = "D-{year}-{serial:05d}"
    archive_code_pattern: str = "BRK-{year}-{serial:05d}"
    office_names: tuple[str, ...] = field(default=DEFAULT_OFFICE_NAMES)


_KEY = "office"


def load(session: Session) -> OfficeSettings:
    row = session.get(Setting, _KEY)
    if row is None:
        return OfficeSettings()
    data = json.loads(row.value)
    if "office_names" in data:
        data["office_names"] = tuple(data["office_names"])
    return OfficeSettings(**data)


def save(session: Session, settings: OfficeSettings) -> None:
    value = json.dumps(
        {
            "agenda_pattern": settings.agenda_pattern,
            "archive_code_pattern": settings.archive_code_pattern,
            "office_names": list(settings.office_names),
        }
    )
    row = session.get(Setting, _KEY)
    if row is None:
        session.add(Setting(key=_KEY, value=value))
    else:
        row.value = value


def check_pattern(pattern: str) -> str | None:
    """Why ``pattern`` cannot number letters, or None when it can."""
    try:
        a = pattern.format(year=2026, serial=1)
        b = pattern.format(year=2026, serial=2)
        c = pattern.format(year=2027, serial=1)
    except (KeyError, IndexError, ValueError) as exc:
        return f"Pola tidak valid: {exc}"
    if len({a, b, c}) < 3:
        return "Pola harus memuat {year} dan {serial}"
    return None


def locked_row(session: Session, key: str) -> Setting:
    """The settings row ``key`` (created as ``{}`` when missing), locked until the transaction ends.

    For a read-change-write of a settings row: on PostgreSQL two workstations changing the office
    calendar at once would otherwise both read the old value and the second write would drop the first
    one's change; the row lock makes the second wait and read the first's result. (SQLite write
    transactions already begin with the database's write lock.)"""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    session.execute(
        insert(Setting).values(key=key, value="{}").on_conflict_do_nothing(index_elements=[Setting.key])
    )
    return session.get(Setting, key, with_for_update=True, populate_existing=True)


def read_json(session: Session, key: str) -> dict:
    """The settings row ``key`` as a JSON object ({} when there is none)."""
    row = session.get(Setting, key)
    return json.loads(row.value) if row is not None and row.value else {}


def write_json(session: Session, key: str, value: dict) -> None:
    """Replace the settings row ``key`` with ``value``, under the row lock of :func:`locked_row`."""
    locked_row(session, key).value = json.dumps(value, ensure_ascii=False)
