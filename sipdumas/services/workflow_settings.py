"""Settings of the review workflow and of forwarding letters, stored in the database (``settings`` row
``workflow``) so that every workstation prints the same letterhead, numbers and deadlines.

Only the values an office changed are stored; everything else falls back to the defaults here, so a
setting added in a later version needs no migration.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from sipdumas import audit
from sipdumas.db import Database
from sipdumas.errors import ValidationFailed
from sipdumas.models import Setting
from sipdumas.permissions import Actor, Permission

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
DEFAULT_LOGO = RESOURCES / "letterhead" / "logo.png"
DEFAULT_BODY = RESOURCES / "templates" / "forwarding_body.txt"

_KEY = "workflow"

#: Sifat (urgency/classification of a letter) and the security code its number starts with.
URGENCIES = ("Biasa", "Segera", "Sangat Segera", "Rahasia")


@dataclass(frozen=True, slots=True)
class WorkflowSettings:
    """``number_pattern`` is a ``str.format`` pattern with ``{code}`` (security code: B, R ...),
    ``{serial}``, ``{unit}``, ``{classification}``, ``{month}`` and ``{year}``. ``body_template`` is a
    :class:`string.Template` (see docs/workflow.md for the placeholders); empty means the shipped
    default in ``resources/templates/``. Deadlines count working days."""

    review_days: int = 1
    forward_days: int = 5
    settle_days: int = 60
    logo_path: str = ""
    office_lines: tuple[str, ...] = (
        "KEMENTERIAN SEKRETARIAT NEGARA REPUBLIK INDONESIA",
        "DEPUTI BIDANG HUBUNGAN KEMASYARAKATAN DAN PENGADUAN MASYARAKAT",
    )
    office_address: str = "Jalan Veteran Nomor 17-18, Jakarta Pusat 10110"
    office_contact: str = "Telepon (021) 3845627, Faksimile (021) 3452685, Laman www.setneg.go.id"
    place: str = "Jakarta"
    number_pattern: str = "{code}-{serial}/{unit}/{classification}/{month:02d}/{year}"
    unit_code: str = "D-4"
    classification_code: str = "DM.04.00"
    security_codes: dict[str, str] = field(
        default_factory=lambda: {"Biasa": "B", "Segera": "B", "Sangat Segera": "B", "Rahasia": "R"}
    )
    signer_position: str = "Asisten Deputi Pengaduan Masyarakat"
    signer_name: str = "Nama Pejabat Penandatangan"
    signer_nip: str = "197001011995031001"
    body_template: str = ""
    tembusan: tuple[str, ...] = ("Menteri Sekretaris Negara", "Deputi Bidang Hubungan Kemasyarakatan")
    cc_complainant: bool = True

    @property
    def logo(self) -> Path | None:
        path = Path(self.logo_path).expanduser() if self.logo_path else DEFAULT_LOGO
        return path if path.is_file() else None

    def body(self) -> str:
        return self.body_template or DEFAULT_BODY.read_text(encoding="utf-8")

    def security_code(self, urgency: str) -> str:
        return self.security_codes.get(urgency, "B")

    def number(self, *, urgency: str, serial: int, month: int, year: int) -> str:
        return self.number_pattern.format(
            code=self.security_code(urgency), serial=serial, unit=self.unit_code,
            classification=self.classification_code, month=month, year=year,
        )


_TUPLES = ("office_lines", "tembusan")


def load(session: Session) -> WorkflowSettings:
    row = session.get(Setting, _KEY)
    if row is None:
        return WorkflowSettings()
    data = json.loads(row.value)
    known = {f.name for f in dataclasses.fields(WorkflowSettings)}
    data = {k: (tuple(v) if k in _TUPLES else v) for k, v in data.items() if k in known}
    return WorkflowSettings(**data)


def problems(settings: WorkflowSettings) -> dict[str, str]:
    """What is wrong with ``settings`` (field -> message); empty when they can be used."""
    out: dict[str, str] = {}
    for name in ("review_days", "forward_days", "settle_days"):
        value = getattr(settings, name)
        if not isinstance(value, int) or not 0 <= value <= 365:
            out[name] = "Tenggat harus 0 sampai 365 hari kerja"
    try:
        a = settings.number(urgency="Biasa", serial=1, month=1, year=2026)
        b = settings.number(urgency="Biasa", serial=2, month=1, year=2026)
        c = settings.number(urgency="Biasa", serial=1, month=1, year=2027)
        if len({a, b, c}) < 3:
            out["number_pattern"] = "Pola nomor harus memuat {serial} dan {year}"
    except (KeyError, IndexError, ValueError) as exc:
        out["number_pattern"] = f"Pola nomor tidak valid: {exc}"
    return out


def save(db: Database, actor: Actor, settings: WorkflowSettings) -> None:
    """Store ``settings`` (administrators only); refused with the reasons when they cannot be used."""
    actor.require(Permission.MANAGE_SETTINGS)
    wrong = problems(settings)
    if wrong:
        raise ValidationFailed(wrong)
    defaults = WorkflowSettings()
    changed = {
        f.name: getattr(settings, f.name)
        for f in dataclasses.fields(settings)
        if getattr(settings, f.name) != getattr(defaults, f.name)
    }
    value = json.dumps({k: list(v) if isinstance(v, tuple) else v for k, v in changed.items()}, ensure_ascii=False)
    with db.transaction() as session:
        row = session.get(Setting, _KEY)
        if row is None:
            session.add(Setting(key=_KEY, value=value))
        else:
            row.value = value
        audit.record(session, actor, "settings", "workflow", None, changed=sorted(changed))


def get(db: Database) -> WorkflowSettings:
    with db.session() as session:
        return load(session)
