"""Importing legacy registers: idempotent, rejected rows explained, all-or-nothing per file."""

from __future__ import annotations

import csv
import json
from datetime import date

import pytest
from openpyxl import Workbook
from sqlalchemy import text

from sipdumas.domain.errors import PermissionDenied
from sipdumas.domain.permissions import Actor, Role
from sipdumas.services import letters as L
from sipdumas.services.imports import checking, readers
from sipdumas.services.imports import legacy_register as importing

TODAY = date(2026, 6, 1)


def rows(n: int, year: int = 2025) -> list[dict]:
    return [
        {
            "received_at": f"{year}-03-{1 + i % 28:02d}",
            "subject": f"Bantuan sosial belum diterima warga RT {i}",
            "sender": {
                "name": f"Warga {i}",
                "nik": None,
                "phone": "0812-1111-2222",
                "address": "Kota Kupang",
            },
            "category": "bansos",
            "status": "filed",
            "text": f"Surat nomor {i} tentang bantuan sosial",
        }
        for i in range(n)
    ]


def write_jsonl(path, items):
    path.write_text("\n".join(json.dumps(r) for r in items) + "\n", encoding="utf-8")
    return path


def test_jsonl_import_registers_rows_with_agenda_numbers_and_search(db, admin, tmp_path):
    result = importing.import_register(
        db, admin, path=write_jsonl(tmp_path / "lama.jsonl", rows(5)), today=TODAY
    )
    assert (result.imported, result.rejected, result.skipped) == (5, 0, 0)
    listed = list(L.iter_letters(db, admin))
    assert [r.agenda_no for r in listed] == [f"D-2025-{i:05d}" for i in range(1, 6)]
    assert all(r.status == "filed" and r.sender.phone == "+6281211112222" for r in listed)
    assert all(r.archive_code for r in listed)
    assert len(L.list_letters(db, admin, query=L.LetterQuery(text="bantuan RT 3"))) == 1
    # new registrations continue after the imported numbers
    new = L.register_letter(
        db, admin, data=L.LetterInput(received_at=date(2025, 4, 1), subject="Baru"), today=TODAY
    )
    assert new.agenda_no == "D-2025-00006"


def test_an_imported_letter_is_stored_and_found_as_a_registered_one(db, admin, tmp_path):
    """What the import's workers prepare (columns, sender, search document, identity and text index)
    reads back as registration stores it: every field, the tembusan, and search by the agenda number,
    the letter's number, the NIK and the phone in either spelling; re-sends of it are found."""
    from sipdumas.detection.assess import assess

    row = {
        "received_at": "2025-03-04",
        "letter_no": "045/RT-07/III/2025",
        "letter_date": "2025-03-01",
        "place": "Kupang",
        "subject": "Pungutan liar pembuatan KTP",
        "summary": "Warga dimintai uang",
        "category": "pelayanan publik",
        "addressee": "Bupati Kupang",
        "cc": ["Ombudsman RI", "Inspektorat"],
        "status": "under_review",
        "sender": {
            "name": "Yohanes Ndun",
            "nik": "5301011203850004",
            "phone": "0813-3344-5566",
            "email": "Yohanes@Contoh.id",
            "address": "Jl. Timor Raya 5, Kupang",
        },
        "text": "Dengan hormat, kami warga RT 07 dimintai uang Rp 150.000 untuk pembuatan KTP elektronik "
        "oleh petugas kelurahan. Kami mohon pungutan liar ini ditindak. " * 3,
    }
    result = importing.import_register(
        db, admin, path=write_jsonl(tmp_path / "satu.jsonl", [row]), today=TODAY
    )
    assert result.imported == 1
    [listed] = list(L.iter_letters(db, admin))
    detail = L.get_letter(db, admin, letter_id=listed.id)
    r, d = detail.row, detail.data
    assert (d.received_at, d.letter_no, d.letter_date, d.place) == (
        date(2025, 3, 4),
        "045/RT-07/III/2025",
        date(2025, 3, 1),
        "Kupang",
    )
    assert (d.subject, d.summary, d.category, d.addressee, r.status) == (
        "Pungutan liar pembuatan KTP",
        "Warga dimintai uang",
        "pelayanan publik",
        "Bupati Kupang",
        "under_review",
    )
    assert d.cc == ["Ombudsman RI", "Inspektorat"] and r.carbon_copy is False and r.identity_complete
    assert d.text == row["text"].strip()
    assert (d.sender.name, d.sender.nik, d.sender.phone, (d.sender.email or "").lower()) == (
        "Yohanes Ndun",
        "5301011203850004",
        "+6281333445566",
        "yohanes@contoh.id",
    )
    for words in (
        r.agenda_no,
        "045/RT-07",
        "5301011203850004",
        "0813 3344 5566",
        "+62 813-3344-5566",
        "ktp elektronik",
    ):
        found = L.list_letters(db, admin, query=L.LetterQuery(text=words))
        assert [x.id for x in found] == [r.id], words
    with db.session() as session:
        verdict = assess(session, text=row["text"], name="Yohanes Ndun", nik="5301011203850004")
    assert verdict.duplicate_of == r.id


def test_an_imported_letters_search_entry_is_the_one_registration_writes(db, admin, tmp_path):
    # PostgreSQL: the import sends each entry as a binary tsvector, its words sorted by the workers and
    # the agenda number's merged in; registration sends a literal the server parses. Both must hold the
    # same words: accented and plain, a word of the agenda number already in the text or not, a letter
    # with no words but its number; one past a tsvector's megabyte keeps its first words and its number
    if db.is_sqlite:
        pytest.skip("PostgreSQL's search index only")
    from sipdumas.db import search

    texts = [
        "Sdr. José de Araújo, Desa Ujung·Pandang: Rp 50.000 ½ bagian m² pada 2025 «tidak» D zeta Ä",
        "surat d 2025 00002 sudah dikirim",
        None,
        "retribusi " + " ".join(f"kata{i:07d}" for i in range(120_000)),
    ]
    items = [{"received_at": "2025-03-04", "subject": f"Perihal {i}", "text": t} for i, t in enumerate(texts)]
    items[2] = {"received_at": "2025-03-05", "subject": "--"}  # no word but its number
    result = importing.import_register(
        db, admin, path=write_jsonl(tmp_path / "kata.jsonl", items), today=TODAY
    )
    assert result.imported == 4
    letters = list(L.iter_letters(db, admin))
    with db.session() as session:
        for listed in letters[:3]:
            d = L.get_letter(db, admin, letter_id=listed.id).data
            expected = search.lexemes(
                search.build_document(
                    agenda_no=listed.agenda_no,
                    letter_no=d.letter_no,
                    subject=d.subject,
                    summary=d.summary,
                    sender_name=d.sender.name,
                    nik=d.sender.nik,
                    phone=d.sender.phone,
                    email=d.sender.email,
                    address=d.sender.address,
                    text_body=d.text,
                )
            )
            same, words = session.execute(
                text(
                    "SELECT document = CAST(:expected AS tsvector), length(document) "
                    "FROM letter_search WHERE letter_id = :id"
                ),
                {"expected": expected, "id": listed.id},
            ).one()
            assert same, listed.agenda_no
            assert words == len(set(expected.split()))
        flood = session.scalar(
            text("SELECT length(document) FROM letter_search WHERE letter_id = :id"), {"id": letters[3].id}
        )
    assert 83_000 < flood < 84_000  # a megabyte of words of 11 letters
    for typed, letter in (
        ("araújo m²", 0),
        (letters[2].agenda_no, 2),
        ("kata0000001", 3),
        (letters[3].agenda_no, 3),
    ):
        assert [x.id for x in L.list_letters(db, admin, query=L.LetterQuery(text=typed))] == [
            letters[letter].id
        ]


def test_an_agenda_numbers_words_join_the_sorted_words_once_each():
    from sipdumas.db import search

    words = search.sorted_words(search.SearchDocument("zeta 2025 ápa", "", "", "alpha d"))
    assert words.split("\0\0\0") == ["2025", "alpha", "d", "zeta", "ápa"]
    merged = search.with_words(words, "D-2025-00017")
    assert merged.split("\0\0\0") == ["00017", "2025", "alpha", "d", "zeta", "ápa"]
    assert search.with_words("", "D-2025-00017").split("\0\0\0") == ["00017", "2025", "d"]


def test_reimporting_the_same_file_adds_nothing(db, admin, tmp_path):
    path = write_jsonl(tmp_path / "lama.jsonl", rows(4))
    importing.import_register(db, admin, path=path, today=TODAY)
    again = importing.import_register(db, admin, path=path, today=TODAY)
    assert (again.imported, again.skipped) == (0, 4)
    assert L.count_letters(db, admin) == 4


def test_bad_rows_are_rejected_with_line_and_reason_and_the_rest_imported(db, admin, tmp_path):
    items = rows(3)
    items[1]["sender"]["nik"] = "12345"
    items[2]["received_at"] = "kemarin"
    path = write_jsonl(tmp_path / "campur.jsonl", items)
    path.write_text(path.read_text() + "{bukan json\n", encoding="utf-8")
    result = importing.import_register(db, admin, path=path, today=TODAY)
    assert (result.imported, result.rejected) == (1, 3)
    assert any("baris 2" in e and "NIK" in e for e in result.errors)
    assert any("baris 3" in e and "kemarin" in e for e in result.errors)
    assert any("baris 4" in e and "JSON" in e for e in result.errors)


def test_legacy_agenda_numbers_are_kept_and_never_handed_out_again(db, admin, tmp_path):
    items = rows(2, year=2026)
    items[0]["agenda_no"] = "D-2026-00040"
    items[1]["agenda_no"] = "AG/LAMA/17"
    importing.import_register(db, admin, path=write_jsonl(tmp_path / "a.jsonl", items), today=TODAY)
    new = L.register_letter(
        db, admin, data=L.LetterInput(received_at=date(2026, 5, 1), subject="Baru"), today=TODAY
    )
    assert new.agenda_no == "D-2026-00041"
    clash = rows(1, year=2026)
    clash[0]["agenda_no"] = "D-2026-00041"
    result = importing.import_register(db, admin, path=write_jsonl(tmp_path / "b.jsonl", clash), today=TODAY)
    assert result.rejected == 1 and "sudah dipakai" in result.errors[0]


def test_a_failure_part_way_leaves_nothing_of_the_file(db, admin, tmp_path, monkeypatch):
    path = write_jsonl(tmp_path / "besar.jsonl", rows(7))
    monkeypatch.setattr(importing, "BATCH", 3)
    real_store = importing._store
    calls = []

    def failing_store(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk penuh")
        return real_store(*args, **kwargs)

    monkeypatch.setattr(importing, "_store", failing_store)
    with pytest.raises(OSError):
        importing.import_register(db, admin, path=path, today=TODAY)
    assert L.count_letters(db, admin) == 0
    monkeypatch.setattr(importing, "_store", real_store)
    assert importing.import_register(db, admin, path=path, today=TODAY).imported == 7
    assert list(L.iter_letters(db, admin))[0].agenda_no == "D-2025-00001"  # no number lost to the failure


def test_csv_and_xlsx_with_indonesian_headings(db, admin, tmp_path):
    headings = ["Nomor agenda", "Tanggal diterima", "Pengirim", "NIK", "No HP", "Perihal", "Tembusan"]
    values = [
        [
            "AG-1",
            "03/02/2025",
            "Slamet Kurniawan",
            "5271026709568314",
            "0812 3456 7890",
            '=HYPERLINK("http://x")',
            "Bapak Presiden RI; Gubernur NTB",
        ],
        ["AG-2", "2025-02-04", "Andi", "", "", "Jalan rusak", ""],
    ]
    csv_path = tmp_path / "agenda.csv"
    with open(csv_path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(headings)
        writer.writerows(values)
    result = importing.import_register(db, admin, path=csv_path, today=TODAY)
    assert (result.imported, result.rejected) == (2, 0), result.errors

    wb = Workbook()
    ws = wb.active
    ws.append(headings)
    ws.append(["AG-3", date(2025, 2, 5), "Budi", None, None, "Sengketa tanah", None])
    xlsx_path = tmp_path / "agenda.xlsx"
    wb.save(xlsx_path)
    assert importing.import_register(db, admin, path=xlsx_path, today=TODAY).imported == 1

    first = L.get_letter(db, admin, letter_id=list(L.iter_letters(db, admin))[0].id)
    assert first.row.agenda_no == "AG-1"
    assert first.data.subject == '=HYPERLINK("http://x")'  # kept as text, never evaluated
    assert first.data.cc == ["Bapak Presiden RI", "Gubernur NTB"]
    assert first.row.carbon_copy is True  # the President appears only in the tembusan
    assert first.province == "Nusa Tenggara Barat"


def test_unreadable_files_give_a_clear_error(db, admin, tmp_path):
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"PK\x03\x04 bukan zip yang utuh")
    with pytest.raises(readers.ImportFailed, match="rusak.xlsx"):
        importing.import_register(db, admin, path=broken, today=TODAY)
    with pytest.raises(readers.ImportFailed, match="format tidak didukung"):
        (tmp_path / "x.doc").write_bytes(b"\xd0\xcf\x11\xe0")
        importing.import_register(db, admin, path=tmp_path / "x.doc", today=TODAY)


def test_staff_cannot_import(db, tmp_path):
    with pytest.raises(PermissionDenied):
        importing.import_register(
            db, Actor("staf", Role.STAFF), path=write_jsonl(tmp_path / "a.jsonl", rows(1))
        )


def test_channel_written_as_label_or_english_is_understood(db, admin, tmp_path):
    source = tmp_path / "saluran.csv"
    source.write_text(
        "Nomor Agenda,Tanggal Diterima,Perihal,Saluran\n"
        "D-2025-00001,2025-01-02,Jalan rusak,Surat\n"
        "D-2025-00002,2025-01-03,Pungli,letter\n"
        "D-2025-00003,2025-01-04,Bansos,Datang langsung\n"
        "D-2025-00004,2025-01-05,Tanah,merpati pos\n",
        encoding="utf-8",
    )
    result = importing.import_register(db, admin, path=source, today=date(2025, 2, 1))
    assert result.imported == 3
    assert result.rejected == 1
    assert "Saluran 'merpati pos' tidak dikenal" in result.errors[0]


def test_large_file_validated_in_worker_processes_keeps_order_and_line_numbers(
    db, admin, tmp_path, monkeypatch
):
    monkeypatch.setattr(checking, "PARALLEL_FROM_BYTES", 0)
    monkeypatch.setattr(importing, "BATCH", 7)
    items = rows(30)
    items[12]["sender"]["nik"] = "123"  # line 13 is rejected
    result = importing.import_register(
        db, admin, path=write_jsonl(tmp_path / "besar.jsonl", items), today=TODAY
    )
    assert (result.imported, result.rejected) == (29, 1)
    assert "baris 13:" in result.errors[0]
    listed = list(L.iter_letters(db, admin))
    assert [r.subject for r in listed] == [items[i]["subject"] for i in range(30) if i != 12]
    assert [r.agenda_no for r in listed] == [f"D-2025-{i:05d}" for i in range(1, 30)]


def test_large_file_rows_decoded_in_worker_processes_report_broken_lines(db, admin, tmp_path, monkeypatch):
    # A large file's lines go to the worker processes undecoded: a broken line is still rejected with
    # its number and reason, and a line that decodes to something else than an object too.
    monkeypatch.setattr(checking, "PARALLEL_FROM_BYTES", 0)
    path = write_jsonl(tmp_path / "besar.jsonl", rows(4))
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[1:1] = ['{"subject": "terpotong', "[1, 2]"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = importing.import_register(db, admin, path=path, today=TODAY)
    assert (result.imported, result.rejected) == (4, 2)
    assert "baris 2: JSON tidak valid" in result.errors[0]
    assert "baris 3: baris bukan objek JSON" in result.errors[1]


def test_progress_is_reported_and_a_cancelled_import_stores_nothing(db, admin, tmp_path, monkeypatch):
    import threading

    importing.import_register(
        db, admin, path=write_jsonl(tmp_path / "dulu.jsonl", rows(2, year=2024)), today=TODAY
    )
    path = write_jsonl(tmp_path / "lama.jsonl", rows(450))
    seen = []
    result = importing.import_register(db, admin, path=path, today=TODAY, on_progress=seen.append)
    assert [p.rows for p in seen] == [200, 400, 450]
    assert (seen[-1].imported, seen[-1].file) == (450, "lama.jsonl") and result.imported == 450

    cancel = threading.Event()
    again = write_jsonl(tmp_path / "baru.jsonl", rows(450, year=2023))
    monkeypatch.setattr(importing, "BATCH", 50)  # four batches are written before the cancel at row 200
    with pytest.raises(importing.ImportCancelled, match="baru.jsonl"):
        importing.import_register(
            db, admin, path=again, today=TODAY, cancel=cancel, on_progress=lambda p: cancel.set()
        )
    assert L.count_letters(db, admin) == 452  # nothing of the cancelled file, nothing lost from before
    done = importing.import_register(db, admin, path=again, today=TODAY)
    assert done.imported == 450
    assert min(r.agenda_no for r in L.iter_letters(db, admin) if r.received_at.year == 2023) == "D-2023-00001"


def test_values_no_database_can_store_reject_their_row(db, admin, tmp_path):
    items = rows(3)
    items[0]["subject"] = "Jalan\u0000rusak"
    items[1]["sender"]["name"] = "Budi\ud800"
    path = tmp_path / "aneh.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in items) + "\n", encoding="utf-8")  # \ud800 as an escape
    result = importing.import_register(db, admin, path=path, today=TODAY)
    assert (result.imported, result.rejected) == (1, 2)
    assert result.rejected_rows[0][0] == 1 and result.rejected_rows[0][1].startswith(
        "subject: berisi karakter tak sah"
    )
    assert result.rejected_rows[1][0] == 2 and result.rejected_rows[1][1].startswith("sender.name:")


def test_a_jsonl_line_beyond_the_limit_is_rejected_without_reading_it_whole(db, admin, tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_LINE_CHARS", 1000)
    items = rows(3)
    items[1]["text"] = "x" * 5000
    result = importing.import_register(
        db, admin, path=write_jsonl(tmp_path / "panjang.jsonl", items), today=TODAY
    )
    assert (result.imported, result.rejected) == (2, 1)
    assert result.errors == ["panjang.jsonl: baris 2: baris lebih panjang dari 1000 karakter"]


def test_damaged_files_fail_whole_naming_the_file_and_store_nothing(db, admin, tmp_path):
    import zipfile

    binary = tmp_path / "laporan.csv"
    binary.write_bytes(b"%PDF-1.4\n\x00\x01\x02 bukan teks\n")
    with pytest.raises(readers.ImportFailed, match=r"laporan\.csv: bukan berkas teks CSV"):
        importing.import_register(db, admin, path=binary, today=TODAY)

    huge = tmp_path / "raksasa.csv"
    huge.write_text(
        "Tanggal diterima,Perihal\n2025-01-02,Jalan\n2025-01-03," + "x" * 200_000 + "\n", encoding="utf-8"
    )
    with pytest.raises(readers.ImportFailed, match=r"raksasa\.csv: baris 3: CSV rusak"):
        importing.import_register(db, admin, path=huge, today=TODAY)

    wb = Workbook()
    wb.active.append(["Tanggal diterima", "Perihal"])
    for i in range(300):
        wb.active.append([date(2025, 1, 2), f"Perihal {i}"])
    wb.save(tmp_path / "utuh.xlsx")
    with (
        zipfile.ZipFile(tmp_path / "utuh.xlsx") as src,
        zipfile.ZipFile(tmp_path / "terpotong.xlsx", "w") as dst,
    ):
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(
                item, data[: len(data) // 2] if item.filename == "xl/worksheets/sheet1.xml" else data
            )
    with pytest.raises(readers.ImportFailed, match=r"terpotong\.xlsx: lembar kerja rusak setelah baris \d+"):
        importing.import_register(db, admin, path=tmp_path / "terpotong.xlsx", today=TODAY)
    assert L.count_letters(db, admin) == 0  # the rows before the damage were not kept either


def test_csv_in_utf16_and_windows_1252_is_read(db, admin, tmp_path):
    text = "Tanggal diterima\tPerihal\tPengirim\n2025-01-02\tJalan rusak\tJosé Ramos-Horta\n"
    (tmp_path / "unicode.csv").write_bytes(text.encode("utf-16"))  # Excel's "Unicode text": BOM + UTF-16
    (tmp_path / "lama.csv").write_bytes(text.replace("Jalan", "Tanah").encode("cp1252"))
    for name in ("unicode.csv", "lama.csv"):
        assert importing.import_register(db, admin, path=tmp_path / name, today=TODAY).imported == 1
    assert {r.sender.name for r in L.iter_letters(db, admin)} == {"José Ramos-Horta"}


def test_a_large_import_refreshes_the_planner_statistics_and_visibility(db, admin, tmp_path, monkeypatch):
    """After a big import the planner must know the register's new size (PostgreSQL: ANALYZE), or the
    first searches pick plans made for an empty table; and the new rows must be marked visible to all
    (VACUUM), or counting a filtered page reads the table instead of its index until autovacuum, which
    waits for a fifth of the table more, comes by."""
    monkeypatch.setattr(importing, "REFRESH_STATISTICS_AFTER", 3)
    path = tmp_path / "besar.jsonl"
    path.write_text(
        "\n".join(json.dumps({"received_at": f"2024-03-0{d}", "subject": f"Surat {d}"}) for d in range(1, 6)),
        encoding="utf-8",
    )
    assert importing.import_register(db, admin, path=path).imported == 5
    if db.is_sqlite:
        return
    with db.engine.connect() as conn:  # ANALYZE writes the row estimate into the catalog, VACUUM the map
        rows, pages, visible = conn.execute(
            text("SELECT reltuples, relpages, relallvisible FROM pg_class WHERE relname = 'incoming_letters'")
        ).one()
    assert rows == 5 and visible == pages >= 1


def test_fetch_in_looks_up_thousands_of_keys_in_one_statement(db):
    from sipdumas.db import bulk

    keys = [-(2**63) + 1, 2**63 - 1, *range(-1500, 1500)]
    with db.session() as session:
        bulk.insert_rows(session, "letter_identities", ("key", "letter_id"), [(k, 7) for k in keys])
        wanted = [*keys[::2], 10**6, 10**6 + 1]
        found = bulk.fetch_in(session, "SELECT key FROM letter_identities WHERE key IN_VALUES", wanted)
        assert sorted(k for (k,) in found) == sorted(keys[::2])
        assert bulk.fetch_in(session, "SELECT key FROM letter_identities WHERE key IN_VALUES", []) == []
        session.rollback()


def test_an_import_part_takes_a_larger_page_cache_and_gives_it_back(db, admin, tmp_path, monkeypatch):
    """On SQLite a part of an import reads the pages of its hash-keyed indexes once with a larger page
    cache; the connection goes back to the pool with the usual cache, so the client does not keep a
    gigabyte after an import."""
    from sipdumas.db import bulk
    from sipdumas.db.engine import SQLITE_CACHE_KIB

    if not db.is_sqlite:
        pytest.skip("PostgreSQL's cache is the server's")
    during = []
    store = importing._store

    def watched(session, *args):
        during.append(session.execute(text("PRAGMA cache_size")).scalar_one())
        store(session, *args)

    monkeypatch.setattr(importing, "_store", watched)
    importing.import_register(db, admin, path=write_jsonl(tmp_path / "lama.jsonl", rows(3)), today=TODAY)
    assert during == [-importing.PART_CACHE_KIB]
    with db.session() as session:
        assert session.execute(text("PRAGMA cache_size")).scalar_one() == -SQLITE_CACHE_KIB
        with bulk.large_cache(session, 4096):
            assert session.execute(text("PRAGMA cache_size")).scalar_one() == -4096
        assert session.execute(text("PRAGMA cache_size")).scalar_one() == -SQLITE_CACHE_KIB
