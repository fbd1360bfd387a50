"""Seeing complainants' identities is a permission of its own, and reading them is recorded; printing
a disposition sheet is recorded; a supervisor cannot approve their own loan request; file names lose
their bidirectional control characters before anyone reads them."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from sipdumas.cli.output import error
from sipdumas.domain.errors import PermissionDenied
from sipdumas.domain.filenames import shown_name
from sipdumas.domain.permissions import Actor, Permission, Role
from sipdumas.models.admin import AuditEvent
from sipdumas.models.archive import ArchiveFile
from sipdumas.output.register import export_register
from sipdumas.services import letters as L
from sipdumas.services.archive import loans
from sipdumas.services.archive.approvals import decide_approval, request_approval
from sipdumas.services.archive.errors import LoanRefused
from sipdumas.services.letter_papers import disposition_sheet_pdf

SITI = L.SenderData(
    name="Siti Rahmawati", nik="3273014507850003", phone="+6281222334455", address="Jalan Mawar 5"
)
STAFF = Actor("staf", Role.STAFF)
ARCHIVIST = Actor("arsip", Role.ARCHIVIST)
ANALYST = Actor("analis", Role.ANALYST)


def a_letter(db, admin):
    return L.register_letter(
        db,
        admin,
        today=date(2026, 6, 1),
        data=L.LetterInput(
            received_at=date(2026, 5, 28),
            subject="Bantuan sosial tidak diterima",
            summary="Siti Rahmawati (telepon 0812-2233-4455) belum menerima PKH.",
            sender=SITI,
        ),
    )


def audited(db, action):
    with db.session() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.seq)))


def test_which_roles_see_identities_by_default():
    assert {r for r in Role if Actor("x", r).can(Permission.VIEW_IDENTITY)} == {
        Role.ADMIN,
        Role.SUPERVISOR,
        Role.ANALYST,
    }


def test_without_the_permission_lists_and_the_letter_show_the_identity_hidden(db, admin):
    row = a_letter(db, admin)
    for reader in (STAFF, ARCHIVIST):
        listed = L.list_letters(db, reader)[0]
        assert listed.sender.name == "(dirahasiakan)" and listed.sender.nik == "(dirahasiakan)"
        assert listed.sender.email is None  # nothing there, nothing hidden
        whole = next(iter(L.iter_letters(db, reader)))
        assert whole.to_json()["sender"]["phone"] == "(dirahasiakan)"
        detail = L.get_letter(db, reader, letter_id=row.id)
        assert detail.data.sender.name == "(dirahasiakan)"
        assert "Siti" not in detail.data.summary and "2233" not in detail.data.summary
    assert audited(db, "view_identity") == [] and audited(db, "view_identities") == []
    with pytest.raises(PermissionDenied):
        L.update_letter(db, STAFF, letter_id=row.id, expected_version=row.version, data=L.LetterInput())


def test_reading_identities_is_recorded(db, admin):
    row = a_letter(db, admin)
    assert L.get_letter(db, ANALYST, letter_id=row.id).data.sender.name == "Siti Rahmawati"
    assert list(L.iter_letters(db, ANALYST))[0].sender.nik == SITI.nik
    [shown] = audited(db, "view_identity")
    assert (shown.username, shown.entity_id) == ("analis", row.id)
    assert [e.username for e in audited(db, "view_identities")] == ["analis"]


def test_exports_without_the_permission_are_always_confidential(db, admin, tmp_path):
    a_letter(db, admin)
    out = tmp_path / "register.xlsx"
    export_register(db, STAFF, out=out)
    cells = [c for row in load_workbook(out).active.iter_rows(values_only=True) for c in row if c]
    assert "Siti Rahmawati" not in cells and SITI.nik not in cells
    export_register(db, ANALYST, out=tmp_path / "full.xlsx")
    cells = [
        c for row in load_workbook(tmp_path / "full.xlsx").active.iter_rows(values_only=True) for c in row
    ]
    assert "Siti Rahmawati" in cells
    exports = audited(db, "export_register")
    assert [(e.username, e.details["identities"]) for e in exports] == [("staf", False), ("analis", True)]


def test_printing_a_disposition_sheet_is_recorded(db, admin):
    row = a_letter(db, admin)
    disposition_sheet_pdf(db, STAFF, letter_id=row.id)
    [printed] = audited(db, "disposition_printed")
    assert printed.username == "staf" and printed.entity_id == row.id
    assert printed.details["identity_shown"] is False


def test_a_supervisor_cannot_approve_their_own_request(db, admin):
    row = a_letter(db, admin)
    with db.transaction() as s:
        s.scalar(select(ArchiveFile).where(ArchiveFile.archive_code == row.archive_code)).confidential = True
    boss, other = Actor("atasan", Role.SUPERVISOR), Actor("atasan2", Role.SUPERVISOR)
    borrower = loans.Borrower(name="Atasan", unit="Deputi")
    own = request_approval(db, boss, code=row.archive_code, borrower=borrower)
    with pytest.raises(LoanRefused, match="empat mata"):
        decide_approval(db, boss, approval_id=own.id, approve=True)
    assert decide_approval(db, other, approval_id=own.id, approve=True).status == "approved"
    withdrawn = request_approval(db, boss, code=row.archive_code, borrower=borrower)
    assert decide_approval(db, boss, approval_id=withdrawn.id, approve=False).status == "rejected"


def test_file_names_are_shown_without_bidi_controls(capsys):
    tricky = "tagihan\u202egpj.exe"
    assert shown_name(tricky) == "tagihangpj.exe"
    assert shown_name("a\u2066b\u2069c\u200fd\x07") == "abcd"
    error(f"{tricky}: tidak dapat dibaca")
    assert capsys.readouterr().err == "tagihangpj.exe: tidak dapat dibaca\n"
