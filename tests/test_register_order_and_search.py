"""The register as people query it: every column orders the rows in the database (Tenggat by the due
date the letter waits on), and numbers find their letters however they are typed; on SQLite and
PostgreSQL."""

from __future__ import annotations

import json
from datetime import date

import pytest

from sipdumas.cli.main import main as cli
from sipdumas.domain.statuses import LetterStatus
from sipdumas.services import forwarding, routing
from sipdumas.services import letters as L
from sipdumas.services import workflow as W
from sipdumas.services.admin import calendar
from sipdumas.services.deadlines import letter_deadlines

TODAY = date(2026, 5, 4)


def add(db, actor, subject, *, received=date(2026, 4, 20), name=None, phone=None, nik=None, **kw):
    sender = L.SenderData(name=name, phone=phone, nik=nik, address="Jl. Melati 3, Medan" if name else None)
    data = L.LetterInput(received_at=received, subject=subject, sender=sender, **kw)
    return L.register_letter(db, actor, data=data, today=TODAY)


def ids(db, actor, **query) -> list[int]:
    return [r.id for r in L.list_letters(db, actor, query=L.LetterQuery(**query), limit=1000, today=TODAY)]


# ---------------------------------------------------------------- numbers in the search box


@pytest.mark.parametrize(
    "typed",
    ["0852 8190 937", "0852-8190-937", "+62 852 8190 937", "+62 852-8190-937", "+62 852", "628528190937"],
)
def test_a_phone_is_found_however_it_is_typed(db, admin, typed):
    found = add(db, admin, "Bantuan sosial tidak cair", name="Lestari Pratama", phone="0852-8190-937")
    add(db, admin, "Jalan desa rusak", name="Budi Santoso", phone="0813-2233-4455")
    assert ids(db, admin, text=typed) == [found.id]


def test_a_nik_typed_in_groups_finds_its_letter(db, admin):
    found = add(db, admin, "Sertifikat tanah", name="Siti Rahmawati", nik="3273014507850003")
    add(db, admin, "Sertifikat tanah", name="Dewi Lubis", nik="3578196711613079")
    assert ids(db, admin, text="3273 0145 0785 0003") == [found.id]
    assert ids(db, admin, text="3273-0145-0785-0003") == [found.id]


def test_a_number_written_in_the_letters_text_is_found_in_groups_or_whole(db, admin):
    found = add(db, admin, "Pengaduan", text="Hubungi saya di 0812 7766 5544 atau kantor desa.")
    add(db, admin, "Pengaduan lain", text="Tidak ada nomor di sini.")
    for typed in ("0812 7766 5544", "0812-7766-5544", "7766"):
        assert ids(db, admin, text=typed) == [found.id], typed


def test_agenda_numbers_and_words_still_search_as_before(db, admin):
    first = add(db, admin, "Pungutan liar di pasar")
    add(db, admin, "Jalan rusak")
    assert ids(db, admin, text=first.agenda_no) == [first.id]
    assert ids(db, admin, text="pungut pasar") == [first.id]


def test_list_search_on_the_command_line_normalises_phones(db, admin, capsys):
    found = add(db, admin, "Bantuan sosial", name="Lestari", phone="0852-8190-937")
    add(db, admin, "Lain", name="Budi", phone="0813-2233-4455")
    assert cli(["--db", db.location.database_url, "list", "--search", "+62 852-8190-937"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in rows] == [found.id]


# ---------------------------------------------------------------- sorting by every column


def test_sorting_by_sender_orders_by_name_with_the_nameless_last(db, admin):
    dewi = add(db, admin, "a", name="dewi Lubis", phone="0811111111")
    anon = add(db, admin, "b")
    budi = add(db, admin, "c", name="Budi Santoso", phone="0812222222")
    citra = add(db, admin, "d", name="Citra", phone="0813333333")
    assert ids(db, admin, sort="sender", descending=False) == [budi.id, citra.id, dewi.id, anon.id]
    assert ids(db, admin, sort="sender", descending=True) == [dewi.id, citra.id, budi.id, anon.id]


def test_sorting_by_status_follows_the_workflow(db, admin):
    received = add(db, admin, "a")
    reviewed = add(db, admin, "b")
    filed = add(db, admin, "c")
    W.change_status(
        db, admin, letter_id=reviewed.id, expected_version=reviewed.version, status="under_review"
    )
    W.change_status(db, admin, letter_id=filed.id, expected_version=filed.version, status="filed")
    assert ids(db, admin, sort="status", descending=False) == [received.id, reviewed.id, filed.id]
    assert ids(db, admin, sort="status", descending=True) == [filed.id, reviewed.id, received.id]


@pytest.mark.parametrize(
    "key", ["agenda_no", "subject", "category", "carbon_copy", "identity_complete", "archive_code"]
)
def test_every_other_column_orders_the_rows(db, admin, key):
    made = [
        add(db, admin, "Banjir", category="09 Lingkungan hidup", name="A", phone="0811111111"),
        add(db, admin, "antrean", category="02 Pelayanan publik", addressee="Gubernur", cc=["Presiden RI"]),
        add(db, admin, "Cukai", category=None),
    ]
    rows = L.list_letters(db, admin, query=L.LetterQuery(), limit=10)

    def value(row):
        return row.subject.lower() if key == "subject" else getattr(row, key)

    present = sorted((r for r in rows if value(r) is not None), key=lambda r: (value(r), r.id))
    absent = sorted(r.id for r in rows if value(r) is None)
    assert len(made) == 3 and len({value(r) for r in rows}) > 1
    assert ids(db, admin, sort=key, descending=False) == [r.id for r in present] + absent
    assert ids(db, admin, sort=key, descending=True) == [r.id for r in reversed(present)] + absent[::-1]


def test_sorting_by_the_duplicate_column_puts_flagged_letters_first(db, admin):
    from letter_texts import compose

    siti = dict(name="Siti Rahmawati", nik="3273014507850003", phone="0812-2233-4455")

    def complaint(day, **kw):
        text = compose(**siti, complaint="bansos", **kw)
        data = L.LetterInput(
            received_at=date(2026, 3, day), subject="Bantuan", text=text, sender=L.SenderData(**siti)
        )
        return L.register_letter(db, admin, data=data, today=TODAY)

    first = complaint(1)
    other = add(db, admin, "Jalan desa rusak", received=date(2026, 3, 3))
    again = complaint(5, resend=True)
    assert again.duplicate_of == first.id and first.duplicate_of is None
    assert ids(db, admin, sort="duplicate", descending=True) == [again.id, other.id, first.id]
    assert ids(db, admin, sort="duplicate", descending=False) == [again.id, first.id, other.id]


def test_sorting_by_deadline_follows_the_due_date_of_each_letters_step(db, admin):
    """Review is due 1 working day after receipt, forwarding 5, settlement 60 after the first
    forwarding letter; weekends, a public holiday (1 May) and an office day off count as not working."""
    calendar.add_day_off(db, admin, day=date(2026, 4, 27), name="Cuti bersama")
    agency = routing.save_agency(db, admin, name="Pemerintah Kota Medan")
    letters = {
        "received Fri 24 Apr": add(db, admin, "a", received=date(2026, 4, 24)),
        "received Thu 30 Apr": add(db, admin, "b", received=date(2026, 4, 30)),
        "received Sat 25 Apr": add(db, admin, "c", received=date(2026, 4, 25)),
        "reviewing since 20 Apr": add(db, admin, "d", received=date(2026, 4, 20)),
        "reviewing since 3 Apr": add(db, admin, "e", received=date(2026, 4, 3)),
        "forwarded": add(db, admin, "f", received=date(2026, 1, 5)),
        "filed": add(db, admin, "g", received=date(2026, 4, 29)),
    }
    for key in ("reviewing since 20 Apr", "reviewing since 3 Apr", "forwarded"):
        row = letters[key]
        W.change_status(db, admin, letter_id=row.id, expected_version=row.version, status="under_review")
    forwarding.forward_letter(
        db, admin, letter_id=letters["forwarded"].id, agency_id=agency.id, today=date(2026, 2, 2)
    )
    filed = letters["filed"]
    W.change_status(db, admin, letter_id=filed.id, expected_version=filed.version, status="filed")

    due = {
        i: d.due for i, d in letter_deadlines(db, admin, letter_ids=[r.id for r in letters.values()]).items()
    }
    assert due[filed.id] is None and due[letters["forwarded"].id] is not None
    waiting = [i for i in due if due[i] is not None]
    ascending = sorted(waiting, key=lambda i: (due[i], i))
    assert ids(db, admin, sort="deadline", descending=False) == ascending + [filed.id]
    descending = sorted(waiting, key=lambda i: (due[i], i), reverse=True)
    assert ids(db, admin, sort="deadline", descending=True) == descending + [filed.id]
    # Friday's and Saturday's letters are both due on Tuesday (Monday is the office's day off)
    assert (
        due[letters["received Fri 24 Apr"].id] == due[letters["received Sat 25 Apr"].id] == date(2026, 4, 28)
    )


def test_sorting_by_deadline_pages_like_any_other_order(db, admin):
    made = [add(db, admin, f"surat {i}", received=date(2026, 4, 1 + i)) for i in range(9)]
    for row in made[::3]:
        W.change_status(
            db, admin, letter_id=row.id, expected_version=row.version, status=LetterStatus.UNDER_REVIEW
        )
    query = L.LetterQuery(sort="deadline", descending=False)
    pages = [L.list_letters(db, admin, query=query, offset=o, limit=4, today=TODAY) for o in (0, 4, 8)]
    paged = [r.id for page in pages for r in page]
    assert sorted(paged) == sorted(r.id for r in made) and paged == ids(
        db, admin, sort="deadline", descending=False
    )


def test_words_with_signs_and_fractions_are_found_as_typed(db, admin):
    # PostgreSQL's own word parser would cut "m²" to "m" and drop "½" altogether: the index and the
    # search box must agree on what a word is, on both databases
    found = add(db, admin, "Sengketa tanah", text="Luas tanah 120 m² dan ½ bagian sawah di Desa Ujung.")
    add(db, admin, "Sengketa tanah lain", text="Luas tanah 80 m dan separuh sawah.")
    assert ids(db, admin, text="m²") == [found.id]
    assert ids(db, admin, text="½ sawah") == [found.id]


def test_a_letter_with_an_endless_word_or_megabytes_of_words_is_stored_and_found(db, admin):
    # a pasted file or a hostile text: a word too long to index is left out, and past a megabyte of
    # distinct words the rest is, but the letter is stored whole and its other words are found
    endless = add(db, admin, "Lampiran tertempel", text="pungutan " + "x" * 5000 + " sekolah")
    many = " ".join(f"kata{i:07d}" for i in range(120_000))
    flood = add(db, admin, "Lampiran panjang", text="retribusi pasar " + many)
    assert ids(db, admin, text="pungutan sekolah") == [endless.id]
    # searching for the endless word itself is no error (SQLite's index holds it, PostgreSQL's not)
    assert ids(db, admin, text="x" * 5000) == ([endless.id] if db.is_sqlite else [])
    assert ids(db, admin, text="retribusi") == [flood.id]
    assert ids(db, admin, text="kata0000001") == [flood.id]
    assert len(L.get_letter(db, admin, letter_id=flood.id).data.text) == len("retribusi pasar " + many)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Jl. Melati No.3, RT 01/RW 08 -- Rp150.000,- (tlp: 0812-3456) e-mail: a_b@c.id\tdst…",
            "jl melati no 3 rt 01 rw 08 rp150 000 tlp 0812 3456 e mail a b c id dst",
        ),
        (
            "Sdr. José de Araújo, Desa Ujung·Pandang: Rp 50.000 ½ bagian m² «tidak» _x_",
            "sdr josé de araújo desa ujung pandang rp 50 000 ½ bagian m² tidak x",
        ),
        ("", ""),
    ],
)
def test_plain_and_accented_texts_are_cut_into_the_same_words(text, words):
    # what PostgreSQL's index holds of a letter: each word once, whether the text is plain ASCII (cut
    # the fast way) or not; the search box cuts what people type by the same rule
    from sipdumas.db import search

    assert sorted(search.lexemes(search.SearchDocument(text, "", "", "")).split()) == sorted(
        set(words.split())
    )


def test_letters_indexed_by_the_servers_own_parser_are_still_found(db, admin):
    # registers upgraded from before the words were cut by the application hold documents PostgreSQL
    # built itself (to_tsvector, with positions and weights); the same searches must find them
    if db.is_sqlite:
        pytest.skip("PostgreSQL's search index only")
    from sqlalchemy import text

    old = add(db, admin, "Pungutan liar di pasar", name="Lestari Pratama", phone="0852-8190-937")
    add(db, admin, "Jalan rusak")
    with db.transaction() as session:
        session.execute(
            text(
                "UPDATE letter_search SET document = setweight(to_tsvector('simple', :subject), 'A') || "
                "setweight(to_tsvector('simple', :sender), 'B') || to_tsvector('simple', :body) "
                "WHERE letter_id = :id"
            ),
            {
                "id": old.id,
                "subject": "pungutan liar di pasar",
                "sender": "lestari pratama 628528190937 08528190937",
                "body": " ".join(old.agenda_no.lower().replace("-", " ").split()),
            },
        )
    for typed in ("pungut pasar", "Lestari", "0852 8190 937", old.agenda_no):
        assert ids(db, admin, text=typed) == [old.id], typed


def test_a_search_reads_the_word_index_for_its_uncommon_words_and_walks_for_common_ones(
    db, admin, monkeypatch
):
    # PostgreSQL reads a prefix common to most letters as every letter holding it, however rare the
    # other words: the statistics say which words are uncommon, and only those are read from the index
    if db.is_sqlite:
        pytest.skip("PostgreSQL's search index only")
    from sqlalchemy import text

    from sipdumas.db import search, search_plan

    rare = [add(db, admin, "Jalan kabupaten rusak di Deiyai", received=date(2026, 4, d)).id for d in (1, 2)]
    for d in range(24):
        add(db, admin, f"Jalan kabupaten rusak {_NUMBERS[d]}", received=date(2026, 3, d + 1))
    deiyai = search.terms("Kabupaten Deiyai")
    with db.transaction() as session:  # the statistics of these letters (not an earlier test's)
        session.execute(text("ANALYZE incoming_letters"))
        session.execute(text("ANALYZE letter_search"))
    # a register of 26 letters as large as a million: 10 letters are many, 5 are few
    monkeypatch.setattr(search, "WALK_FIRST_FROM_LETTERS", 20)
    monkeypatch.setattr(search, "MATCHES_AFTER_WALK", 10)
    monkeypatch.setattr(search, "READ_FIRST_BELOW", 5)
    with db.session() as session:
        found = search.matching(session, deiyai, 26)
        assert found.uncommon == search.ts_query(search.terms("Deiyai"))  # "kabupaten" is checked after
        assert sorted(session.scalars(text(found.sql), found.params)) == rare
        assert search_plan.index_count(session, found.uncommon) == 2
        assert search_plan.index_count(session, search.ts_query(search.terms("zzzz"))) == 0
        assert session.scalar(text("SHOW enable_seqscan")) == "on"  # the count's settings end with it
        assert search.matching(session, search.terms("kabupaten rusak"), 26).uncommon is None

        def pages(query):
            tried = []

            def fetch(walk, matches):
                tried.append((walk, sorted(matches) if matches is not None else None))
                return ["page"]

            search.take_page(session, query, fetch)
            return tried

        assert pages("Kabupaten Deiyai") == [(False, rare)]  # counted in the index: no walk
        assert pages("zzzz") == [(False, [])]
        assert pages("kabupaten rusak") == [(True, None)]  # common words: the register is walked
    query = L.LetterQuery(text="Kabupaten Deiyai")
    assert [r.id for r in L.list_letters(db, admin, query=query)] == rare[::-1]
    assert L.count_letters(db, admin, query=query) == 2


#: Words no other letter of a test holds.
_NUMBERS = (
    "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas",
    "duabelas", "tigabelas", "empatbelas", "limabelas", "enambelas", "tujuhbelas", "delapanbelas",
    "sembilanbelas", "duapuluh", "selatan", "utara", "barat", "timur",
)  # fmt: skip


def test_letters_indexed_in_bulk_are_found_as_registered_ones(db, admin):
    # index_letters(fresh=True) writes new entries the bulk way (FTS5 rows; binary tsvectors on
    # PostgreSQL): what it writes finds the letters as registration's entries do
    from sqlalchemy import text

    from sipdumas.db import search

    letter = add(db, admin, "Pungutan liar di pasar Oeba", name="José Araújo", phone="0852-8190-937")
    table, key = ("letter_fts", "rowid") if db.is_sqlite else ("letter_search", "letter_id")
    with db.transaction() as session:
        session.execute(text(f"DELETE FROM {table} WHERE {key} = :id"), {"id": letter.id})
    assert ids(db, admin, text="Oeba") == []
    document = search.build_document(
        agenda_no=letter.agenda_no,
        letter_no=None,
        subject="Pungutan liar di pasar Oeba",
        summary=None,
        sender_name="José Araújo",
        nik=None,
        phone="+628528190937",
        email=None,
        address=None,
        text_body=None,
    )
    with db.transaction() as session:
        search.index_letters(session, [(letter.id, document)], fresh=True)
    for typed in ("pungut oeba", "araújo", "0852 8190 937", letter.agenda_no):
        assert ids(db, admin, text=typed) == [letter.id], typed
