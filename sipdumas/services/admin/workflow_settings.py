"""Settings of the review workflow and of forwarding letters, stored in the database (``settings`` row
``workflow``) so that every workstation prints the same letterhead, numbers and deadlines.

Only the values an office changed are stored; everything else falls back to the defaults here, so a
setting added in a later version needs no migration.
"""

from __future__ import annotations

import dataclasses
import json
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from sipdumas.db import audit
from sipdumas.db.engine import Database
from sipdumas.db.settings import locked_row
from sipdumas.domain.errors import ValidationFailed
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.models.admin import Setting
from sipdumas.resources import RESOURCES

DEFAULT_LOGO = RESOURCES / "letterhead" / "logo.png"
DEFAULT_BODY = RESOURCES / "templates" / "forwarding_body.txt"

_KEY = "workflow"

#: Sifat (urgency/classification of a letter) and the security code its number starts with.
URGENCIES = ("Biasa", "Segera", "Sangat Segera", "Rahasia")
#: The signer's name a fresh installation prints until an administrator gives the real one.
PLACEHOLDER_SIGNER = "Nama Pejabat Penandatangan"


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
    signer_name: str = PLACEHOLDER_SIGNER
    signer_nip: str = "197001011995031001"
    #: "a.n." (atas nama): the head of the office the signer signs for; empty when the signer is the head.
    signer_on_behalf_of: str = ""
    #: "u.b." (untuk beliau): the official between the head and the signer; needs ``signer_on_behalf_of``.
    signer_through: str = ""
    body_template: str = ""
    tembusan: tuple[str, ...] = ("Menteri Sekretaris Negara", "Deputi Bidang Hubungan Kemasyarakatan")
    cc_complainant: bool = True
    #: The units and officials a lembar disposisi offers to tick (diteruskan kepada).
    disposition_recipients: tuple[str, ...] = (
        "Asisten Deputi Pengaduan Masyarakat",
        "Kepala Bidang Penelaahan Pengaduan",
        "Kepala Bidang Tindak Lanjut Pengaduan",
        "Kepala Subbagian Tata Usaha",
        "Analis Pengaduan Masyarakat",
    )

    #: Scan intake: pages one file may have, and seconds of OCR all its pages may take together.
    intake_max_pages: int = 50
    intake_file_seconds: int = 600

    @property
    def signer_unset(self) -> bool:
        """Whether forwarding letters would still be signed with the placeholder name."""
        return not self.signer_name.strip() or self.signer_name.strip() == PLACEHOLDER_SIGNER

    @property
    def logo(self) -> Path | None:
        path = Path(self.logo_path).expanduser() if self.logo_path else DEFAULT_LOGO
        return path if path.is_file() else None

    def body(self) -> str:
        return self.body_template or DEFAULT_BODY.read_text(encoding="utf-8")

    def security_code(self, urgency: str) -> str:
        return self.security_codes.get(urgency, "B")

    def number(
        self, *, urgency: str, serial: int, month: int, year: int, classification: str | None = None
    ) -> str:
        """The number of an outgoing letter; ``classification`` for letters filed under another archive
        classification than forwarding letters (reminders of the archive unit)."""
        return self.number_pattern.format(
            code=self.security_code(urgency),
            serial=serial,
            unit=self.unit_code,
            classification=classification or self.classification_code,
            month=month,
            year=year,
        )


_TUPLES = ("office_lines", "tembusan", "disposition_recipients")
_INTS = ("review_days", "forward_days", "settle_days")
#: Every setting an office can change, in the order ``settings show`` prints them.
KEYS = tuple(f.name for f in dataclasses.fields(WorkflowSettings))

#: The placeholders of the body template and what each one prints (docs/workflow.md lists them too).
PLACEHOLDERS: dict[str, str] = {
    "office": "nama kantor (baris pertama kop surat)",
    "complainant": "pengadu: «Sdr. nama (kabupaten/kota)», atau kalimat pengganti bila dirahasiakan",
    "complainant_name": "nama pengadu (kosong bila dirahasiakan)",
    "complainant_address": "alamat pengadu (kosong bila dirahasiakan)",
    "region": "kabupaten/kota dan provinsi pengadu",
    "letter_ref": "«melalui surat Nomor … tanggal …»",
    "letter_no": "nomor surat pengaduan",
    "letter_date": "tanggal surat pengaduan",
    "subject": "perihal surat pengaduan",
    "summary": "ringkasan pengaduan",
    "category": "kategori masalah",
    "reported_party": "pihak terlapor",
    "agenda_no": "nomor agenda surat masuk",
    "received_date": "tanggal surat diterima",
    "channel": "saluran pengaduan (surat, e-mail, …)",
    "agency": "nama instansi tujuan",
    "addressee": "jabatan penerima (baris «Yth.»)",
    "settle_days": "tenggat penyelesaian (hari kerja)",
    "forward_days": "tenggat penerusan (hari kerja)",
    "reply_to": "ke mana jawaban instansi dikirim: «kepada pengadu dengan tembusan kepada kami», "
    "atau «kepada kami» bila identitas pengadu dirahasiakan",
}

#: The intake limits and their ranges (smallest, largest).
_LIMITS = {"intake_max_pages": (1, 5000), "intake_file_seconds": (10, 86_400)}

_CODE = re.compile(r"[A-Za-z0-9]{1,5}")
_MAX_LINE = 300
_MAX_LOGO_BYTES = 10 * 1024 * 1024


def default_body() -> str:
    """The shipped body template (``resources/templates/forwarding_body.txt``)."""
    return DEFAULT_BODY.read_text(encoding="utf-8")


def load(session: Session) -> WorkflowSettings:
    row = session.get(Setting, _KEY)
    if row is None:
        return WorkflowSettings()
    return _from_json(row.value)


def _from_json(value: str) -> WorkflowSettings:
    data = json.loads(value)
    data = {k: (tuple(v) if k in _TUPLES else v) for k, v in data.items() if k in KEYS}
    return WorkflowSettings(**data)


def to_json(settings: WorkflowSettings) -> dict:
    """Every setting as plain JSON values (``settings show``); an empty ``body_template`` or
    ``logo_path`` means the shipped default."""
    return {k: list(v) if isinstance(v, tuple) else v for k, v in dataclasses.asdict(settings).items()}


def example_number(
    settings: WorkflowSettings, *, urgency: str = "Biasa", serial: int = 1, today: date | None = None
) -> str:
    """The number a forwarding letter of ``urgency`` would get with these settings (no number is taken);
    raises what ``str.format`` raises for a broken pattern (see :func:`problems`)."""
    today = today or date.today()
    return settings.number(urgency=urgency, serial=serial, month=today.month, year=today.year)


def problems(settings: WorkflowSettings) -> dict[str, str]:
    """What is wrong with ``settings`` (field -> message in Indonesian); empty when they can be used."""
    out: dict[str, str] = {}
    for name in _INTS:
        value = getattr(settings, name)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 365:
            out[name] = "Tenggat harus bilangan bulat 0 sampai 365 hari kerja"
    for name, (low, high) in _LIMITS.items():
        value = getattr(settings, name)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            unit = "halaman" if name == "intake_max_pages" else "detik"
            out[name] = f"Batas harus bilangan bulat {low} sampai {high:,} {unit}".replace(",", ".")
    try:
        a = settings.number(urgency="Biasa", serial=1, month=1, year=2026)
        b = settings.number(urgency="Biasa", serial=2, month=1, year=2026)
        c = settings.number(urgency="Biasa", serial=1, month=1, year=2027)
        if len({a, b, c}) < 3:
            out["number_pattern"] = "Pola nomor harus memuat {serial} dan {year}"
        elif len(a) > 100:
            out["number_pattern"] = "Nomor yang dihasilkan terlalu panjang (paling banyak 100 karakter)"
    except (KeyError, IndexError, ValueError, AttributeError, TypeError) as exc:
        known = "{code}, {serial}, {unit}, {classification}, {month:02d}, {year}"
        out["number_pattern"] = f"Pola nomor tidak valid ({_reason(exc)}); yang dikenal: {known}"
    codes = settings.security_codes
    if not isinstance(codes, dict):
        out["security_codes"] = "Kode keamanan harus berupa pasangan Sifat=kode"
    else:
        unknown = [k for k in codes if k not in URGENCIES]
        bad = [f"{k}={v}" for k, v in codes.items() if not isinstance(v, str) or not _CODE.fullmatch(v)]
        if unknown:
            out["security_codes"] = f"Sifat '{unknown[0]}' tidak dikenal (pilih: {', '.join(URGENCIES)})"
        elif bad:
            out["security_codes"] = (
                f"Kode keamanan '{bad[0]}' tidak valid: 1 sampai 5 huruf atau angka (B, R, SR, T)"
            )
    lines = [ln for ln in settings.office_lines if ln.strip()]
    if not lines:
        out["office_lines"] = "Kop surat memerlukan paling sedikit satu baris nama kantor"
    elif any(len(ln) > _MAX_LINE for ln in settings.office_lines):
        out["office_lines"] = f"Baris kop surat terlalu panjang (paling banyak {_MAX_LINE} karakter)"
    for name, message in (
        ("place", "Tempat surat wajib diisi (mis. Jakarta)"),
        ("signer_position", "Jabatan penandatangan wajib diisi"),
        ("signer_name", "Nama penandatangan wajib diisi"),
    ):
        value = getattr(settings, name)
        if not isinstance(value, str) or not value.strip():
            out[name] = message
        elif len(value) > _MAX_LINE:
            out[name] = f"Terlalu panjang (paling banyak {_MAX_LINE} karakter)"
    for name in ("signer_on_behalf_of", "signer_through"):
        value = getattr(settings, name)
        if not isinstance(value, str) or len(value) > _MAX_LINE:
            out[name] = f"Terlalu panjang (paling banyak {_MAX_LINE} karakter)"
    if settings.signer_through.strip() and not settings.signer_on_behalf_of.strip():
        out["signer_through"] = (
            "«u.b.» hanya dipakai bersama «a.n.»: isi dulu jabatan pimpinan yang diwakili (signer_on_behalf_of)"
        )
    if any(not t.strip() or len(t) > _MAX_LINE for t in settings.disposition_recipients):
        out["disposition_recipients"] = (
            "Setiap tujuan disposisi harus berisi satu unit atau jabatan (tidak kosong, paling banyak 300 karakter)"
        )
    nip = "".join(settings.signer_nip.split())
    if nip and not (nip.isdigit() and len(nip) == 18):
        out["signer_nip"] = "NIP harus 18 digit angka (kosongkan bila penandatangan tidak ber-NIP)"
    if any(not t.strip() or len(t) > _MAX_LINE for t in settings.tembusan):
        out["tembusan"] = (
            "Setiap tembusan harus berisi satu jabatan (tidak kosong, paling banyak 300 karakter)"
        )
    if settings.logo_path:
        wrong = _logo_problem(Path(settings.logo_path).expanduser())
        if wrong:
            out["logo_path"] = wrong
    if settings.body_template:
        template = string.Template(settings.body_template)
        unknown = [name for name in template.get_identifiers() if name not in PLACEHOLDERS]
        if unknown:
            out["body_template"] = (
                f"Isian ${unknown[0]} tidak dikenal (tulis $$ untuk tanda $ biasa); "
                f"yang dikenal: {', '.join('$' + p for p in PLACEHOLDERS)}"
            )
        elif not settings.body_template.strip():
            out["body_template"] = "Isi surat tidak boleh kosong"
    return out


def _reason(exc: BaseException) -> str:
    """Why ``str.format`` refused a number pattern, in words an office reads."""
    message = str(exc)
    if isinstance(exc, KeyError):
        return f"isian {{{exc.args[0]}}} tidak dikenal"
    if isinstance(exc, IndexError):
        return "isian {} harus bernama, mis. {serial}"
    if isinstance(exc, AttributeError):
        return "nama isian tidak boleh memuat titik"
    if "'{'" in message or "'}'" in message:
        return "kurung kurawal { } tidak berpasangan; tulis {{ atau }} untuk kurung biasa"
    if "format code" in message or "format specifier" in message:
        return "format angka tidak dikenal, mis. {serial:03d} atau {month:02d}"
    return message or type(exc).__name__


def _logo_problem(path: Path) -> str | None:
    """Why ``path`` cannot be the letterhead's logo, or None. The path must be readable from every
    workstation that prints (a shared folder when there are several)."""
    if not path.is_file():
        return f"Berkas logo {path} tidak ditemukan"
    if path.stat().st_size > _MAX_LOGO_BYTES:
        return "Berkas logo terlalu besar (paling besar 10 MB)"
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as img:
            img.verify()
    except (OSError, UnidentifiedImageError, SyntaxError, ValueError):
        return f"Berkas {path.name} bukan gambar yang dapat dibaca (PNG atau JPEG)"
    return None


def update(db: Database, actor: Actor, *, changes: Mapping[str, object]) -> WorkflowSettings:
    """Change the settings named in ``changes`` (key -> typed value as :class:`WorkflowSettings` holds
    it; ``None`` puts a setting back to its default), keeping the others as stored; administrators only.
    The one writer of these settings: ``settings set/reset``, Pengaturan surat penerusan and the
    deadlines of Tenggat dan hari kerja all call it. Refused with the reasons of the changed keys when
    they cannot be used (:class:`~sipdumas.domain.errors.ValidationFailed`, one entry per key), and
    nothing is stored then; a change is one audit entry (``settings``). Returns the settings now in
    force."""
    actor.require(Permission.MANAGE_SETTINGS)
    unknown = [k for k in changes if k not in KEYS]
    if unknown:
        raise ValidationFailed(
            {unknown[0]: f"Pengaturan '{unknown[0]}' tidak dikenal (yang ada: {', '.join(KEYS)})"}
        )
    defaults = WorkflowSettings()
    values = {k: (getattr(defaults, k) if v is None else v) for k, v in changes.items()}
    with db.transaction() as session:
        row = locked_row(session, _KEY)
        current = _from_json(row.value)
        try:
            new = dataclasses.replace(current, **values)
        except TypeError as exc:  # pragma: no cover - keys are checked above
            raise ValidationFailed({"settings": str(exc)}) from None
        wrong = {k: v for k, v in problems(new).items() if k in changes}
        if wrong:
            raise ValidationFailed(wrong)
        _store(session, actor, row, current, new)
        return new


def _store(
    session: Session, actor: Actor, row: Setting, old: WorkflowSettings, new: WorkflowSettings
) -> None:
    """Write ``new`` (only what differs from the defaults, so a later version's new defaults apply) and
    audit which settings changed, with their new values."""
    defaults = WorkflowSettings()
    differs = {k: getattr(new, k) for k in KEYS if getattr(new, k) != getattr(defaults, k)}
    row.value = json.dumps(
        {k: list(v) if isinstance(v, tuple) else v for k, v in differs.items()}, ensure_ascii=False
    )
    changed = {}
    for k in KEYS:
        value = getattr(new, k)
        if value != getattr(old, k):
            value = list(value) if isinstance(value, tuple) else value
            changed[k] = value[:200] if isinstance(value, str) else value
    audit.record(session, actor, "settings", "workflow", None, changed=sorted(changed), values=changed)


def get(db: Database) -> WorkflowSettings:
    with db.session() as session:
        return load(session)
