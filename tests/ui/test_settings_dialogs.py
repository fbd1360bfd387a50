"""The Pengaturan menu: agencies and routing rules, forwarding-letter settings, deadlines and the office
calendar, lending settings (ui/agencies_dialog.py, ui/letter_settings_dialog.py, ui/calendar_dialog.py,
ui/loan_settings_dialog.py, ui/settings_integration.py), on a real database; what a dialog saved is read back through the services."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PIL import Image

from sipdumas.domain.indonesian import long_date
from sipdumas.domain.permissions import Actor, Role
from sipdumas.services import forwarding as F
from sipdumas.services import letters as L
from sipdumas.services import routing
from sipdumas.services.admin import calendar as C
from sipdumas.services.admin import workflow_settings as WS
from sipdumas.services.archive import loan_settings as LS
from sipdumas.services.archive import loans
from sipdumas.services.archive import reminder_texts as LP
from ui.settings.agencies_dialog import AgenciesDialog
from ui.settings.calendar_dialog import CalendarDialog
from ui.settings.letter_settings_dialog import LetterSettingsDialog
from ui.settings.loan_settings_dialog import LoanSettingsDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_forwarding import pdf_text  # noqa: E402

SUPERVISOR = Actor("supri", Role.SUPERVISOR)
ANALYST = Actor("ana", Role.ANALYST)


def shown(qtbot, dialog, signal):
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(signal, timeout=20000):
        dialog.show()
    return dialog


def showing(label) -> bool:
    return not label.isHidden() and bool(label.text())


# ---------------------------------------------------------------- agencies and rules


def test_agencies_dialog_adds_edits_and_deactivates_an_agency(db, admin, tasks, qtbot):
    routing.save_agency(db, admin, name="Badan Pertanahan Nasional")
    dialog = AgenciesDialog(db, SUPERVISOR, tasks)  # supervisors manage agencies
    shown(qtbot, dialog, dialog.agencies_loaded)
    assert [a.name for a in dialog.agencies] == ["Badan Pertanahan Nasional"]

    dialog.new_agency()
    dialog.name.setText("Pemerintah Kota Medan")
    dialog.position.setText("Wali Kota Medan")
    dialog.address.setPlainText("Jalan Kapten Maulana Lubis Nomor 2\nMedan 20112")
    with qtbot.waitSignal(dialog.agencies_loaded, timeout=10000):
        dialog.save_agency()
    medan = routing.resolve_agency(db, admin, name="Pemerintah Kota Medan")
    assert (medan.addressee_position, medan.address) == (
        "Wali Kota Medan",
        "Jalan Kapten Maulana Lubis Nomor 2\nMedan 20112",
    )
    assert dialog.selected().id == medan.id and "disimpan" in dialog.message.text()

    dialog.position.setText("Wali Kota Medan c.q. Sekretaris Daerah")
    with qtbot.waitSignal(dialog.agencies_loaded, timeout=10000):
        dialog.save_agency()
    assert (
        routing.resolve_agency(db, admin, name="Pemerintah Kota Medan").addressee_position
        == "Wali Kota Medan c.q. Sekretaris Daerah"
    )

    dialog.new_agency()
    dialog.name.setText("badan pertanahan  nasional")  # taken: refused beside the name, nothing saved
    dialog.save_agency()
    qtbot.waitUntil(lambda: showing(dialog.name_error), timeout=10000)
    assert "sudah ada" in dialog.name_error.text()
    assert len(routing.list_agencies(db, admin, include_inactive=True)) == 2

    row = next(i for i, a in enumerate(dialog._visible()) if a.id == medan.id)
    dialog.table.selectRow(row)
    with qtbot.waitSignal(dialog.agencies_loaded, timeout=10000):
        dialog.toggle_active()
    assert [a.name for a in routing.list_agencies(db, admin)] == ["Badan Pertanahan Nasional"]
    assert dialog.selected().id == medan.id and dialog.toggle_button.text() == "&Aktifkan"


def test_rules_are_checked_live_added_tested_and_deleted(db, admin, tasks, qtbot):
    kemensos = routing.save_agency(db, admin, name="Kementerian Sosial Republik Indonesia")
    routing.save_rule(db, admin, agency_id=kemensos.id, kind="any", pattern="bansos PKH", weight=2)
    dialog = AgenciesDialog(db, admin, tasks)
    shown(qtbot, dialog, dialog.agencies_loaded)
    with qtbot.waitSignal(dialog.rules_loaded, timeout=10000):
        dialog.table.selectRow(0)
    assert [r.pattern for r in dialog.rules] == ["bansos PKH"]

    dialog.kind.setCurrentIndex(dialog.kind.findData("regex"))
    dialog.pattern.setText("(sembako")
    assert showing(dialog.pattern_error) and "tidak valid" in dialog.pattern_error.text()
    assert "kurung ( tanpa pasangan )" in dialog.pattern_error.text()
    assert not dialog.add_rule_button.isEnabled()
    dialog.add_rule()  # Enter in the field: still refused, nothing asked of the service
    qtbot.wait(100)
    assert len(routing.list_rules(db, admin)) == 1

    dialog.pattern.setText(r"\b(kartu\s+)?sembako\b")
    assert not showing(dialog.pattern_error) and dialog.add_rule_button.isEnabled()
    dialog.weight.setValue(1.5)
    with qtbot.waitSignal(dialog.rules_loaded, timeout=10000):
        dialog.add_rule()
    stored = routing.list_rules(db, admin, agency_id=kemensos.id)
    assert [(r.kind, r.field, r.pattern, r.weight) for r in stored] == [
        ("any", "text", "bansos PKH", 2.0),
        ("regex", "text", r"\b(kartu\s+)?sembako\b", 1.5),
    ]
    assert dialog.pattern.text() == ""

    dialog.test_text.setText("Kartu sembako ibu saya tidak bisa dipakai")
    assert [r.pattern for r in dialog.run_test()] == [r"\b(kartu\s+)?sembako\b"]
    assert dialog.rule_table.item(1, 4).text() == "✓ cocok" and dialog.rule_table.item(0, 4).text() == ""
    assert "1 dari 2 aturan" in dialog.test_result.text() and "+1.5" in dialog.test_result.text()

    dialog.rule_table.selectRow(0)
    with qtbot.waitSignal(dialog.rules_loaded, timeout=10000):
        dialog.delete_rule()
    assert [r.pattern for r in routing.list_rules(db, admin)] == [r"\b(kartu\s+)?sembako\b"]


# ---------------------------------------------------------------- forwarding-letter settings


def test_letter_settings_are_saved_and_reach_the_service(db, admin, tasks, qtbot, tmp_path):
    dialog = LetterSettingsDialog(db, admin, tasks)
    shown(qtbot, dialog, dialog.loaded)
    assert dialog.signer_name.text() == WS.WorkflowSettings().signer_name
    assert dialog.example.text() == f"B-1/D-4/DM.04.00/{date.today().month:02d}/{date.today().year}"
    logo = tmp_path / "logo-pemprov.png"
    Image.new("RGB", (120, 120), "navy").save(logo)
    dialog.office_lines.setPlainText("PEMERINTAH PROVINSI SUMATERA UTARA\n\n  BIRO   PENGADUAN MASYARAKAT ")
    dialog.logo_path.setText(str(logo))
    assert not dialog.logo_thumb.pixmap().isNull()
    dialog.place.setText("Medan")
    dialog.unit_code.setText("BPM")
    dialog.codes["Rahasia"].setText("R")
    dialog.signer_name.setText("Dr. Hendra Kusuma, S.H., M.H.")
    dialog.signer_nip.setText("197203151998031002")
    dialog.tembusan.setPlainText("Gubernur Sumatera Utara\nSekretaris Daerah Provinsi Sumatera Utara")
    dialog.cc_complainant.setChecked(False)
    dialog.update_example()
    assert dialog.example.text().startswith("B-1/BPM/DM.04.00/")
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.save()
    stored = WS.get(db)
    assert stored.office_lines == ("PEMERINTAH PROVINSI SUMATERA UTARA", "BIRO PENGADUAN MASYARAKAT")
    assert (stored.place, stored.unit_code, stored.signer_name, stored.logo_path) == (
        "Medan",
        "BPM",
        "Dr. Hendra Kusuma, S.H., M.H.",
        str(logo),
    )
    assert stored.tembusan == ("Gubernur Sumatera Utara", "Sekretaris Daerah Provinsi Sumatera Utara")
    assert stored.cc_complainant is False and stored.body_template == ""  # the shipped body is stored as ""
    assert stored.review_days == 1  # the deadlines are not this dialog's
    assert "disimpan" in dialog.message.text()


def test_an_invalid_pattern_or_placeholder_is_shown_beside_it_and_not_saved(db, admin, tasks, qtbot):
    dialog = LetterSettingsDialog(db, admin, tasks)
    shown(qtbot, dialog, dialog.loaded)
    dialog.number_pattern.setText("{code}-{serial}/{klasifikasi}/{year}")
    dialog.update_example()
    assert (
        showing(dialog.errors["number_pattern"]) and "{klasifikasi}" in dialog.errors["number_pattern"].text()
    )
    assert dialog.example.text() == "—"
    dialog.signer_name.setText("Nama Baru")
    dialog.body.setPlainText("Dengan hormat, $pengadu menyampaikan $summary")
    dialog.tabs.setCurrentIndex(3)
    dialog.save()
    qtbot.waitUntil(lambda: showing(dialog.error), timeout=10000)
    assert showing(dialog.errors["body_template"]) and "$pengadu" in dialog.errors["body_template"].text()
    assert dialog.tabs.currentIndex() == 1  # the first wrong field's tab comes to the front
    assert WS.get(db) == WS.WorkflowSettings()  # nothing stored

    dialog.number_pattern.setText("{code}-{serial:03d}/{unit}/{year}")
    dialog.update_example()
    assert not showing(dialog.errors["number_pattern"]) and dialog.example.text().startswith("B-001/D-4/")
    dialog.restore_default_body()
    assert dialog.body.toPlainText() == WS.default_body()
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.save()
    assert (
        WS.get(db).number_pattern == "{code}-{serial:03d}/{unit}/{year}"
        and WS.get(db).signer_name == "Nama Baru"
    )


def test_preview_prints_the_settings_on_screen_before_they_are_saved(db, admin, tasks, qtbot, monkeypatch):
    routing.save_agency(db, admin, name="Pemerintah Kota Medan", addressee_position="Wali Kota Medan")
    dialog = LetterSettingsDialog(db, admin, tasks)
    shown(qtbot, dialog, dialog.loaded)
    dialog.signer_name.setText("Dr. Hendra Kusuma")
    dialog.body.setPlainText("Kalimat pembuka yang baru untuk $agency.\n\nPenutup.")
    made = []
    real = F.preview_settings

    def spy(db_, actor, *, settings):
        made.append(real(db_, actor, settings=settings))
        return made[-1]

    monkeypatch.setattr(F, "preview_settings", spy)
    with qtbot.waitSignal(dialog.previewed, timeout=30000) as pages:
        dialog.preview()
    assert pages.args[0] == 1 and dialog.pages.page_count == 1
    printed = pdf_text(made[0])
    assert (
        "Dr. Hendra Kusuma" in printed and "Kalimat pembuka yang baru untuk Pemerintah Kota Medan." in printed
    )
    assert "(contoh)" in printed
    assert WS.get(db) == WS.WorkflowSettings()  # a preview stores nothing


# ---------------------------------------------------------------- deadlines and the calendar


def test_calendar_dialog_adds_and_removes_office_days_and_saves_deadlines(db, admin, tasks, qtbot):
    dialog = CalendarDialog(db, admin, tasks, year=2026)
    qtbot.addWidget(dialog)
    with qtbot.waitSignals([dialog.loaded, dialog.year_loaded], timeout=20000):
        dialog.show()
    holidays = [d for d in dialog.days if d.kind == C.PUBLIC_HOLIDAY]
    assert holidays and "17 libur nasional" in dialog.summary.text()
    dialog.table.selectRow(0)
    assert not dialog.remove_button.isEnabled()  # a public holiday is not the office's to remove

    dialog.day.set_value(date(2026, 12, 24))
    dialog.day_name.setText("Cuti bersama Hari Raya Natal")
    with qtbot.waitSignal(dialog.year_loaded, timeout=10000):
        dialog.add_day_off()
    assert [(d.day, d.name) for d in C.office_days(db, admin)] == [
        (date(2026, 12, 24), "Cuti bersama Hari Raya Natal")
    ]
    assert any(d.day == date(2026, 12, 24) and d.kind == C.DAY_OFF for d in dialog.days)
    assert "1 libur kantor" in dialog.summary.text() and dialog.day_name.text() == ""

    dialog.day.set_value(date(2026, 12, 23))  # a Wednesday: already a working day
    dialog.add_workday()
    qtbot.waitUntil(lambda: showing(dialog.day_error), timeout=10000)
    assert "sudah hari kerja" in dialog.day_error.text()
    dialog.day.set_value(date(2026, 12, 26))
    with qtbot.waitSignal(dialog.year_loaded, timeout=10000):
        dialog.add_workday()
    assert [d.kind for d in C.office_days(db, admin)] == [C.DAY_OFF, C.WORKDAY]

    row = next(i for i, d in enumerate(dialog.days) if d.day == date(2026, 12, 24))
    dialog.table.selectRow(row)
    assert dialog.remove_button.isEnabled()
    with qtbot.waitSignal(dialog.year_loaded, timeout=10000):
        dialog.remove_selected()
    assert [d.day for d in C.office_days(db, admin)] == [date(2026, 12, 26)]

    dialog.forward_days.setValue(7)
    dialog.settle_days.setValue(30)
    with qtbot.waitSignal(dialog.changed, timeout=10000):
        dialog.save_deadlines()
    stored = WS.get(db)
    assert (stored.review_days, stored.forward_days, stored.settle_days) == (1, 7, 30)
    due = C.due_dates(db, admin, received=date.today())
    qtbot.waitUntil(lambda: long_date(due.forward) in dialog.example.text(), timeout=10000)
    assert long_date(due.settle) in dialog.example.text()

    with qtbot.waitSignal(dialog.year_loaded, timeout=10000):
        dialog.next_year.click()
    assert dialog.year.value() == 2027 and all(d.day.year == 2027 for d in dialog.days)
    dialog.close()


def test_calendar_dialog_is_read_only_for_a_supervisor(db, admin, tasks, qtbot):
    dialog = CalendarDialog(db, SUPERVISOR, tasks, year=2026)
    qtbot.addWidget(dialog)
    with qtbot.waitSignals([dialog.loaded, dialog.year_loaded], timeout=20000):
        dialog.show()
    assert not dialog.add_day_off_button.isEnabled() and not dialog.save_deadlines_button.isEnabled()
    assert "administrator" in dialog.error.text()


# ---------------------------------------------------------------- lending settings


def test_loan_settings_dialog_saves_periods_thresholds_and_a_template(db, admin, tasks, qtbot):
    dialog = LoanSettingsDialog(db, admin, tasks)
    shown(qtbot, dialog, dialog.loaded)
    assert (dialog.default_days.value(), dialog.max_renewals.value()) == (5, 2)
    assert [s.value() for s in dialog.reminder_after] == [1, 5, 10]
    assert dialog.editors[2].toPlainText() == LP.DEFAULT_TEMPLATES[2]
    assert dialog.placeholders.rowCount() == len(LP.REMINDER_PLACEHOLDERS)

    dialog.default_days.setValue(7)
    dialog.max_renewals.setValue(1)
    for spin, value in zip(dialog.reminder_after, (2, 4, 8), strict=True):
        spin.setValue(value)
    dialog.editors[1].setPlainText("Sdr. $borrower, berkas ")
    dialog.editors[1].moveCursor(dialog.editors[1].textCursor().MoveOperation.End)
    dialog.level_tabs.setCurrentIndex(0)
    dialog.insert_placeholder(2)  # $code, at the cursor
    assert dialog.editors[1].toPlainText() == "Sdr. $borrower, berkas $code"
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.save()
    stored = LS.get_settings(db)
    assert (stored.default_days, stored.max_renewals, stored.reminder_after) == (7, 1, (2, 4, 8))
    assert [(t.text, t.default) for t in LP.reminder_templates(db)][0] == (
        "Sdr. $borrower, berkas $code",
        False,
    )
    assert "disimpan" in dialog.message.text()

    dialog.restore_default(1)
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.save()
    assert all(t.default for t in LP.reminder_templates(db))


def test_loan_rules_are_added_with_an_offered_category_and_removed(db, admin, tasks, qtbot):
    loans.lend_file(
        db,
        admin,
        code=L.register_letter(
            db, admin, data=L.LetterInput(received_at=date(2026, 3, 2), subject="x")
        ).archive_code,
        borrower=loans.Borrower("A", "B", category="magang"),
    )
    dialog = LoanSettingsDialog(db, admin, tasks)
    shown(qtbot, dialog, dialog.loaded)
    offered = [dialog.rule_category.itemText(i) for i in range(dialog.rule_category.count())]
    assert offered == ["", "pegawai", "pimpinan", "eksternal", "magang"]

    dialog.rule_category.setCurrentIndex(offered.index("pimpinan"))
    dialog.rule_days.setValue(12)
    with qtbot.waitSignal(dialog.rules_changed, timeout=10000):
        dialog.add_rule()
    dialog.rule_category.setCurrentText("Tenaga Ahli")  # free text
    dialog.rule_prefix.setText("HK")
    dialog.rule_sifat.setCurrentIndex(dialog.rule_sifat.findData(True))
    with qtbot.waitSignal(dialog.rules_changed, timeout=10000):
        dialog.add_rule()
    assert LS.get_settings(db).rules == (
        LS.LoanRule(days=12, borrower_category="pimpinan"),
        LS.LoanRule(days=12, borrower_category="tenaga ahli", classification_prefix="HK", confidential=True),
    )
    assert dialog.rule_table.rowCount() == 2 and dialog.rule_table.item(1, 3).text() == "berkas rahasia"
    assert "Aturan nomor 2 ditambahkan" in dialog.message.text()

    dialog.rule_table.selectRow(0)
    with qtbot.waitSignal(dialog.rules_changed, timeout=10000):
        dialog.remove_rule()
    assert [r.borrower_category for r in LS.get_settings(db).rules] == ["tenaga ahli"]
    assert dialog.rule_table.item(0, 1).text() == "tenaga ahli"


def test_invalid_loan_settings_are_shown_beside_them_and_not_saved(db, admin, tasks, qtbot):
    dialog = LoanSettingsDialog(db, admin, tasks)
    shown(qtbot, dialog, dialog.loaded)
    dialog.default_days.setValue(9)
    for spin, value in zip(dialog.reminder_after, (5, 5, 10), strict=True):
        spin.setValue(value)
    dialog.editors[3].setPlainText("Sdr. $peminjam, kembalikan berkas $code.")
    dialog.save()
    qtbot.waitUntil(lambda: showing(dialog.errors["reminder_after"]), timeout=10000)
    assert "harus naik" in dialog.errors["reminder_after"].text()
    assert showing(dialog.errors["3"]) and "$peminjam tidak dikenal" in dialog.errors["3"].text()
    assert not showing(dialog.errors["default_days"]) and dialog.tabs.currentIndex() == 0
    assert "belum disimpan" in dialog.error.text()
    assert LS.get_settings(db) == LS.LoanSettings() and all(t.default for t in LP.reminder_templates(db))

    for spin, value in zip(dialog.reminder_after, (1, 5, 10), strict=True):
        spin.setValue(value)
    dialog.save()  # only the letter is wrong now: its tab comes to the front
    qtbot.waitUntil(
        lambda: dialog.tabs.currentIndex() == 1 and dialog.level_tabs.currentIndex() == 2, timeout=10000
    )
    assert LS.get_settings(db).default_days == 5

    dialog.tabs.setCurrentIndex(0)
    dialog.rule_category.setCurrentText("")
    dialog.add_rule()  # a rule that names nothing
    qtbot.waitUntil(lambda: showing(dialog.rule_error), timeout=10000)
    assert "sedikitnya satu" in dialog.rule_error.text() and LS.get_settings(db).rules == ()


# ---------------------------------------------------------------- the menu


def _entries(window) -> dict[str, bool]:
    integration = window.integrations["settings"]
    return {
        "menu": integration.menu.menuAction().isVisible(),
        "agencies": integration.act_agencies.isVisible(),
        "letter": integration.act_letter.isVisible(),
        "calendar": integration.act_calendar.isVisible(),
        "loans": integration.act_loans.isVisible(),
    }


def test_settings_menu_entries_follow_the_role(db, admin, window_factory, qtbot):
    window = window_factory(db, admin)
    assert _entries(window) == {
        "menu": True,
        "agencies": True,
        "letter": True,
        "calendar": True,
        "loans": True,
    }
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("Pe&ngaturan") == len(titles) - 2  # before Bantuan
    window.integrations["settings"].act_letter.trigger()
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in window.findChildren(LetterSettingsDialog)), timeout=10000
    )
    for dialog in window.findChildren(LetterSettingsDialog):
        dialog.close()
    window.integrations["settings"].act_loans.trigger()
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in window.findChildren(LoanSettingsDialog)), timeout=10000
    )
    for dialog in window.findChildren(LoanSettingsDialog):
        dialog.close()

    supervisor = window_factory(db, SUPERVISOR)
    assert _entries(supervisor) == {
        "menu": True,
        "agencies": True,
        "letter": False,
        "calendar": False,
        "loans": False,
    }
    assert supervisor.integrations["settings"].open_letter_settings() is None
    assert supervisor.integrations["settings"].open_loan_settings() is None
    analyst = window_factory(db, ANALYST)
    assert _entries(analyst)["menu"] is False and _entries(analyst)["loans"] is False
    archivist = window_factory(db, Actor("arsi", Role.ARCHIVIST))
    assert (
        _entries(archivist)["menu"] is False
        and archivist.integrations["settings"].open_loan_settings() is None
    )
    assert analyst.integrations["settings"].open_agencies() is None
