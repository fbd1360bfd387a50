"""Changing the lending settings piece by piece: loan periods, rules per borrower category and
file type, the renewal limit, the reminder thresholds and the reminder letters' templates; what a change
does at the desk and on the printed reminder, every refusal leaving the settings as they were, and the
roles that may not change them. Every change goes through the one writer,
:func:`~sipdumas.services.archive.loan_settings.save_lending_settings`."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from test_loans import PEMINJAM, at, new_file
from test_loans_printing import pdf_text

from sipdumas.domain.errors import NotFound, PermissionDenied, ValidationFailed
from sipdumas.domain.permissions import Actor, Role
from sipdumas.models.admin import AuditEvent, Setting
from sipdumas.services.archive import loan_papers as P
from sipdumas.services.archive import loan_settings as LS
from sipdumas.services.archive import loans as S
from sipdumas.services.archive import reminder_texts as RT
from sipdumas.services.archive.errors import LoanRefused, LoanSettingsInvalid

MONDAY = date(2026, 3, 2)  # + 5 working days: Monday 9 March
ANALYST, ARCHIVIST = Actor("ana", Role.ANALYST), Actor("arsi", Role.ARCHIVIST)


def change(db, actor, **settings) -> LS.LoanSettings:
    """Some loan settings changed, as ``loan settings set/reset`` changes them."""
    return LS.save_lending_settings(db, actor, settings=settings).loans


def texts(db, actor, templates) -> list[RT.ReminderTemplate]:
    """Some reminder texts changed, as ``loan template set/reset`` changes them."""
    return list(LS.save_lending_settings(db, actor, templates=templates).templates)


def test_a_rule_for_pimpinan_moves_the_due_date_at_lending(db, admin):
    before = S.lend_file(
        db,
        admin,
        code=new_file(db, admin, "a"),
        borrower=S.Borrower("Pak Deputi", "Deputi", category="pimpinan"),
        now=at(MONDAY),
    )
    assert before.due_on == date(2026, 3, 9)

    number, rule = LS.add_loan_rule(db, admin, days=10, borrower_category="  Pimpinan ")
    assert (number, rule) == (1, LS.LoanRule(days=10, borrower_category="pimpinan"))
    boss = S.Borrower("Pak Deputi", "Deputi", category="PIMPINAN")
    assert S.lend_file(
        db, admin, code=new_file(db, admin, "b"), borrower=boss, now=at(MONDAY)
    ).due_on == date(2026, 3, 16)
    # anyone else keeps the default period
    assert S.lend_file(
        db, admin, code=new_file(db, admin, "c"), borrower=PEMINJAM, now=at(MONDAY)
    ).due_on == date(2026, 3, 9)
    assert LS.borrower_categories(db, admin) == ["pimpinan"]


def test_a_rule_on_the_classification_prefix_and_the_default_period(db, admin):
    LS.add_loan_rule(db, admin, days=2, classification_prefix="HK")
    LS.add_loan_rule(db, admin, days=15, confidential=True)
    settings = change(db, admin, default_days=7)
    assert settings.default_days == 7 and len(settings.rules) == 2
    hk = new_file(db, admin, "hk", classification="HK.01.02")
    um = new_file(db, admin, "um", classification="UM.01")
    assert S.lend_file(db, admin, code=hk, borrower=PEMINJAM, now=at(MONDAY)).due_on == date(2026, 3, 4)
    assert S.lend_file(db, admin, code=um, borrower=PEMINJAM, now=at(MONDAY)).due_on == date(2026, 3, 11)

    assert LS.delete_loan_rule(db, admin, number=1) == LS.LoanRule(days=2, classification_prefix="HK")
    assert LS.get_settings(db).rules == (LS.LoanRule(days=15, confidential=True),)
    S.return_file(db, admin, code=hk)
    assert S.lend_file(db, admin, code=hk, borrower=PEMINJAM, now=at(MONDAY)).due_on == date(2026, 3, 11)
    with db.session() as s:
        actions = s.scalars(select(AuditEvent.action).where(AuditEvent.entity == "setting")).all()
    assert actions.count("loan_settings") == 4  # two rules added, the period, one rule removed


def test_the_renewal_limit_is_respected(db, admin):
    assert change(db, admin, max_renewals=1).max_renewals == 1
    code = new_file(db, admin)
    S.lend_file(db, admin, code=code, borrower=PEMINJAM, now=at(MONDAY))
    assert S.renew_loan(db, admin, code=code, now=at(date(2026, 3, 3))).due_on == date(2026, 3, 16)
    with pytest.raises(LoanRefused, match=r"diperpanjang 1 kali \(batas 1\)"):
        S.renew_loan(db, admin, code=code, now=at(date(2026, 3, 4)))
    change(db, admin, max_renewals=0)
    other = new_file(db, admin, "lain")
    S.lend_file(db, admin, code=other, borrower=PEMINJAM, now=at(MONDAY))
    with pytest.raises(LoanRefused, match=r"batas 0"):
        S.renew_loan(db, admin, code=other, now=at(date(2026, 3, 3)))
    assert change(db, admin, max_renewals=None).max_renewals == 2  # None: the default again


def test_the_thresholds_say_when_the_first_reminder_is_due(db, admin):
    change(db, admin, reminder_after=(3, 6, 9))
    S.lend_file(db, admin, code=new_file(db, admin), borrower=PEMINJAM, now=at(MONDAY))  # due Monday 9 March
    assert P.send_reminders(db, admin, as_of=date(2026, 3, 10)).sent == []  # 1 working day late
    assert P.send_reminders(db, admin, as_of=date(2026, 3, 11)).sent == []  # 2
    assert [(r.level, r.days_overdue) for r in P.send_reminders(db, admin, as_of=date(2026, 3, 12)).sent] == [
        (1, 3)
    ]
    assert P.send_reminders(db, admin, as_of=date(2026, 3, 16)).sent == []  # 5: the second waits for 6
    assert [r.level for r in P.send_reminders(db, admin, as_of=date(2026, 3, 17)).sent] == [2]


def test_a_changed_template_shows_in_the_printed_reminder_and_resets(db, admin):
    text = (
        "Yth. $borrower dari $unit: berkas $code sudah $days_overdue hari kerja lewat tempo.\n\n"
        "Denda keterlambatan $$0, pengingat $level_name."
    )
    saved = texts(db, admin, {1: text})
    assert [(t.level, t.default) for t in saved] == [(1, False), (2, True), (3, True)]
    assert saved[0].text == text and saved[0].to_json()["name"] == "Pertama"
    loan = S.lend_file(db, admin, code=new_file(db, admin), borrower=PEMINJAM, now=at(MONDAY))
    printed = pdf_text(P.send_reminders(db, admin, as_of=date(2026, 3, 10)).pdf)
    words = " ".join(printed.split())
    assert f"berkas {loan.code} sudah 1 hari kerja lewat tempo" in words
    assert (
        "Yth. Rina Siregar dari Bagian Telaah" in words
        and "Denda keterlambatan $0, pengingat Pertama." in words
    )
    assert "Berdasarkan catatan peminjaman" not in words

    back = texts(db, admin, {1: None})[0]
    assert back.default and back.text == RT.DEFAULT_TEMPLATES[1]
    # the shipped text saved as it is counts as the default (a later version's wording then applies)
    assert texts(db, admin, {2: RT.DEFAULT_TEMPLATES[2] + "\n"})[1].default
    with db.session() as s:
        assert RT.load_templates(s) == RT.DEFAULT_TEMPLATES


@pytest.mark.parametrize(
    ("changes", "key", "words"),
    [
        ({"default_days": 0}, "default_days", "1 sampai 120"),
        ({"default_days": 121}, "default_days", "1 sampai 120"),
        ({"max_renewals": 11}, "max_renewals", "0 sampai 10"),
        ({"max_renewals": -1}, "max_renewals", "0 sampai 10"),
        ({"reminder_after": (5, 5, 10)}, "reminder_after", "harus naik"),
        ({"reminder_after": (10, 5, 1)}, "reminder_after", "harus naik"),
        ({"reminder_after": (0, 5, 10)}, "reminder_after", "1 sampai 365"),
        ({"reminder_after": (1, 5)}, "reminder_after", "tiga ambang"),
        ({"loan_days": 3}, "loan_days", "tidak dikenal"),
    ],
)
def test_refused_settings_change_nothing(db, admin, changes, key, words):
    LS.add_loan_rule(db, admin, days=10, borrower_category="pimpinan")
    before = LS.get_settings(db)
    with pytest.raises(LoanSettingsInvalid) as refused:
        change(db, admin, **changes)
    assert list(refused.value.problems) == [key] and words in refused.value.problems[key]
    assert isinstance(refused.value, ValidationFailed) and isinstance(refused.value, LoanRefused)
    assert LS.get_settings(db) == before


def test_refused_rules_and_templates_change_nothing(db, admin):
    LS.add_loan_rule(db, admin, days=10, borrower_category="pimpinan")
    before = LS.get_settings(db)
    with pytest.raises(LoanSettingsInvalid, match="sedikitnya satu dari") as refused:
        LS.add_loan_rule(db, admin, days=3, borrower_category="  ", classification_prefix="")
    assert list(refused.value.problems) == ["rule"]
    with pytest.raises(LoanSettingsInvalid) as refused:
        LS.add_loan_rule(db, admin, days=0, classification_prefix="HK")
    assert "1 sampai 120" in refused.value.problems["days"]
    with pytest.raises(LoanSettingsInvalid, match="Aturan nomor 1 sudah berlaku"):
        LS.add_loan_rule(db, admin, days=3, borrower_category="PIMPINAN")
    with pytest.raises(LoanSettingsInvalid) as refused:
        LS.add_loan_rule(db, admin, days=3, borrower_category="x" * 41)
    assert "40 karakter" in refused.value.problems["borrower_category"]
    with pytest.raises(NotFound, match="nomor 1 sampai 1"):
        LS.delete_loan_rule(db, admin, number=2)
    with pytest.raises(LoanRefused, match="muat ulang"):
        LS.save_lending_settings(
            db, admin, delete_rule=1, expect_rule=LS.LoanRule(days=3, borrower_category="pimpinan")
        )
    assert LS.get_settings(db) == before

    with pytest.raises(ValidationFailed) as refused:
        texts(db, admin, {1: "Sdr. $peminjam, kembalikan $code", 3: "  "})
    assert (
        "$peminjam tidak dikenal" in refused.value.problems["1"]
        and "$borrower" in refused.value.problems["1"]
    )
    assert "tidak boleh kosong" in refused.value.problems["3"]
    with pytest.raises(ValidationFailed, match="Tanda \\$ tanpa nama"):
        texts(db, admin, {2: "Denda $5 per hari"})
    with pytest.raises(ValidationFailed, match="Tingkat surat pengingat 4"):
        texts(db, admin, {4: "x"})
    assert all(t.default for t in RT.reminder_templates(db))


def test_analysts_and_archivists_may_not_change_the_settings(db, admin):
    LS.add_loan_rule(db, admin, days=10, borrower_category="pimpinan")
    before = LS.get_settings(db)
    for actor in (ANALYST, ARCHIVIST):
        with pytest.raises(PermissionDenied):
            change(db, actor, default_days=3)
        with pytest.raises(PermissionDenied):
            LS.add_loan_rule(db, actor, days=3, borrower_category="eksternal")
        with pytest.raises(PermissionDenied):
            LS.delete_loan_rule(db, actor, number=1)
        with pytest.raises(PermissionDenied):
            texts(db, actor, {1: "Kembalikan $code"})
        with pytest.raises(PermissionDenied):
            texts(db, actor, {1: None})
    assert LS.get_settings(db) == before and all(t.default for t in RT.reminder_templates(db))
    # reading them is allowed: the desk shows what they give
    assert LS.borrower_categories(db, ARCHIVIST) == ["pimpinan"]


def test_categories_offered_come_from_the_rules_then_the_loans(db, admin):
    LS.add_loan_rule(db, admin, days=10, borrower_category="pimpinan")
    LS.add_loan_rule(db, admin, days=3, borrower_category="eksternal")
    S.lend_file(
        db,
        admin,
        code=new_file(db, admin, "a"),
        borrower=S.Borrower("A", "B", category="Magang"),
        now=at(MONDAY),
    )
    S.lend_file(
        db,
        admin,
        code=new_file(db, admin, "b"),
        borrower=S.Borrower("C", "D", category="pimpinan"),
        now=at(MONDAY),
    )
    assert LS.borrower_categories(db, admin) == ["pimpinan", "eksternal", "magang"]


def test_the_dialogs_save_checks_settings_and_templates_before_storing_either(db, admin):
    with pytest.raises(ValidationFailed) as refused:
        LS.save_lending_settings(
            db,
            admin,
            settings={"default_days": 7, "reminder_after": (4, 2, 9)},
            templates={1: "Kembalikan $code", 2: "Sdr. $nama"},
        )
    assert sorted(refused.value.problems) == ["2", "reminder_after"]
    assert LS.get_settings(db) == LS.LoanSettings() and all(t.default for t in RT.reminder_templates(db))
    saved = LS.save_lending_settings(
        db, admin, settings={"default_days": 7}, templates={1: "Kembalikan $code"}
    )
    assert saved.loans.default_days == 7 and saved.templates[0].text == "Kembalikan $code"
    assert saved == LS.LendingSettings(LS.get_settings(db), tuple(RT.reminder_templates(db)))
    with pytest.raises(PermissionDenied):
        LS.save_lending_settings(db, ARCHIVIST, settings={"default_days": 3})


def _stored(db) -> tuple[dict[str, str], int]:
    """The settings rows as stored, and how many audit entries there are."""
    with db.session() as s:
        rows = {row.key: row.value for row in s.scalars(select(Setting))}
        return rows, s.scalar(select(func.count()).select_from(AuditEvent))


@pytest.mark.parametrize(
    ("change_", "refusal"),
    [
        # valid settings and a valid rule, one reminder text that cannot be printed
        (
            dict(
                settings={"default_days": 9, "max_renewals": 4},
                add_rule=LS.LoanRule(days=3, classification_prefix="HK"),
                templates={1: "Kembalikan $code", 2: "Sdr. $nama"},
            ),
            LoanSettingsInvalid,
        ),
        # everything valid on its own; the new rule repeats one already stored (found inside the transaction)
        (
            dict(
                settings={"reminder_after": (2, 4, 6)},
                add_rule=LS.LoanRule(days=4, borrower_category="Pimpinan"),
                templates={3: "Kembalikan $code hari ini"},
            ),
            LoanSettingsInvalid,
        ),
        # a rule to remove that is not in the list, with valid settings and texts
        (dict(settings={"default_days": 9}, delete_rule=5, templates={1: "Kembalikan $code"}), NotFound),
    ],
)
def test_a_refused_save_changes_nothing_at_all(db, admin, change_, refusal):
    LS.save_lending_settings(
        db,
        admin,
        add_rule=LS.LoanRule(days=10, borrower_category="pimpinan"),
        templates={2: "Pengingat kedua untuk $borrower"},
    )
    before = _stored(db)
    with pytest.raises(refusal):
        LS.save_lending_settings(db, admin, **change_)
    assert _stored(db) == before  # neither settings row nor the audit trail moved


def test_one_save_is_one_transaction_and_one_audit_entry(db, admin):
    LS.add_loan_rule(db, admin, days=10, borrower_category="pimpinan")
    LS.add_loan_rule(db, admin, days=2, classification_prefix="HK")
    expect = LS.get_settings(db).rules[0]
    saved = LS.save_lending_settings(
        db,
        admin,
        settings={"default_days": 6, "reminder_after": [2, 4, 8]},
        delete_rule=1,
        expect_rule=expect,
        add_rule=LS.LoanRule(days=12, borrower_category=" Pimpinan "),
        templates={3: "Segera kembalikan $code"},
    )
    assert saved.loans == LS.LoanSettings(
        default_days=6,
        reminder_after=(2, 4, 8),
        rules=(
            LS.LoanRule(days=2, classification_prefix="HK"),
            LS.LoanRule(days=12, borrower_category="pimpinan"),
        ),
    )
    assert [t.default for t in saved.templates] == [True, True, False]
    with db.session() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
    assert _saves(db) == 3  # two rules added, then this one save
    assert last.action == "loan_settings" and last.details["changed"] == ["default_days", "reminder_after"]
    assert last.details["removed"]["borrower_category"] == "pimpinan" and last.details["added"]["days"] == 12
    assert last.details["templates"] == [3] and last.details["custom_templates"] == [3]
    # nothing asked, nothing written
    assert LS.save_lending_settings(db, admin) == saved
    assert _saves(db) == 3


def _saves(db) -> int:
    with db.session() as s:
        return s.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "loan_settings")
        )
