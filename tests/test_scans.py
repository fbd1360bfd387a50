"""A registered letter's scan and its links, as the letter form, the register's document pane, the
duplicate comparison and ``sipdumas letter pages`` / ``letter related`` get them."""

from __future__ import annotations

import json
from datetime import date

import pytest
from letter_texts import compose
from PIL import Image
from scan_samples import scanned_letter

from sipdumas.cli.main import main
from sipdumas.db.storage import CorruptFile, FileStore
from sipdumas.services.duplicates import ORIGINAL, RELATED, RESENT, related_letters
from sipdumas.services.letters import LetterInput, SenderData, get_letter, list_letters, register_letter
from sipdumas.services.registration import check_files, letter_input_from, register_reviewed
from sipdumas.services.scans import letter_scan, save_letter_pages

TODAY = date(2026, 6, 1)
SITI = {"name": "Siti Rahmawati", "nik": "3273014507850003", "phone": "0812-2233-4455"}
BUDI = {"name": "Budi Santoso", "nik": "3273011203800007", "phone": "0813-9988-7766"}


def register_scan(db, actor, path, extraction):
    data = letter_input_from(extraction, path=path, today=TODAY)
    return register_reviewed(db, actor, path=path, extraction=extraction, data=data, today=TODAY)


def test_a_registered_scan_keeps_its_pages_texts_and_where_each_field_was_read(db, admin, tmp_path):
    path, extraction = scanned_letter(tmp_path / "L1.png", compose(**SITI, complaint="bansos"))
    result = register_scan(db, admin, path, extraction)

    scan = letter_scan(db, admin, letter_id=result.id)
    assert (scan.agenda_no, scan.page_count) == (result.agenda_no, 1)
    (doc,) = scan.documents
    assert doc.path == FileStore(db.data_dir).path_for(doc.sha256)
    assert doc.path.read_bytes() == path.read_bytes()
    assert not doc.text_only and doc.problem is None
    assert "Program Keluarga" in doc.page_texts[0]
    # the marks survive registration exactly as the intake view drew them
    assert doc.marks is not None
    assert doc.marks.page_sizes == (Image.open(path).size,)
    assert doc.marks.fields["sender.name"].boxes == extraction.evidence["sender.name"].boxes
    assert doc.marks.fields["subject"].lines == ["Hal: Pengaduan"]
    assert doc.marks.confidence["sender.nik"] == extraction.confidence["sender.nik"]
    assert json.loads(json.dumps(scan.to_json()))["documents"][0]["evidence"]["fields"]["sender.name"]


def test_a_typed_letter_has_no_scan_and_a_text_file_is_text(db, admin, tmp_path):
    typed = register_letter(
        db, admin, data=LetterInput(received_at=TODAY, subject="Jalan rusak"), today=TODAY
    )
    assert letter_scan(db, admin, letter_id=typed.id).documents == ()

    path = tmp_path / "surat.txt"
    path.write_text(compose(**SITI, complaint="jalan"), encoding="utf-8")
    from sipdumas.intake import extract_file

    result = register_scan(db, admin, path, extract_file(path))
    (doc,) = letter_scan(db, admin, letter_id=result.id).documents
    assert doc.text_only and doc.marks is not None and doc.marks.fields["sender.name"].boxes == []


def test_every_page_is_written_as_a_picture_with_its_text(db, admin, tmp_path):
    path, extraction = scanned_letter(tmp_path / "L2.pdf", compose(**SITI, complaint="tanah"), pages=2)
    result = register_scan(db, admin, path, extraction)

    saved = save_letter_pages(db, admin, letter_id=result.id, out_dir=tmp_path / "out", max_side=800)
    assert [(p.page, p.file.name) for p in saved] == [
        (1, f"{result.agenda_no}-1.png"),
        (2, f"{result.agenda_no}-2.png"),
    ]
    for page in saved:
        with Image.open(page.file) as picture:
            assert picture.size == (page.width, page.height) and max(picture.size) == 800
    assert "sertifikat" in saved[1].text.lower() or "sertifikat" in saved[0].text.lower()


def test_a_damaged_file_is_named_and_the_text_still_shown(db, admin, tmp_path):
    path, extraction = scanned_letter(tmp_path / "L3.png", compose(**SITI, complaint="jalan"))
    result = register_scan(db, admin, path, extraction)
    stored = FileStore(db.data_dir).path_for(letter_scan(db, admin, letter_id=result.id).documents[0].sha256)
    stored.write_bytes(b"not the scan any more")

    (doc,) = letter_scan(db, admin, letter_id=result.id).documents
    assert doc.path is None and "rusak" in doc.problem
    assert "Desa Sukamaju" in doc.page_texts[0]
    with pytest.raises(CorruptFile):
        save_letter_pages(db, admin, letter_id=result.id, out_dir=tmp_path / "out")


def _letter(sender: dict, complaint: str, days_ago: int, **kw) -> LetterInput:
    return LetterInput(
        received_at=date(2026, 5, 20 - days_ago),
        subject=f"Pengaduan {complaint}",
        text=compose(**sender, complaint=complaint, **kw),
        sender=SenderData(**sender),
    )


def test_links_are_shown_from_both_letters_naming_the_other(db, admin):
    original = register_letter(db, admin, data=_letter(SITI, "bansos", 9), today=TODAY)
    related = register_letter(db, admin, data=_letter(BUDI, "bansos", 5), today=TODAY)
    resent = register_letter(db, admin, data=_letter(SITI, "bansos", 2, resend=True), today=TODAY)
    assert related.related_ids == (original.id,)
    assert resent.duplicate_of == original.id

    from_original = {(r.agenda_no, r.relation) for r in related_letters(db, admin, letter_id=original.id)}
    assert (related.agenda_no, RELATED) in from_original  # the later letter named by the earlier one
    assert (resent.agenda_no, RESENT) in from_original
    from_related = related_letters(db, admin, letter_id=related.id)
    assert (original.agenda_no, RELATED) in {(r.agenda_no, r.relation) for r in from_related}
    first = related_letters(db, admin, letter_id=resent.id)[0]
    assert (first.agenda_no, first.relation, first.score) == (
        original.agenda_no,
        ORIGINAL,
        resent.duplicate_score,
    )

    # the register row names its related letters by agenda number too
    rows = {r.id: r for r in list_letters(db, admin)}
    assert rows[related.id].related_agenda_nos == (original.agenda_no,)
    assert get_letter(db, admin, letter_id=related.id).row.related_agenda_nos == (original.agenda_no,)


def test_a_check_before_registering_names_letters_by_agenda_number(db, admin, tmp_path):
    original = register_letter(db, admin, data=_letter(SITI, "bansos", 9), today=TODAY)
    path = tmp_path / "ulang.txt"
    path.write_text(compose(**SITI, complaint="bansos", resend=True), encoding="utf-8")
    (checked,) = check_files(db, admin, paths=[path], today=TODAY)
    assert (checked.duplicate_of, checked.duplicate_of_agenda_no) == (original.id, original.agenda_no)
    assert checked.to_json()["duplicate_of_agenda_no"] == original.agenda_no


@pytest.fixture
def sipdumas(db, capsys, monkeypatch):
    for key in ("SIPDUMAS_USER", "SIPDUMAS_PASSWORD", "SIPDUMAS_DATABASE_URL"):
        monkeypatch.delenv(key, raising=False)

    def call(*args: str) -> tuple[int, list[dict], str]:
        capsys.readouterr()
        code = main(["--db", db.url, "--data-dir", str(db.data_dir), *args])
        out = capsys.readouterr()
        return code, [json.loads(line) for line in out.out.splitlines() if line.strip()], out.err

    return call


def test_the_command_line_writes_the_pages_and_lists_the_links(db, admin, tmp_path, sipdumas):
    path, extraction = scanned_letter(tmp_path / "L4.tif", compose(**SITI, complaint="pegawai"), pages=2)
    result = register_scan(db, admin, path, extraction)
    later = register_letter(db, admin, data=_letter(SITI, "pegawai", 1, resend=True), today=TODAY)

    code, out, _err = sipdumas("letter", "pages", result.agenda_no, "--json")
    assert code == 0 and out[0]["pages"] == 2 and out[0]["documents"][0]["evidence"]["fields"]
    code, out, _err = sipdumas(
        "letter", "pages", result.agenda_no, "--out-dir", str(tmp_path / "p"), "--json"
    )
    assert code == 0 and [line["page"] for line in out] == [1, 2]
    assert all((tmp_path / "p" / f"{result.agenda_no}-{n}.png").is_file() for n in (1, 2))
    code, out, _err = sipdumas("letter", "related", result.agenda_no, "--json")
    assert code == 0 and out == [{**out[0], "agenda_no": later.agenda_no, "relation": RESENT}]

    FileStore(db.data_dir).path_for(
        out and letter_scan(db, admin, letter_id=result.id).documents[0].sha256
    ).unlink()
    code, out, err = sipdumas("letter", "pages", result.agenda_no, "--out-dir", str(tmp_path / "q"), "--json")
    assert code == 1 and out == [] and "hilang" in err
