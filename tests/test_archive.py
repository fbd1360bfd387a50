"""The physical archive: locations, moving, merging and splitting files, with the file's history."""

from __future__ import annotations

from datetime import date

import pytest

from sipdumas.domain.errors import ConflictError, ValidationFailed
from sipdumas.services import letters as L
from sipdumas.services.archive import files as A
from sipdumas.services.archive import loans as S
from sipdumas.services.archive.errors import LoanRefused


def letter(db, admin, subject="Surat"):
    return L.register_letter(db, admin, data=L.LetterInput(received_at=date(2026, 3, 2), subject=subject))


def test_locations_move_and_history(db, admin):
    loc = A.add_location(
        db, admin, code="g1-r2-b03", building="Gedung A", room="Ruang Arsip 2", shelf="2", box="03"
    )
    assert loc.code == "G1-R2-B03" and loc.description == "Gedung A / Ruang Arsip 2, Rak 2, Boks 03"
    with pytest.raises(ConflictError):
        A.add_location(db, admin, code="G1-R2-B03")
    code = letter(db, admin).archive_code
    moved = A.move_file(db, admin, code=code, location_code="G1-R2-B03")
    assert moved.location_code == "G1-R2-B03" and "Boks 03" in moved.location
    f = A.describe_file(
        db,
        admin,
        code=code,
        classification_code="PM.01.02",
        retention_active_years=2,
        retention_inactive_years=5,
        final_disposition="musnah",
    )
    assert (f.classification_code, f.retention_active_years, f.final_disposition) == ("PM.01.02", 2, "musnah")
    with pytest.raises(ValidationFailed):
        A.describe_file(db, admin, code=code, final_disposition="dibakar")
    # the loan shows where the file belongs
    assert "Boks 03" in S.lend_file(db, admin, code=code, borrower=S.Borrower("A", "B")).location
    S.return_file(db, admin, code=code)
    actions = [e.action for e in A.file_history(db, admin, code=code)]
    assert actions == ["moved", "described", "lent", "returned"]


def test_merge_and_split_keep_letters_and_history(db, admin):
    a, b, c = letter(db, admin, "a"), letter(db, admin, "b"), letter(db, admin, "c")
    merged = A.merge_files(db, admin, into=a.archive_code, codes=[b.archive_code, c.archive_code])
    assert merged.letters == (a.agenda_no, b.agenda_no, c.agenda_no)
    assert A.get_file(db, admin, code=b.archive_code).merged_into == a.archive_code
    with pytest.raises(LoanRefused, match="digabung"):
        S.lend_file(db, admin, code=b.archive_code, borrower=S.Borrower("A", "B"))
    # the register's row follows the letter to its new file
    assert {r.archive_code for r in L.iter_letters(db, admin)} == {a.archive_code}

    new = A.split_file(db, admin, code=a.archive_code, agenda_numbers=[c.agenda_no], title="Berkas C")
    assert new.code == f"{a.archive_code}.1" and new.letters == (c.agenda_no,)
    assert A.get_file(db, admin, code=a.archive_code).letters == (a.agenda_no, b.agenda_no)
    with pytest.raises(ValidationFailed):
        A.split_file(db, admin, code=a.archive_code, agenda_numbers=[a.agenda_no, b.agenda_no])
    with pytest.raises(ValidationFailed):
        A.split_file(db, admin, code=a.archive_code, agenda_numbers=["D-1999-00001"])
    S.lend_file(db, admin, code=a.archive_code, borrower=S.Borrower("A", "B"))
    with pytest.raises(LoanRefused, match="sedang dipinjam"):
        A.merge_files(db, admin, into=new.code, codes=[a.archive_code])
    history = [
        (e.action, e.details.get("new") or e.details.get("into"))
        for e in A.file_history(db, admin, code=a.archive_code)
    ]
    assert history[:3] == [("merged_from", None), ("merged_from", None), ("split_to", new.code)]
    assert [e.action for e in A.file_history(db, admin, code=b.archive_code)] == ["merged_into"]
