"""The lending settings: the loan period (5 working days unless a rule for the borrower's category or
the file's kind says otherwise), how often a loan may be renewed, and after how many working days
overdue the first, second and third reminder letters are due; with the reminder letters' texts
(:mod:`sipdumas.services.archive.reminder_texts`) they are changed by one function,
:func:`save_lending_settings`, which both the client's Pengaturan → Peminjaman arsip and the
``loan settings / rule / template`` commands call.

Anyone may read the settings (the desk shows the period they give); only administrators
(``manage_settings``) change them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sipdumas.db import audit
from sipdumas.db.engine import Database
from sipdumas.db.settings import locked_row
from sipdumas.domain.errors import NotFound
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.models.admin import Setting
from sipdumas.models.archive import Loan
from sipdumas.services.archive.errors import LoanRefused, LoanSettingsInvalid
from sipdumas.services.archive.reminder_texts import (
    ReminderTemplate,
    store_templates,
    templates_in_force,
    templates_problems,
)

_KEY = "loans"


@dataclass(frozen=True, slots=True)
class LoanRule:
    """A loan period for some loans. ``None`` fields match anything; the rule naming the most fields
    wins (ties: the first listed)."""

    days: int
    borrower_category: str | None = None
    classification_prefix: str | None = None
    confidential: bool | None = None

    def matches(self, category: str | None, classification: str | None, confidential: bool) -> bool:
        if self.borrower_category is not None and (category or "").lower() != self.borrower_category.lower():
            return False
        if self.classification_prefix is not None and not (classification or "").startswith(
            self.classification_prefix
        ):
            return False
        return self.confidential is None or self.confidential == confidential

    @property
    def weight(self) -> int:
        return sum(
            v is not None for v in (self.borrower_category, self.classification_prefix, self.confidential)
        )


@dataclass(frozen=True, slots=True)
class LoanSettings:
    """``default_days``: the loan period in working days; ``rules``: other periods by borrower category
    (e.g. "pimpinan", "eksternal") and file type (classification prefix, confidential); ``max_renewals``:
    how often a loan may be extended; ``reminder_after``: working days overdue from which the first,
    second and third reminder letters are due."""

    default_days: int = 5
    rules: tuple[LoanRule, ...] = ()
    max_renewals: int = 2
    reminder_after: tuple[int, int, int] = (1, 5, 10)
    #: Who signs the reminder letters (not the user who prints them), and under which archive
    #: classification they are numbered (the number pattern and serial are the office's).
    reminder_signer_position: str = "Kepala Bagian Arsip dan Dokumentasi"
    reminder_signer_name: str = "Nama Pejabat Kearsipan"
    reminder_signer_nip: str = ""
    reminder_on_behalf_of: str = ""
    reminder_classification: str = "KA.02.01"

    def period(self, *, category: str | None, classification: str | None, confidential: bool) -> int:
        best: LoanRule | None = None
        for rule in self.rules:
            if rule.matches(category, classification, confidential) and (
                best is None or rule.weight > best.weight
            ):
                best = rule
        return best.days if best else self.default_days


@dataclass(frozen=True, slots=True)
class LendingSettings:
    """What Pengaturan → Peminjaman arsip shows: the loan settings and the three reminder letters'
    texts in force, first to third."""

    loans: LoanSettings
    templates: tuple[ReminderTemplate, ...]


def load_settings(session: Session) -> LoanSettings:
    row = session.get(Setting, _KEY)
    if row is None:
        return LoanSettings()
    data = json.loads(row.value)
    defaults = LoanSettings()
    return LoanSettings(
        default_days=int(data.get("default_days", 5)),
        rules=tuple(LoanRule(**r) for r in data.get("rules", [])),
        max_renewals=int(data.get("max_renewals", 2)),
        reminder_after=tuple(data.get("reminder_after", (1, 5, 10))),
        **{k: str(data.get(k, getattr(defaults, k))) for k in TEXT_KEYS},
    )


def get_settings(db: Database) -> LoanSettings:
    """The loan settings in force (anyone may read them: the desk shows the period they give)."""
    with db.session() as session:
        return load_settings(session)


# -------------------------------------------------------------------------------------------- checks

#: The settings changed one by one (``loan settings set KEY``), in the order ``loan settings show`` prints.
TEXT_KEYS = (
    "reminder_signer_position",
    "reminder_signer_name",
    "reminder_signer_nip",
    "reminder_on_behalf_of",
    "reminder_classification",
)
SETTING_KEYS = ("default_days", "max_renewals", "reminder_after", *TEXT_KEYS)
MAX_DAYS, MAX_RENEWALS, MAX_REMINDER_DAYS = 120, 10, 365
_MAX_CATEGORY, _MAX_PREFIX = 40, 30  # loans.borrower_category is 40 characters; a prefix is a code
_DAYS_MESSAGE = f"Masa pinjam harus bilangan bulat 1 sampai {MAX_DAYS} hari kerja"


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def rule_problems(rule: LoanRule) -> dict[str, str]:
    """What is wrong with one rule (field -> message); empty when it can be used."""
    out: dict[str, str] = {}
    if not _whole(rule.days) or not 1 <= rule.days <= MAX_DAYS:
        out["days"] = _DAYS_MESSAGE
    if rule.borrower_category is not None and len(rule.borrower_category) > _MAX_CATEGORY:
        out["borrower_category"] = f"Golongan peminjam paling panjang {_MAX_CATEGORY} karakter"
    if rule.classification_prefix is not None and len(rule.classification_prefix) > _MAX_PREFIX:
        out["classification_prefix"] = f"Awalan kode klasifikasi paling panjang {_MAX_PREFIX} karakter"
    if rule.weight == 0:
        out["rule"] = (
            "Aturan harus menyebut sedikitnya satu dari: golongan peminjam, awalan kode klasifikasi, "
            "atau sifat berkas (rahasia/biasa); untuk semua pinjaman ubah masa pinjam bawaan"
        )
    return out


def settings_problems(settings: LoanSettings) -> dict[str, str]:
    """What is wrong with ``settings`` (setting -> message in Indonesian); empty when they can be used."""
    out: dict[str, str] = {}
    if not _whole(settings.default_days) or not 1 <= settings.default_days <= MAX_DAYS:
        out["default_days"] = _DAYS_MESSAGE
    if not _whole(settings.max_renewals) or not 0 <= settings.max_renewals <= MAX_RENEWALS:
        out["max_renewals"] = f"Batas perpanjangan harus bilangan bulat 0 sampai {MAX_RENEWALS} kali"
    after = tuple(settings.reminder_after) if isinstance(settings.reminder_after, (tuple, list)) else ()
    if len(after) != 3 or not all(_whole(n) for n in after):
        out["reminder_after"] = "Tulis tiga ambang surat pengingat (pertama, kedua, ketiga), mis. 1 5 10"
    elif any(not 1 <= n <= MAX_REMINDER_DAYS for n in after):
        out["reminder_after"] = (
            f"Ambang surat pengingat harus 1 sampai {MAX_REMINDER_DAYS} hari kerja terlambat"
        )
    elif not after[0] < after[1] < after[2]:
        out["reminder_after"] = (
            "Ambang surat pengingat harus naik: pengingat kedua sesudah pertama, ketiga sesudah kedua "
            f"(bukan {' '.join(map(str, after))})"
        )
    for key in TEXT_KEYS:
        value = getattr(settings, key)
        if not isinstance(value, str) or len(value) > 300:
            out[key] = "Tulis paling banyak 300 karakter"
    for key, message in (
        ("reminder_signer_position", "Jabatan penanda tangan surat pengingat wajib diisi"),
        ("reminder_signer_name", "Nama penanda tangan surat pengingat wajib diisi"),
    ):
        if key not in out and not getattr(settings, key).strip():
            out[key] = message
    nip = "".join(str(settings.reminder_signer_nip).split())
    if nip and not (nip.isdigit() and len(nip) == 18):
        out["reminder_signer_nip"] = "NIP harus 18 digit angka (kosongkan bila penanda tangan tidak ber-NIP)"
    if not re.fullmatch(r"[A-Za-z0-9.\-/]{1,40}", str(settings.reminder_classification).strip() or "-"):
        out["reminder_classification"] = (
            "Kode klasifikasi arsip: huruf, angka, titik atau garis, mis. KA.02.01"
        )
    for number, rule in enumerate(settings.rules, start=1):
        wrong = rule_problems(rule)
        if wrong:
            out["rules"] = f"Aturan nomor {number}: {next(iter(wrong.values()))}"
            break
    return out


def clean_rule(rule: LoanRule) -> LoanRule:
    """``rule`` as stored: the category in lower case (as the desk stores a borrower's), spaces
    trimmed, an empty text meaning "any"."""
    category = " ".join((rule.borrower_category or "").split()).lower() or None
    prefix = (rule.classification_prefix or "").strip() or None
    return LoanRule(
        days=rule.days,
        borrower_category=category,
        classification_prefix=prefix,
        confidential=rule.confidential,
    )


def _same_loans(rule: LoanRule) -> tuple:
    """What a rule is for, without its period: two rules for the same loans cannot both apply."""
    return ((rule.borrower_category or "").lower() or None, rule.classification_prefix, rule.confidential)


# -------------------------------------------------------------------------------------------- the writer


def save_lending_settings(
    db: Database,
    actor: Actor,
    *,
    settings: Mapping[str, object] | None = None,
    add_rule: LoanRule | None = None,
    delete_rule: int | None = None,
    expect_rule: LoanRule | None = None,
    templates: Mapping[int, str | None] | None = None,
) -> LendingSettings:
    """Change the lending settings; administrators only. Every part is optional:

    - ``settings``: ``default_days``, ``max_renewals``, ``reminder_after`` -> the new value (``None`` puts
      that setting back to its default); the others are kept as stored;
    - ``delete_rule``: the number (1-based, as ``loan rules`` lists them) of a loan-period rule to remove;
      with ``expect_rule`` (the rule a screen shows under that number) refused when another workstation
      changed the list meanwhile, so the wrong rule is never removed;
    - ``add_rule``: a rule appended to the list (after the removal; stored as :func:`clean_rule` writes
      it; a later rule only wins over an earlier one by naming more fields), refused when an equal rule
      exists;
    - ``templates``: reminder level (1, 2, 3) -> the body of its letter (``None`` or the shipped text
      puts that level back to the default, so a later version's wording applies). Letters already sent
      are not changed.

    The whole change is checked and stored in one transaction with one audit entry (``loan_settings``);
    a refusal leaves everything as it was: :class:`~sipdumas.services.archive.errors.LoanSettingsInvalid`
    with every problem (the setting names; for the new rule ``days``, ``borrower_category``,
    ``classification_prefix``, ``rule``; ``"1"``–``"3"`` or ``level`` for the templates),
    :class:`~sipdumas.domain.errors.NotFound` for a rule number not in the list. Returns the lending
    settings now in force."""
    actor.require(Permission.MANAGE_SETTINGS)
    settings, templates = dict(settings or {}), dict(templates or {})
    wrong: dict[str, str] = {}
    unknown = [k for k in settings if k not in SETTING_KEYS]
    if unknown:
        wrong[unknown[0]] = (
            f"Pengaturan peminjaman '{unknown[0]}' tidak dikenal (yang ada: {', '.join(SETTING_KEYS)})"
        )
    new_rule = clean_rule(add_rule) if add_rule is not None else None
    rule_wrong = rule_problems(new_rule) if new_rule is not None else {}
    wrong.update(rule_wrong)
    wrong.update(templates_problems(templates))
    changes_loans = bool(settings) or new_rule is not None or delete_rule is not None
    with db.transaction() as session:
        # the loans row first, then the templates' row: two saves at once wait for each other, never deadlock
        row = locked_row(session, _KEY) if changes_loans else None
        current = load_settings(session)
        new, removed = current, None
        if row is not None:
            rules, removed = _without_rule(current.rules, delete_rule, expect_rule)
            if new_rule is not None:
                same = _equal_rule(rules, new_rule)
                if same and not rule_wrong:
                    wrong["rule"] = same
                rules = (*rules, new_rule)
            defaults = LoanSettings()
            values = {
                k: getattr(defaults, k) if v is None else v for k, v in settings.items() if k in SETTING_KEYS
            }
            if isinstance(values.get("reminder_after"), list):
                values["reminder_after"] = tuple(values["reminder_after"])
            for key in TEXT_KEYS:
                if isinstance(values.get(key), str):
                    values[key] = " ".join(values[key].split())
            new = replace(current, rules=rules, **values)
            wrong.update({k: v for k, v in settings_problems(new).items() if k in settings})
        if wrong:
            raise LoanSettingsInvalid(wrong)
        if row is None and not templates:
            return LendingSettings(current, templates_in_force(session))
        why: dict[str, Any] = {}
        if row is not None:
            value = _settings_json(new)
            row.value = json.dumps(value, ensure_ascii=False)
            why["value"] = value
            if settings:
                why["changed"] = sorted(settings)
            if removed is not None:
                why["removed"] = asdict(removed)
            if new_rule is not None:
                why["added"] = asdict(new_rule)
        if templates:
            why["templates"] = sorted(templates)
            why["custom_templates"] = store_templates(session, templates)
        audit.record(session, actor, "loan_settings", "setting", None, **why)
        return LendingSettings(new, templates_in_force(session))


def _equal_rule(rules: tuple[LoanRule, ...], rule: LoanRule) -> str | None:
    """Why ``rule`` cannot join ``rules``: one of them is already for the same loans; or None."""
    for number, other in enumerate(rules, start=1):
        if _same_loans(other) == _same_loans(rule):
            return (
                f"Aturan nomor {number} sudah berlaku untuk pinjaman yang sama ({describe_rule(other)}, "
                f"{other.days} hari kerja): hapus aturan itu lebih dahulu bila masa pinjamnya hendak diubah"
            )
    return None


def _without_rule(
    rules: tuple[LoanRule, ...], number: int | None, expect: LoanRule | None
) -> tuple[tuple[LoanRule, ...], LoanRule | None]:
    """``rules`` without rule ``number`` (1-based), and the rule removed."""
    if number is None:
        return rules, None
    if not 1 <= number <= len(rules):
        count = len(rules)
        raise NotFound(
            f"Tidak ada aturan masa pinjam nomor {number} "
            + (f"(ada {count} aturan: nomor 1 sampai {count})" if count else "(belum ada aturan)")
        )
    rule = rules[number - 1]
    if expect is not None and rule != expect:
        raise LoanRefused(
            "Daftar aturan masa pinjam baru saja diubah di komputer lain: muat ulang lalu ulangi"
        )
    return rules[: number - 1] + rules[number:], rule


def _settings_json(settings: LoanSettings) -> dict[str, Any]:
    """The settings as stored in the ``loans`` row (and in the audit entry)."""
    defaults = LoanSettings()
    return {
        "default_days": settings.default_days,
        "rules": [asdict(r) for r in settings.rules],
        "max_renewals": settings.max_renewals,
        "reminder_after": list(settings.reminder_after),
        # the signer's texts only where an office changed them, so a later version's defaults apply
        **{k: getattr(settings, k) for k in TEXT_KEYS if getattr(settings, k) != getattr(defaults, k)},
    }


def add_loan_rule(
    db: Database,
    actor: Actor,
    *,
    days: int,
    borrower_category: str | None = None,
    classification_prefix: str | None = None,
    confidential: bool | None = None,
) -> tuple[int, LoanRule]:
    """``loan rule add``: :func:`save_lending_settings` with one rule added. Returns its number
    (1-based, as ``loan rules`` lists them) and the rule as stored."""
    rule = LoanRule(
        days=days,
        borrower_category=borrower_category,
        classification_prefix=classification_prefix,
        confidential=confidential,
    )
    rules = save_lending_settings(db, actor, add_rule=rule).loans.rules
    return len(rules), rules[-1]


def delete_loan_rule(db: Database, actor: Actor, *, number: int) -> LoanRule:
    """``loan rule delete NUMBER``: :func:`save_lending_settings` removing the rule listed under
    ``number`` now (refused, rather than removing another, when the list changes before it is
    removed). Returns the removed rule."""
    rules = get_settings(db).rules
    expect = rules[number - 1] if 1 <= number <= len(rules) else None
    save_lending_settings(db, actor, delete_rule=number, expect_rule=expect)
    return expect


# ---------------------------------------------------------------------------------------- reading


def describe_rule(rule: LoanRule) -> str:
    """``golongan pimpinan, klasifikasi HK…, berkas rahasia``: which loans the rule is for."""
    parts = []
    if rule.borrower_category is not None:
        parts.append(f"golongan {rule.borrower_category}")
    if rule.classification_prefix is not None:
        parts.append(f"klasifikasi {rule.classification_prefix}…")
    if rule.confidential is not None:
        parts.append("berkas rahasia" if rule.confidential else "berkas tidak rahasia")
    return ", ".join(parts) or "semua pinjaman"


def rule_to_json(number: int, rule: LoanRule) -> dict[str, Any]:
    return {"number": number, **asdict(rule)}


def settings_to_json(settings: LoanSettings) -> dict[str, Any]:
    """``loan settings show``: the settings, the rules numbered as ``loan rule delete`` takes them."""
    return {
        "default_days": settings.default_days,
        "max_renewals": settings.max_renewals,
        "reminder_after": list(settings.reminder_after),
        **{k: getattr(settings, k) for k in TEXT_KEYS},
        "rules": [rule_to_json(n, r) for n, r in enumerate(settings.rules, start=1)],
    }


def borrower_categories(db: Database, actor: Actor) -> list[str]:
    """The borrower categories to offer (golongan peminjam): those the rules name, then those already
    written on loans, each once, in lower case; the desk and the settings dialog still take any text."""
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        in_rules = [r.borrower_category for r in load_settings(session).rules if r.borrower_category]
        used = session.scalars(
            select(Loan.borrower_category).where(Loan.borrower_category.is_not(None)).distinct()
        ).all()
    out: list[str] = []
    for category in [*in_rules, *sorted(used)]:
        category = category.strip().lower()
        if category and category not in out:
            out.append(category)
    return out
