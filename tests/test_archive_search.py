"""Finding a file without its label (by words of its title, classification or a letter inside), the
letters a file holds, and the borrowers the desk offers as the archivist types a name."""

from __future__ import annotations

from datetime import date

import pytest

from sipdumas.domain.errors import PermissionDenied
from sipdumas.domain.permissions import Actor, Role
from sipdumas.services import letters as L
from sipdumas.services.archive import files as A
from sipdumas.services.archive import loans as S


def letter(db, admin, subject, letter_no=None):
    return L.register_letter(
        db, admin, data=L.LetterInput(received_at=date(2026, 3, 2), subject=subject, letter_no=letter_no)
    )


def test_files_are_found_by_every_word_of_title_letter_or_classification(db, admin):
    jalan = letter(db, admin, "Jalan desa rusak berat di Kabupaten Garut", letter_no="07/RT/III/2026")
    bansos = letter(db, admin, "Bantuan PKH tidak diterima")
    other = letter(db, admin, "Jalan tol ditutup tanpa pemberitahuan")
    A.describe_file(db, admin, code=bansos.archive_code, classification_code="PM.01.02")
    # the letter moves into another file: it is found through the file that holds it now
    A.merge_files(db, admin, into=other.archive_code, codes=[bansos.archive_code])
    S.lend_file(db, admin, code=jalan.archive_code, borrower=S.Borrower("Rina", "Telaah"))

    found = A.search_files(db, admin, text="jalan  RUSAK")
    assert [m.code for m in found] == [jalan.archive_code]
    assert found[0].lent and found[0].letter_count == 1 and found[0].title.startswith("Jalan desa")
    assert {m.code for m in A.search_files(db, admin, text="jalan")} == {
        jalan.archive_code,
        other.archive_code,
    }
    assert [m.code for m in A.search_files(db, admin, text="07/RT")] == [jalan.archive_code]
    assert [m.code for m in A.search_files(db, admin, text=bansos.agenda_no)] == [other.archive_code]
    # the emptied file is still found by its own classification, marked merged
    (merged,) = A.search_files(db, admin, text="pm.01")
    assert (merged.code, merged.merged_into, merged.letter_count) == (
        bansos.archive_code,
        other.archive_code,
        0,
    )
    assert A.search_files(db, admin, text="  ") == []
    assert A.search_files(db, admin, text="jalan tol garut") == []


def test_search_words_are_text_not_patterns(db, admin):
    letter(db, admin, "Tunjangan 100% belum dibayar")
    letter(db, admin, "Tunjangan 1000 belum dibayar")
    assert len(A.search_files(db, admin, text="100%")) == 1
    assert len(A.search_files(db, admin, text="_")) == 0


def test_letters_of_a_file_in_registration_order(db, admin):
    a, b = letter(db, admin, "Pertama"), letter(db, admin, "Kedua")
    A.merge_files(db, admin, into=a.archive_code, codes=[b.archive_code])
    rows = A.file_letters(db, admin, code=a.archive_code)
    assert [(r.agenda_no, r.subject) for r in rows] == [(a.agenda_no, "Pertama"), (b.agenda_no, "Kedua")]
    assert rows[0].received_at == date(2026, 3, 2)


def test_recent_borrowers_newest_first_each_once(db, admin):
    a, b, c = (letter(db, admin, s).archive_code for s in ("a", "b", "c"))
    S.lend_file(db, admin, code=a, borrower=S.Borrower("Rina Siregar", "Bagian Telaah", "0812-3456-7890"))
    S.lend_file(db, admin, code=b, borrower=S.Borrower("Budi", "Umum"))
    S.lend_file(db, admin, code=c, borrower=S.Borrower("rina siregar", "bagian telaah", category="pimpinan"))
    people = S.recent_borrowers(db, admin)
    assert [(p.name, p.category) for p in people] == [("rina siregar", "pimpinan"), ("Budi", None)]
    assert S.recent_borrowers(db, admin, limit=1)[0].name == "rina siregar"
    with pytest.raises(PermissionDenied):
        S.recent_borrowers(db, Actor("ana", Role.ANALYST))
