"""Registering a file as the letter an analyst checked (the client's intake view)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from letter_texts import compose
from sqlalchemy import select

from sipdumas.db.storage import FileStore, sha256_of
from sipdumas.domain.errors import PermissionDenied, ValidationFailed
from sipdumas.domain.permissions import Actor, Role
from sipdumas.intake import extract_file
from sipdumas.models.letters import Document, DocumentPage
from sipdumas.services.letters import get_letter
from sipdumas.services.registration import letter_input_from, register_reviewed

TODAY = date(2026, 6, 1)


@pytest.fixture
def letter_file(tmp_path):
    path = tmp_path / "surat.txt"
    path.write_text(
        compose(name="Siti Rahmawati", nik="3273014507850003", phone="0812-2233-4455", complaint="jalan"),
        encoding="utf-8",
    )
    return path


def test_the_analysts_corrections_are_registered_with_the_scan(db, admin, letter_file):
    extraction = extract_file(letter_file)
    data = letter_input_from(extraction, path=letter_file, today=TODAY)
    data.subject = "Jalan desa rusak berat"
    data.sender = dataclasses.replace(data.sender, name="Siti Rahmawati S.Pd.", email="siti@example.id")
    data.category = "02 Pelayanan publik"
    result = register_reviewed(db, admin, path=letter_file, extraction=extraction, data=data, today=TODAY)

    letter = get_letter(db, admin, letter_id=result.id)
    assert letter.data.subject == "Jalan desa rusak berat"
    assert letter.data.sender.name == "Siti Rahmawati S.Pd."
    assert letter.data.sender.email == "siti@example.id"
    assert letter.data.category == "02 Pelayanan publik"
    assert letter.data.text and "Desa Sukamaju" in letter.data.text  # the OCR text, kept
    sha = sha256_of(letter_file)
    assert FileStore(db.data_dir).read(sha) == letter_file.read_bytes()
    with db.session() as session:
        document = session.scalars(select(Document).where(Document.letter_id == result.id)).one()
        assert (document.sha256, document.file_name) == (sha, "surat.txt")
        assert session.scalars(select(DocumentPage).where(DocumentPage.document_id == document.id)).all()


def test_a_wrong_value_typed_by_the_analyst_is_refused_not_dropped(db, admin, letter_file):
    extraction = extract_file(letter_file)
    data = letter_input_from(extraction, path=letter_file, today=TODAY)
    data.sender = dataclasses.replace(data.sender, nik="1234")
    with pytest.raises(ValidationFailed) as refused:
        register_reviewed(db, admin, path=letter_file, extraction=extraction, data=data, today=TODAY)
    assert set(refused.value.problems) == {"nik"}
    with db.session() as session:
        assert session.scalars(select(Document)).all() == []


def test_carbon_copy_follows_the_corrected_tembusan(db, admin, letter_file):
    extraction = extract_file(letter_file)
    data = letter_input_from(extraction, path=letter_file, today=TODAY)
    data.addressee = "Menteri Sosial Republik Indonesia"
    data.cc = ["Bapak Presiden RI"]
    data.carbon_copy = None
    result = register_reviewed(db, admin, path=letter_file, extraction=extraction, data=data, today=TODAY)
    assert get_letter(db, admin, letter_id=result.id).row.carbon_copy is True


def test_only_who_may_register_letters_can(db, letter_file):
    extraction = extract_file(letter_file)
    data = letter_input_from(extraction, path=letter_file, today=TODAY)
    archivist = Actor(username="arsip", role=Role.ARCHIVIST)
    with pytest.raises(PermissionDenied):
        register_reviewed(db, archivist, path=letter_file, extraction=extraction, data=data, today=TODAY)
