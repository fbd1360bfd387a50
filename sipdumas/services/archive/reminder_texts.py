"""The bodies of the reminder letters for overdue loans (first, second, third): the shipped texts,
the placeholders they may use, what makes a text unusable, and the texts in force.

An office's own texts are kept in the setting ``loan_reminder_templates`` (``{"1": "...", ...}``, only
the levels that differ from the shipped text, so a later version's wording applies to the others);
they are changed with the other lending settings by
:func:`sipdumas.services.archive.loan_settings.save_lending_settings`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from string import Template

from sqlalchemy.orm import Session

from sipdumas.db.engine import Database
from sipdumas.db.settings import locked_row
from sipdumas.models.admin import Setting

LEVEL_NAMES = {1: "Pertama", 2: "Kedua", 3: "Ketiga"}

#: Reminder templates (string.Template, placeholders in :data:`REMINDER_PLACEHOLDERS`; paragraphs
#: separated by a blank line).
DEFAULT_TEMPLATES = {
    1: (
        "Berdasarkan catatan peminjaman arsip kami, Saudara meminjam berkas $code ($title) pada $lent_on "
        "dengan batas waktu pengembalian $due_on. Sampai hari ini berkas tersebut belum dikembalikan "
        "($days_overdue hari kerja melewati batas waktu).\n\n"
        "Kami mohon berkas tersebut dapat dikembalikan ke Unit Arsip paling lambat 2 (dua) hari kerja "
        "setelah surat ini diterima, atau diperpanjang bila masih diperlukan.\n\n"
        "Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih."
    ),
    2: (
        "Menindaklanjuti surat pengingat pertama kami, berkas $code ($title) yang Saudara pinjam pada "
        "$lent_on dengan batas waktu $due_on sampai hari ini belum dikembalikan ($days_overdue hari kerja "
        "melewati batas waktu).\n\n"
        "Kami minta dengan hormat agar berkas tersebut dikembalikan ke Unit Arsip dalam 1 (satu) hari kerja. "
        "Keterlambatan lebih lanjut akan kami laporkan kepada atasan Saudara.\n\n"
        "Demikian kami sampaikan, atas perhatian Saudara kami ucapkan terima kasih."
    ),
    3: (
        "Meskipun telah kami ingatkan dua kali, berkas $code ($title) yang Saudara pinjam pada $lent_on "
        "dengan batas waktu $due_on belum juga dikembalikan ($days_overdue hari kerja melewati batas waktu).\n\n"
        "Arsip adalah milik negara yang wajib dijaga keberadaannya. Dengan ini Saudara diminta "
        "mengembalikan berkas tersebut hari ini juga. Surat ini kami tembuskan kepada pimpinan unit kerja "
        "Saudara untuk ditindaklanjuti.\n\n"
        "Demikian untuk menjadi perhatian."
    ),
}

#: What each placeholder of a reminder template prints (the dialog and docs/archive.md list them).
REMINDER_PLACEHOLDERS: dict[str, str] = {
    "borrower": "nama peminjam",
    "unit": "unit kerja peminjam",
    "code": "kode berkas (barcode pada label)",
    "title": "judul berkas («-» bila tanpa judul)",
    "lent_on": "tanggal pinjam, mis. 4 Maret 2026",
    "due_on": "tanggal jatuh tempo",
    "days_overdue": "hari kerja melewati jatuh tempo",
    "level_name": "tingkat pengingat: Pertama, Kedua, Ketiga",
}

_KEY = "loan_reminder_templates"
_MAX_TEMPLATE = 10_000


@dataclass(frozen=True, slots=True)
class ReminderTemplate:
    """The body of the reminder letter of one level as in force; ``default`` when it is the shipped one."""

    level: int
    text: str
    default: bool

    @property
    def name(self) -> str:
        return LEVEL_NAMES[self.level]

    def to_json(self) -> dict:
        return {"level": self.level, "name": self.name, "default": self.default, "text": self.text}


def load_templates(session: Session) -> dict[int, str]:
    """The body of each level in force (level -> text)."""
    row = session.get(Setting, _KEY)
    templates = dict(DEFAULT_TEMPLATES)
    if row is not None:
        templates.update({int(k): v for k, v in json.loads(row.value).items() if v})
    return templates


def templates_in_force(session: Session) -> tuple[ReminderTemplate, ...]:
    """The three reminder templates in force, first to third."""
    templates = load_templates(session)
    return tuple(
        ReminderTemplate(n, templates[n], templates[n] == DEFAULT_TEMPLATES[n]) for n in sorted(LEVEL_NAMES)
    )


def reminder_templates(db: Database) -> list[ReminderTemplate]:
    """The three reminder templates in force, first to third (anyone may read them)."""
    with db.session() as session:
        return list(templates_in_force(session))


def template_problem(text: str) -> str | None:
    """Why ``text`` cannot be a reminder letter's body, or None: empty, too long, a ``$`` that names no
    known placeholder (a typo would otherwise be printed as it is, ``$pemnjam``, on a letter sent out)."""
    if not text.strip():
        return "Isi surat pengingat tidak boleh kosong (kembalikan ke bawaan bila perlu)"
    if len(text) > _MAX_TEMPLATE:
        return f"Isi surat pengingat terlalu panjang (paling banyak {_MAX_TEMPLATE} karakter)"
    known = ", ".join("$" + p for p in REMINDER_PLACEHOLDERS)
    template = Template(text)
    unknown = [name for name in template.get_identifiers() if name not in REMINDER_PLACEHOLDERS]
    if unknown:
        return f"Isian ${unknown[0]} tidak dikenal (tulis $$ untuk tanda $ biasa); yang dikenal: {known}"
    if not template.is_valid():
        return f"Tanda $ tanpa nama isian yang sah (tulis $$ untuk tanda $ biasa); yang dikenal: {known}"
    return None


def templates_problems(templates: Mapping[int, str | None]) -> dict[str, str]:
    """What is wrong with new texts (level -> text, ``None`` for the shipped one): ``"1"``–``"3"`` ->
    the reason, ``"level"`` for a level that does not exist; empty when they can be stored."""
    out: dict[str, str] = {}
    for level, text in templates.items():
        if level not in LEVEL_NAMES:
            out["level"] = f"Tingkat surat pengingat {level} tidak dikenal (pilih 1, 2 atau 3)"
            continue
        problem = None if text is None else template_problem(text)
        if problem:
            out[str(level)] = problem
    return out


def store_templates(session: Session, templates: Mapping[int, str | None]) -> list[int]:
    """Write new texts checked by :func:`templates_problems` in the caller's transaction (the row locked
    until it ends); ``None`` or the shipped text puts a level back to the default, which is then not
    stored. Returns the levels that now have the office's own text."""
    row = locked_row(session, _KEY)
    stored = {int(k): v for k, v in json.loads(row.value).items() if v}
    for level, text in templates.items():
        if text is None or text.strip() == DEFAULT_TEMPLATES[level].strip():
            stored.pop(level, None)
        else:
            stored[level] = text.strip()
    row.value = json.dumps({str(k): stored[k] for k in sorted(stored)}, ensure_ascii=False)
    return sorted(stored)
