"""Managing what forwarding needs: agencies, workflow settings (letterhead, numbers, signature block,
deadlines) and the office calendar. Who may change them, what is refused, what the audit trail keeps, and
that a change reaches deadlines and printed letters."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PIL import Image
from sqlalchemy import func, select, text
from test_forwarding import SITI, pdf_text

from sipdumas.domain.errors import NotFound, PermissionDenied, ValidationFailed
from sipdumas.domain.permissions import Actor, Role
from sipdumas.models.admin import AuditEvent
from sipdumas.models.forwarding import ForwardingLetter
from sipdumas.services import deadlines as D
from sipdumas.services import forwarding as F
from sipdumas.services import letters as L
from sipdumas.services import routing as R
from sipdumas.services.admin import calendar as C
from sipdumas.services.admin import workflow_settings as WS

ANA = Actor("ana", Role.ANALYST)
BOS = Actor("bos", Role.SUPERVISOR)


def audit_rows(db, action: str) -> list[AuditEvent]:
    with db.session() as session:
        return list(
            session.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id))
        )


def letter(db, admin, received=date(2026, 12, 22)):
    return L.register_letter(
        db,
        admin,
        today=date(2026, 12, 31),
        data=L.LetterInput(
            received_at=received,
            subject="Bantuan sosial PKH tidak diterima",
            sender=SITI,
            regency="Kota Medan",
            letter_no="01/XII/2026",
            letter_date=date(2026, 12, 20),
        ),
    )


# ---------------------------------------------------------------- agencies


def test_edit_agency_changes_only_what_is_given_and_finds_only_the_exact_name(db, admin):
    R.save_agency(
        db,
        admin,
        name="Pemerintah Kota Medan",
        addressee_position="Wali Kota Medan",
        address="Jalan Kapten Maulana Lubis Nomor 2\nMedan 20112",
    )
    R.save_agency(db, admin, name="Badan Pertanahan Nasional")
    edited = R.edit_agency(
        db, BOS, name="pemerintah  kota medan", addressee_position="Wali Kota Medan c.q. Sekda"
    )
    assert edited.address == "Jalan Kapten Maulana Lubis Nomor 2\nMedan 20112"
    assert edited.addressee_position == "Wali Kota Medan c.q. Sekda" and edited.active
    with pytest.raises(NotFound, match="yang paling mirip: 'Pemerintah Kota Medan'"):
        R.edit_agency(db, admin, name="Pemkot Medan", active=False)  # a similar name is never enough
    with pytest.raises(ValidationFailed, match="sudah ada"):
        R.edit_agency(db, admin, name="Badan Pertanahan Nasional", new_name="Pemerintah kota Medan")
    off = R.edit_agency(db, admin, name="Pemerintah Kota Medan", active=False, address="")
    assert off.address is None and not off.active
    assert [a.name for a in R.list_agencies(db, admin)] == ["Badan Pertanahan Nasional"]
    back = R.edit_agency(db, admin, name="Pemerintah Kota Medan", active=True, new_name="Pemkot Medan")
    assert back.name == "Pemkot Medan"
    saved = audit_rows(db, "agency_saved")
    assert [e.username for e in saved] == ["admin-lokal", "admin-lokal", "bos", "admin-lokal", "admin-lokal"]
    assert (
        saved[-1].details["old_name"] == "Pemerintah Kota Medan"
        and saved[-1].details["name"] == "Pemkot Medan"
    )


def test_analysts_manage_no_agencies_or_rules_and_bad_values_are_refused(db, admin):
    bpn = R.save_agency(db, admin, name="Badan Pertanahan Nasional")
    for call in (
        lambda: R.save_agency(db, ANA, name="Dinas Sosial"),
        lambda: R.edit_agency(db, ANA, name="Badan Pertanahan Nasional", active=False),
        lambda: R.save_rule(db, ANA, agency_id=bpn.id, kind="any", pattern="tanah"),
    ):
        with pytest.raises(PermissionDenied):
            call()
    with pytest.raises(ValidationFailed) as too_long:
        R.save_agency(db, admin, name="Dinas " + "x" * 300)
    assert "terlalu panjang" in too_long.value.problems["name"]
    with pytest.raises(ValidationFailed, match="Bobot"):
        R.save_rule(db, admin, agency_id=bpn.id, kind="any", pattern="tanah", weight=0)
    assert [a.name for a in R.list_agencies(db, admin, include_inactive=True)] == [
        "Badan Pertanahan Nasional"
    ]
    assert R.list_rules(db, admin) == []


# ---------------------------------------------------------------- workflow settings


def test_update_changes_the_given_settings_audits_them_and_refuses_bad_values(db, admin):
    new = WS.update(db, admin, changes={"signer_name": "Dr. Hendra Kusuma, S.H., M.H.", "review_days": 2})
    assert new.signer_name == "Dr. Hendra Kusuma, S.H., M.H." and new.review_days == 2
    assert WS.get(db) == new
    with pytest.raises(ValidationFailed) as refused:
        WS.update(db, admin, changes={"number_pattern": "{code}-{serial}", "signer_nip": "12345"})
    assert set(refused.value.problems) == {"number_pattern", "signer_nip"}
    assert "{year}" in refused.value.problems["number_pattern"]
    with pytest.raises(ValidationFailed, match="tidak dikenal"):
        WS.update(db, admin, changes={"warna": "merah"})
    for actor in (ANA, BOS):  # settings are for administrators
        with pytest.raises(PermissionDenied):
            WS.update(db, actor, changes={"review_days": 3})
    assert WS.get(db) == new  # refusals stored nothing
    WS.update(db, admin, changes={"review_days": None})  # None: back to the default
    assert WS.get(db).review_days == 1 and WS.get(db).signer_name == "Dr. Hendra Kusuma, S.H., M.H."
    events = audit_rows(db, "settings")
    assert [e.details["changed"] for e in events] == [["review_days", "signer_name"], ["review_days"]]
    assert events[0].details["values"]["signer_name"] == "Dr. Hendra Kusuma, S.H., M.H."


def test_problems_name_each_wrong_setting_in_indonesian(tmp_path):
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("bukan gambar")
    wrong = WS.problems(
        WS.WorkflowSettings(
            review_days=-1,
            number_pattern="{kode}-{serial}/{year}",
            security_codes={"Kilat": "K"},
            office_lines=("",),
            place=" ",
            signer_name="",
            signer_nip="1970 0101",
            tembusan=("Menteri", " "),
            logo_path=str(not_an_image),
            body_template="Dengan hormat, $pengadu menyampaikan $summary.",
        )
    )
    assert set(wrong) == {
        "review_days",
        "number_pattern",
        "security_codes",
        "office_lines",
        "place",
        "signer_name",
        "signer_nip",
        "tembusan",
        "logo_path",
        "body_template",
    }
    assert "{kode}" in wrong["number_pattern"] and "$pengadu" in wrong["body_template"]
    assert "bukan gambar" in wrong["logo_path"]
    logo = tmp_path / "garuda.png"
    Image.new("RGB", (40, 40), "red").save(logo)
    ok = WS.WorkflowSettings(
        logo_path=str(logo),
        signer_nip="19700101 199503 1 001",
        tembusan=(),
        body_template="Isi dengan US$$ 5 dan $summary",
        number_pattern="{serial:03d}/{year}",
    )
    assert WS.problems(ok) == {}
    assert WS.example_number(ok, today=date(2026, 12, 1)) == "001/2026"
    assert (
        WS.example_number(WS.WorkflowSettings(), urgency="Rahasia", today=date(2026, 4, 2))
        == "R-1/D-4/DM.04.00/04/2026"
    )


def test_placeholders_listed_are_exactly_those_the_letter_fills(db, admin):
    agency = R.save_agency(db, admin, name="Pemerintah Kota Medan")
    row = letter(db, admin)
    with db.session() as session:
        from sipdumas.models.forwarding import Agency
        from sipdumas.models.letters import IncomingLetter

        values = F._template_values(
            session.get(IncomingLetter, row.id), session.get(Agency, agency.id), WS.WorkflowSettings(), False
        )
    assert set(values) == set(WS.PLACEHOLDERS)


def test_settings_preview_prints_unsaved_settings_and_takes_no_number(db, admin):
    R.save_agency(db, admin, name="Pemerintah Kota Medan", addressee_position="Wali Kota Medan")
    draft = WS.WorkflowSettings(
        signer_name="Dr. Hendra Kusuma",
        signer_nip="",
        place="Medan",
        office_lines=("PEMERINTAH PROVINSI SUMATERA UTARA", "BIRO PENGADUAN"),
        tembusan=("Gubernur Sumatera Utara",),
        body_template="Isi: $summary ($agency)",
    )
    pdf = F.preview_settings(db, admin, settings=draft, today=date(2026, 12, 1))
    printed = pdf_text(pdf)
    for expected in (
        "Dr. Hendra Kusuma",
        "B-1/D-4/DM.04.00/12/2026 (contoh)",
        "Medan, 1 Desember 2026",
        "PEMERINTAH PROVINSI SUMATERA UTARA",
        "Wali Kota Medan",
        "1. Gubernur Sumatera Utara;",
        "2. Sdr. Siti Rahmawati.",
        "Isi: Pengadu menyampaikan",
    ):
        assert expected in printed, expected
    assert "NIP" not in printed  # a signer without NIP prints no NIP line
    assert WS.get(db) == WS.WorkflowSettings()  # nothing saved
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(ForwardingLetter)) == 0
        assert session.execute(select(func.count()).select_from(text("forwarding_counters"))).scalar() == 0
    with pytest.raises(PermissionDenied):
        F.preview_settings(db, BOS, settings=draft)


def test_saved_signer_reaches_the_forwarding_letter(db, admin):
    R.save_agency(db, admin, name="Pemerintah Kota Medan")
    WS.update(
        db, admin, changes={"signer_name": "Dr. Hendra Kusuma", "signer_position": "Kepala Biro Pengaduan"}
    )
    result = F.forward_letter(
        db,
        admin,
        letter_id=letter(db, admin).id,
        agency_name="Pemerintah Kota Medan",
        today=date(2026, 12, 23),
    )
    text = pdf_text(result.pdf)
    assert "Kepala Biro Pengaduan" in text and "Dr. Hendra Kusuma" in text


# ---------------------------------------------------------------- the office calendar


def test_a_day_off_moves_due_dates_and_removing_it_moves_them_back(db, admin):
    row = letter(db, admin, received=date(2026, 12, 22))  # Tuesday; 25 December is a holiday
    before = D.letter_deadlines(db, admin, letter_ids=[row.id], today=date(2026, 12, 22))[row.id]
    assert before.review_due == date(2026, 12, 23)
    assert before.forward_due == date(2026, 12, 30)  # 23, 24, 28, 29, 30
    entry = C.add_day_off(db, admin, day=date(2026, 12, 24), name="  Cuti bersama   Natal ")
    assert entry.name == "Cuti bersama Natal" and entry.weekday == "Kamis" and entry.kind == C.DAY_OFF
    after = D.letter_deadlines(db, admin, letter_ids=[row.id], today=date(2026, 12, 22))[row.id]
    assert after.forward_due == date(2026, 12, 31)
    assert C.due_dates(db, admin, received=date(2026, 12, 22)).forward == date(2026, 12, 31)
    C.add_workday(db, admin, day=date(2026, 12, 26))  # the office works that Saturday instead
    assert D.letter_deadlines(db, admin, letter_ids=[row.id], today=date(2026, 12, 22))[
        row.id
    ].forward_due == date(2026, 12, 30)
    C.remove_workday(db, admin, day=date(2026, 12, 26))
    C.remove_day_off(db, admin, day=date(2026, 12, 24))
    assert D.letter_deadlines(db, admin, letter_ids=[row.id], today=date(2026, 12, 22))[row.id] == before
    actions = [
        e.action
        for e in audit_rows(db, "calendar_day_off_added")
        + audit_rows(db, "calendar_workday_added")
        + audit_rows(db, "calendar_workday_removed")
        + audit_rows(db, "calendar_day_off_removed")
    ]
    assert actions == [
        "calendar_day_off_added",
        "calendar_workday_added",
        "calendar_workday_removed",
        "calendar_day_off_removed",
    ]
    assert audit_rows(db, "calendar_day_off_added")[0].details == {
        "date": "2026-12-24",
        "name": "Cuti bersama Natal",
    }


def test_calendar_year_lists_holidays_and_office_dates_and_counts_working_days(db, admin):
    plain = C.calendar_year(db, admin, year=2026)
    assert all(d.kind == C.PUBLIC_HOLIDAY and not d.editable for d in plain.days)
    assert any(
        d.day == date(2026, 8, 17) and d.name == "Hari Kemerdekaan Republik Indonesia" for d in plain.days
    )
    C.add_day_off(db, admin, day=date(2026, 12, 24), name="Cuti bersama Natal")
    C.add_workday(db, admin, day=date(2026, 12, 26))
    C.add_day_off(db, admin, day=date(2027, 1, 2), name="Tutup akhir tahun")
    year = C.calendar_year(db, admin, year=2026)
    assert year.working_days == plain.working_days  # one day less, one Saturday more
    december = [(d.day.day, d.kind, d.name) for d in year.days if d.day.month == 12]
    assert december == [
        (24, C.DAY_OFF, "Cuti bersama Natal"),
        (25, C.PUBLIC_HOLIDAY, "Hari Raya Natal"),
        (26, C.WORKDAY, "Hari kerja (Sabtu)"),
    ]
    assert [d.day for d in C.office_days(db, admin)] == [
        date(2026, 12, 24),
        date(2026, 12, 26),
        date(2027, 1, 2),
    ]
    assert [d.day for d in C.office_days(db, admin, year=2027)] == [date(2027, 1, 2)]
    with pytest.raises(ValidationFailed, match="Tahun"):
        C.calendar_year(db, admin, year=20260)


def test_calendar_refusals_change_nothing_and_need_manage_settings(db, admin):
    C.add_day_off(db, admin, day=date(2026, 12, 24), name="Cuti bersama Natal")
    stored = C.office_days(db, admin)
    for call, error, message in (
        (lambda: C.add_day_off(db, admin, day=date(2026, 12, 28), name=" "), ValidationFailed, "wajib"),
        (lambda: C.add_workday(db, admin, day=date(2026, 12, 23)), ValidationFailed, "sudah hari kerja"),
        (lambda: C.add_workday(db, admin, day=date(2026, 12, 24)), ValidationFailed, "hari libur kantor"),
        (lambda: C.remove_day_off(db, admin, day=date(2026, 12, 23)), NotFound, "bukan hari libur kantor"),
        (lambda: C.remove_workday(db, admin, day=date(2026, 12, 26)), NotFound, "bukan hari kerja khusus"),
        (lambda: C.add_day_off(db, admin, day=date(1900, 1, 1), name="x"), ValidationFailed, "antara tahun"),
        (
            lambda: C.add_day_off(db, ANA, day=date(2026, 12, 28), name="Libur"),
            PermissionDenied,
            "tidak berwenang",
        ),
        (
            lambda: C.add_day_off(db, BOS, day=date(2026, 12, 28), name="Libur"),
            PermissionDenied,
            "tidak berwenang",
        ),
    ):
        with pytest.raises(error, match=message):
            call()
    assert C.office_days(db, admin) == stored
    assert C.office_days(db, ANA) == stored  # everybody may look


def test_administrators_adding_dates_at_once_keep_every_date(db, admin):
    days = [date(2026, 12, d) for d in (1, 2, 3, 4, 7, 8, 9, 10)]
    errors = []

    def add(mine):
        try:
            for day in mine:
                C.add_day_off(db, admin, day=day, name=f"Libur {day.day}")
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=add, args=(days[i::4],)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    assert [d.day for d in C.office_days(db, admin)] == days


def test_preview_goes_to_the_agency_the_rules_choose_and_regex_errors_read_in_indonesian(db, admin):
    R.save_agency(
        db, admin, name="Badan Kepegawaian Negara", addressee_position="Kepala Badan Kepegawaian Negara"
    )
    kemensos = R.save_agency(
        db, admin, name="Kementerian Sosial Republik Indonesia", addressee_position="Menteri Sosial"
    )
    first = pdf_text(F.preview_settings(db, admin, settings=WS.WorkflowSettings()))
    assert "Kepala Badan Kepegawaian Negara" in first  # no rule matches: the first by name
    R.save_rule(db, admin, agency_id=kemensos.id, kind="any", pattern="PKH bansos")
    assert "Yth. Menteri Sosial" in pdf_text(F.preview_settings(db, admin, settings=WS.WorkflowSettings()))
    assert R.check_rule("regex", "text", "(bansos") == {
        "pattern": "Ekspresi reguler tidak valid: kurung ( tanpa pasangan ) (karakter ke-1)"
    }
    assert "kurung [ tanpa pasangan ]" in R.check_rule("regex", "text", "[abc")["pattern"]


def test_due_dates_show_what_other_deadlines_would_give(db, admin):
    C.add_day_off(db, admin, day=date(2026, 12, 24), name="Cuti bersama Natal")
    due = C.due_dates(db, admin, received=date(2026, 12, 22))
    assert (due.review, due.forward) == (date(2026, 12, 23), date(2026, 12, 31))
    assert C.due_dates(db, admin, received=date(2026, 12, 22), forward_days=2).forward == date(2026, 12, 28)
    with pytest.raises(ValidationFailed):
        C.due_dates(db, admin, received=date(2026, 12, 22), review_days=400)
