"""Changing the lending settings piece by piece (issue 6): loan periods, rules per borrower category and
file type, the renewal limit, the reminder thresholds and the reminder letters' templates; what a change
does at the desk and on the printed reminder, every refusal leaving the settings as they were, and the
roles that may not change them."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from test_loans import PEMINJAM, at, new_file
from test_loans_printing import pdf_text

from sipdumas.domain.errors import NotFound, PermissionDenied, ValidationFailed
from sipdumas.domain.permissions import Actor, Role
from sipdumas.models.admin import AuditEvent
from sipdumas.services.archive import loan_papers as P
from sipdumas.services.archive import loans as S

MONDAY = date(2026, 3, 2)  # + 5 working days: Monday 9 March
ANALYST, ARCHIVIST = Actor("ana", Role.ANALYST), Actor("arsi", Role.ARCHIVIST)


def test_a_rule_for_pimpinan_moves_the_due_date_at_lending(db, admin):
    before = S.lend_file(db, admin, code=new_file(db, admin, "a"), borrower=S.Borrower("Pak Deputi", "Deputi",
                         category="pimpinan"), now=at(MONDAY))
    assert before.due_on == date(2026, 3, 9)

    number, rule = S.add_loan_rule(db, admin, days=10, borrower_category="  Pimpinan ")
    assert (number, rule) == (1, S.LoanRule(days=10, borrower_category="pimpinan"))
    boss = S.Borrower("Pak Deputi", "Deputi", category="PIMPINAN")
    assert S.lend_file(db, admin, code=new_file(db, admin, "b"), borrower=boss, now=at(MONDAY)).due_on == date(2026, 3, 16)
    # anyone else keeps the default period
    assert S.lend_file(db, admin, code=new_file(db, admin, "c"), borrower=PEMINJAM, now=at(MONDAY)).due_on == date(2026, 3, 9)
    assert S.borrower_categories(db, admin) == ["pimpinan"]


def test_a_rule_on_the_classification_prefix_and_the_default_period(db, admin):
    S.add_loan_rule(db, admin, days=2, classification_prefix="HK")
    S.add_loan_rule(db, admin, days=15, confidential=True)
    settings = S.update_loan_settings(db, admin, default_days=7)
    assert settings.default_days == 7 and len(settings.rules) == 2
    hk = new_file(db, admin, "hk", classification="HK.01.02")
    um = new_file(db, admin, "um", classification="UM.01")
    assert S.lend_file(db, admin, code=hk, borrower=PEMINJAM, now=at(MONDAY)).due_on == date(2026, 3, 4)
    assert S.lend_file(db, admin, code=um, borrower=PEMINJAM, now=at(MONDAY)).due_on == date(2026, 3, 11)

    assert S.delete_loan_rule(db, admin, number=1) == S.LoanRule(days=2, classification_prefix="HK")
    assert S.get_settings(db).rules == (S.LoanRule(days=15, confidential=True),)
    S.return_file(db, admin, code=hk)
    assert S.lend_file(db, admin, code=hk, borrower=PEMINJAM, now=at(MONDAY)).due_on == date(2026, 3, 11)
    with db.session() as s:
        actions = s.scalars(select(AuditEvent.action).where(AuditEvent.entity == "setting")).all()
    assert actions.count("loan_settings") == 4  # two rules added, the period, one rule removed


def test_the_renewal_limit_is_respected(db, admin):
    assert S.update_loan_settings(db, admin, max_renewals=1).max_renewals == 1
    code = new_file(db, admin)
    S.lend_file(db, admin, code=code, borrower=PEMINJAM, now=at(MONDAY))
    assert S.renew_loan(db, admin, code=code, now=at(date(2026, 3, 3))).due_on == date(2026, 3, 16)
    with pytest.raises(S.LoanRefused, match=r"diperpanjang 1 kali \(batas 1\)"):
        S.renew_loan(db, admin, code=code, now=at(date(2026, 3, 4)))
    S.update_loan_settings(db, admin, max_renewals=0)
    other = new_file(db, admin, "lain")
    S.lend_file(db, admin, code=other, borrower=PEMINJAM, now=at(MONDAY))
    with pytest.raises(S.LoanRefused, match=r"batas 0"):
        S.renew_loan(db, admin, code=other, now=at(date(2026, 3, 3)))
    assert S.update_loan_settings(db, admin, max_renewals=None).max_renewals == 2  # None: the default again


def test_the_thresholds_say_when_the_first_reminder_is_due(db, admin):
    S.update_loan_settings(db, admin, reminder_after=(3, 6, 9))
    S.lend_file(db, admin, code=new_file(db, admin), borrower=PEMINJAM, now=at(MONDAY))  # due Monday 9 March
    assert P.send_reminders(db, admin, as_of=date(2026, 3, 10)).sent == []  # 1 working day late
    assert P.send_reminders(db, admin, as_of=date(2026, 3, 11)).sent == []  # 2
    assert [(r.level, r.days_overdue) for r in P.send_reminders(db, admin, as_of=date(2026, 3, 12)).sent] == [(1, 3)]
    assert P.send_reminders(db, admin, as_of=date(2026, 3, 16)).sent == []  # 5: the second waits for 6
    assert [r.level for r in P.send_reminders(db, admin, as_of=date(2026, 3, 17)).sent] == [2]


def test_a_changed_template_shows_in_the_printed_reminder_and_resets(db, admin):
    text = ("Yth. $borrower dari $unit: berkas $code sudah $days_overdue hari kerja lewat tempo.\n\n"
            "Denda keterlambatan $$0, pengingat $level_name.")
    saved = P.save_reminder_templates(db, admin, templates={1: text})
    assert [(t.level, t.default) for t in saved] == [(1, False), (2, True), (3, True)]
    assert saved[0].text == text and saved[0].to_json()["name"] == "Pertama"
    loan = S.lend_file(db, admin, code=new_file(db, admin), borrower=PEMINJAM, now=at(MONDAY))
    printed = pdf_text(P.send_reminders(db, admin, as_of=date(2026, 3, 10)).pdf)
    words = " ".join(printed.split())
    assert f"berkas {loan.code} sudah 1 hari kerja lewat tempo" in words
    assert "Yth. Rina Siregar dari Bagian Telaah" in words and "Denda keterlambatan $0, pengingat Pertama." in words
    assert "Berdasarkan catatan peminjaman" not in words

    back = P.reset_reminder_template(db, admin, level=1)
    assert back.default and back.text == P.DEFAULT_TEMPLATES[1]
    # the shipped text saved as it is counts as the default (a later version's wording then applies)
    assert P.save_reminder_templates(db, admin, templates={2: P.DEFAULT_TEMPLATES[2] + "\n"})[1].default
    with db.session() as s:
        assert P.load_templates(s) == P.DEFAULT_TEMPLATES


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
    S.add_loan_rule(db, admin, days=10, borrower_category="pimpinan")
    before = S.get_settings(db)
    with pytest.raises(S.LoanSettingsInvalid) as refused:
        S.update_loan_settings(db, admin, **changes)
    assert list(refused.value.problems) == [key] and words in refused.value.problems[key]
    assert isinstance(refused.value, ValidationFailed) and isinstance(refused.value, S.LoanRefused)
    assert S.get_settings(db) == before


def test_refused_rules_and_templates_change_nothing(db, admin):
    S.add_loan_rule(db, admin, days=10, borrower_category="pimpinan")
    before = S.get_settings(db)
    with pytest.raises(S.LoanSettingsInvalid, match="sedikitnya satu dari") as refused:
        S.add_loan_rule(db, admin, days=3, borrower_category="  ", classification_prefix="")
    assert list(refused.value.problems) == ["rule"]
    with pytest.raises(S.LoanSettingsInvalid) as refused:
        S.add_loan_rule(db, admin, days=0, classification_prefix="HK")
    assert "1 sampai 120" in refused.value.problems["days"]
    with pytest.raises(S.LoanSettingsInvalid, match="Aturan nomor 1 sudah berlaku"):
        S.add_loan_rule(db, admin, days=3, borrower_category="PIMPINAN")
    with pytest.raises(S.LoanSettingsInvalid) as refused:
        S.add_loan_rule(db, admin, days=3, borrower_category="x" * 41)
    assert "40 karakter" in refused.value.problems["borrower_category"]
    with pytest.raises(NotFound, match="nomor 1 sampai 1"):
        S.delete_loan_rule(db, admin, number=2)
    with pytest.raises(S.LoanRefused, match="muat ulang"):
        S.delete_loan_rule(db, admin, number=1, expect=S.LoanRule(days=3, borrower_category="pimpinan"))
    with pytest.raises(S.LoanSettingsInvalid, match="Aturan nomor 1"):
        S.save_settings(db, admin, S.LoanSettings(rules=(S.LoanRule(days=3),)))
    assert S.get_settings(db) == before

    with pytest.raises(ValidationFailed) as refused:
        P.save_reminder_templates(db, admin, templates={1: "Sdr. $peminjam, kembalikan $code", 3: "  "})
    assert "$peminjam tidak dikenal" in refused.value.problems["1"] and "$borrower" in refused.value.problems["1"]
    assert "tidak boleh kosong" in refused.value.problems["3"]
    with pytest.raises(ValidationFailed, match="Tanda \\$ tanpa nama"):
        P.save_reminder_templates(db, admin, templates={2: "Denda $5 per hari"})
    with pytest.raises(ValidationFailed, match="Tingkat surat pengingat 4"):
        P.save_reminder_templates(db, admin, templates={4: "x"})
    assert all(t.default for t in P.reminder_templates(db))


def test_analysts_and_archivists_may_not_change_the_settings(db, admin):
    S.add_loan_rule(db, admin, days=10, borrower_category="pimpinan")
    before = S.get_settings(db)
    for actor in (ANALYST, ARCHIVIST):
        with pytest.raises(PermissionDenied):
            S.update_loan_settings(db, actor, default_days=3)
        with pytest.raises(PermissionDenied):
            S.add_loan_rule(db, actor, days=3, borrower_category="eksternal")
        with pytest.raises(PermissionDenied):
            S.delete_loan_rule(db, actor, number=1)
        with pytest.raises(PermissionDenied):
            S.save_settings(db, actor, S.LoanSettings())
        with pytest.raises(PermissionDenied):
            P.save_reminder_templates(db, actor, templates={1: "Kembalikan $code"})
        with pytest.raises(PermissionDenied):
            P.reset_reminder_template(db, actor, level=1)
    assert S.get_settings(db) == before and all(t.default for t in P.reminder_templates(db))
    # reading them is allowed: the desk shows what they give
    assert S.borrower_categories(db, ARCHIVIST) == ["pimpinan"]


def test_categories_offered_come_from_the_rules_then_the_loans(db, admin):
    S.add_loan_rule(db, admin, days=10, borrower_category="pimpinan")
    S.add_loan_rule(db, admin, days=3, borrower_category="eksternal")
    S.lend_file(db, admin, code=new_file(db, admin, "a"), borrower=S.Borrower("A", "B", category="Magang"), now=at(MONDAY))
    S.lend_file(db, admin, code=new_file(db, admin, "b"), borrower=S.Borrower("C", "D", category="pimpinan"), now=at(MONDAY))
    assert S.borrower_categories(db, admin) == ["pimpinan", "eksternal", "magang"]


def test_command_line_words_are_parsed_with_the_key_named():
    assert S.parse_setting_value("reminder_after", ["2", "4", "8"]) == (2, 4, 8)
    assert S.parse_setting_value("default_days", [" 7 "]) == 7
    with pytest.raises(S.LoanSettingsInvalid) as refused:
        S.parse_setting_value("default_days", ["tujuh"])
    assert refused.value.problems == {"default_days": "'tujuh' bukan bilangan bulat"}
    with pytest.raises(S.LoanSettingsInvalid, match="tepat satu"):
        S.parse_setting_value("max_renewals", ["1", "2"])
    with pytest.raises(S.LoanSettingsInvalid, match="tidak dikenal"):
        S.parse_setting_value("period", ["1"])


def test_the_dialogs_save_checks_settings_and_templates_before_storing_either(db, admin):
    with pytest.raises(ValidationFailed) as refused:
        P.save_lending_settings(db, admin, settings={"default_days": 7, "reminder_after": (4, 2, 9)},
                                templates={1: "Kembalikan $code", 2: "Sdr. $nama"})
    assert sorted(refused.value.problems) == ["2", "reminder_after"]
    assert S.get_settings(db) == S.LoanSettings() and all(t.default for t in P.reminder_templates(db))
    settings, templates = P.save_lending_settings(db, admin, settings={"default_days": 7},
                                                  templates={1: "Kembalikan $code"})
    assert settings.default_days == 7 and templates[0].text == "Kembalikan $code"
    with pytest.raises(PermissionDenied):
        P.save_lending_settings(db, ARCHIVIST, settings={"default_days": 3})
