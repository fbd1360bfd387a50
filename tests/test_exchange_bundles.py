"""Exchange with other units: versioned JSON documents (a .zip bundle or one .json with base64 scans),
validated against the JSON Schema on import, and fingerprints that find a complaint both units handle
without the complainant's text or identity leaving the office."""

from __future__ import annotations

import base64
import json
import shutil
import zipfile

import pytest
from channel_samples import text_pdf
from letter_texts import compose

from sipdumas.db.engine import Database
from sipdumas.db.location import Location
from sipdumas.exchange.bundle import InvalidBundle
from sipdumas.models.letters import IncomingLetter
from sipdumas.services.exchange import (
    UnitSettings,
    export_complaints,
    import_complaints,
    save_unit_settings,
    unit_matches,
)
from sipdumas.services.lapor import letter_exchange
from sipdumas.services.letters import get_letter
from sipdumas.services.registration import ingest_files
from sipdumas.services.workflow import change_status

LETTER = compose(name="Budi Santoso", complaint="bansos", nik="3273012304850002", phone="0812-2233-4455")


@pytest.fixture
def other_unit(tmp_path, sqlite_template, admin):
    """The database of another unit (the Vice President's secretariat), on SQLite."""
    path = tmp_path / "wapres.sqlite3"
    shutil.copy(sqlite_template, path)
    (tmp_path / "wapres-data").mkdir()
    db = Database.open(Location(f"sqlite:///{path}", tmp_path / "wapres-data"))
    save_unit_settings(db, admin, settings=UnitSettings(code="SETWAPRES", name="Sekretariat Wakil Presiden"))
    yield db
    db.dispose()


def scanned_letter(db, admin, tmp_path, text=LETTER, name="surat.pdf"):
    path = tmp_path / name
    path.write_bytes(text_pdf(text))
    (result,) = ingest_files(db, admin, paths=[path])
    assert result.error is None
    return result


@pytest.mark.parametrize("suffix", [".zip", ".json"])
def test_a_bundle_carries_fields_scans_and_history(db, admin, tmp_path, other_unit, suffix):
    sent = scanned_letter(other_unit, admin, tmp_path)
    detail = get_letter(other_unit, admin, letter_id=sent.id)
    change_status(
        other_unit, admin, letter_id=sent.id, expected_version=detail.row.version, status="under_review"
    )
    out = tmp_path / f"setwapres{suffix}"
    exported = export_complaints(other_unit, admin, out=out)
    assert (exported.complaints, exported.attachments) == (1, 1)
    if suffix == ".json":
        document = json.loads(out.read_text())
        assert document["format"] == "sipdumas-exchange" and document["version"] == 1
        assert document["complaints"][0]["status_history"][0]["to"] == "under_review"
        assert base64.b64decode(document["complaints"][0]["attachments"][0]["content_base64"]).startswith(
            b"%PDF"
        )
    result = import_complaints(db, admin, path=out)
    assert (result.unit, result.registered, result.skipped) == ("SETWAPRES", 1, 0)
    (imported,) = result.letters
    here = get_letter(db, admin, letter_id=imported["id"])
    assert here.data.sender.nik == "3273012304850002"
    assert "Program Keluarga Harapan" in here.data.text
    exchange = letter_exchange(db, admin, letter_id=imported["id"])
    assert exchange.references == [("unit:SETWAPRES", sent.agenda_no)]
    assert "under_review" in exchange.events[0].detail
    with db.session() as session:
        letter = session.get(IncomingLetter, imported["id"])
        assert [d.file_name for d in letter.documents] == ["surat.pdf"]
    again = import_complaints(db, admin, path=out)
    assert (again.registered, again.skipped) == (0, 1)


def test_a_complaint_already_here_is_flagged_when_it_comes_from_another_unit(db, admin, tmp_path, other_unit):
    ours = scanned_letter(db, admin, tmp_path, name="asli.pdf")
    scanned_letter(
        other_unit, admin, tmp_path, text=LETTER + "\nSurat ini merupakan pengiriman ulang.", name="b.pdf"
    )
    out = tmp_path / "setwapres.zip"
    export_complaints(other_unit, admin, out=out)
    (imported,) = import_complaints(db, admin, path=out).letters
    assert imported["duplicate_of"] == ours.id


def test_confidential_export_withholds_identity_text_and_scans(tmp_path, other_unit, admin):
    scanned_letter(other_unit, admin, tmp_path)
    out = tmp_path / "rahasia.json"
    export_complaints(other_unit, admin, out=out, confidential=True)
    raw = out.read_text()
    assert "Budi" not in raw and "3273012304850002" not in raw and "content_base64" not in raw
    (complaint,) = json.loads(raw)["complaints"]
    assert (
        complaint["confidential"] is True and complaint["complainant"] is None and complaint["text"] is None
    )


def test_fingerprints_find_the_same_complaint_without_its_text(db, admin, tmp_path, other_unit):
    ours = scanned_letter(db, admin, tmp_path, name="asli.pdf")
    theirs = scanned_letter(
        other_unit, admin, tmp_path, text=LETTER.replace("Bandung", "Cimahi"), name="b.pdf"
    )
    scanned_letter(other_unit, admin, tmp_path, text=compose(name="Ani", complaint="tanah"), name="c.pdf")
    out = tmp_path / "sidik.json"
    exported = export_complaints(other_unit, admin, out=out, fingerprints=True)
    raw = out.read_text()
    assert exported.content == "fingerprints"
    for secret in ("Budi", "3273012304850002", "Keluarga Harapan", "Ani"):
        assert secret not in raw
    result = import_complaints(db, admin, path=out)
    assert (result.fingerprints, result.registered) == (2, 0)
    (match,) = unit_matches(db, admin)
    assert (match.letter_id, match.unit, match.unit_ref) == (ours.id, "SETWAPRES", theirs.agenda_no)
    assert match.similarity >= 0.5
    assert import_complaints(db, admin, path=out).fingerprints == 2  # kept once, refreshed


def test_invalid_documents_are_refused_before_anything_is_read(db, admin, tmp_path, other_unit):
    scanned_letter(other_unit, admin, tmp_path)
    good = tmp_path / "b.json"
    export_complaints(other_unit, admin, out=good)
    document = json.loads(good.read_text())

    def refused(doc, match):
        path = tmp_path / "x.json"
        path.write_text(json.dumps(doc))
        with pytest.raises(InvalidBundle, match=match):
            import_complaints(db, admin, path=path)

    refused({**document, "version": 2}, "versi 2 lebih baru")
    refused({**document, "format": "lain"}, "format")
    broken = json.loads(good.read_text())
    broken["complaints"][0]["complainant"]["nik"] = "12"
    refused(broken, "complaints/0/complainant/nik")
    tampered = json.loads(good.read_text())
    tampered["complaints"][0]["attachments"][0]["content_base64"] = base64.b64encode(b"lain").decode()
    refused(tampered, "rusak")
    bad_zip = tmp_path / "x.zip"
    with zipfile.ZipFile(bad_zip, "w") as zf:
        zf.writestr("lain.txt", "bukan bundel")
    with pytest.raises(InvalidBundle, match="complaints.json"):
        import_complaints(db, admin, path=bad_zip)
    with db.session() as session:
        assert session.query(IncomingLetter).count() == 0
