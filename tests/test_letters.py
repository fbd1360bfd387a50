"""Registering, editing and finding letters, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from sipdumas.db import audit
from sipdumas.db.storage import CorruptFile, FileStore
from sipdumas.domain.errors import ConflictError, PermissionDenied, ValidationFailed
from sipdumas.domain.permissions import Actor, Role
from sipdumas.services import letters as L
from sipdumas.services import workflow as W

TODAY = date(2026, 5, 4)


def letter(**kw) -> L.LetterInput:
    base = dict(
        received_at=date(2026, 5, 4),
        subject="Pungutan biaya seragam di SD Negeri 3",
        addressee="Presiden Republik Indonesia",
        sender=L.SenderData(
            name="Lestari Pratama",
            nik="3578196711613079",
            phone="0852-8190-937",
            address="Desa Bojongsari RT 05/RW 09, Kota Surabaya",
        ),
    )
    base.update(kw)
    return L.LetterInput(**base)


def test_agenda_numbers_follow_each_other_and_restart_each_year(db, admin):
    numbers = [L.register_letter(db, admin, data=letter(), today=TODAY).agenda_no for _ in range(3)]
    assert numbers == ["D-2026-00001", "D-2026-00002", "D-2026-00003"]
    old = L.register_letter(db, admin, data=letter(received_at=date(2025, 12, 30)), today=TODAY)
    assert old.agenda_no == "D-2025-00001"


def test_every_letter_gets_an_archive_file_with_a_barcode(db, admin):
    row = L.register_letter(db, admin, data=letter(), today=TODAY)
    assert row.archive_code == "BRK-2026-00001"


def test_registration_normalises_identity_and_flags(db, admin):
    row = L.register_letter(db, admin, data=letter(), today=TODAY)
    assert row.sender.phone == "+628528190937"
    assert row.identity_complete is True
    assert row.carbon_copy is False
    cc_only = L.register_letter(
        db,
        admin,
        data=letter(addressee="Menteri Sosial", cc=["Bapak Presiden RI", "Gubernur Jawa Timur"]),
        today=TODAY,
    )
    assert cc_only.carbon_copy is True
    anonymous = L.register_letter(db, admin, data=letter(sender=L.SenderData(name="Warga")), today=TODAY)
    assert anonymous.identity_complete is False


def test_invalid_fields_are_refused_with_indonesian_reasons_and_nothing_is_stored(db, admin):
    bad = letter(subject=None, sender=L.SenderData(name="X", nik="1234", phone="12", email="bukan-email"))
    with pytest.raises(ValidationFailed) as err:
        L.register_letter(db, admin, data=bad, today=TODAY)
    assert set(err.value.problems) == {"subject", "nik", "phone", "email"}
    assert "16 digit" in err.value.problems["nik"]
    assert err.value.problems["subject"] == "Perihal wajib diisi"
    assert L.count_letters(db, admin) == 0
    # the refused letter used no agenda number
    assert L.register_letter(db, admin, data=letter(), today=TODAY).agenda_no == "D-2026-00001"


def test_second_save_of_the_same_letter_is_refused_not_overwritten(db, admin):
    row = L.register_letter(db, admin, data=letter(), today=TODAY)
    first = L.get_letter(db, admin, letter_id=row.id)
    second = L.get_letter(db, admin, letter_id=row.id)
    first.data.subject = "Perihal versi analis A"
    L.update_letter(db, admin, letter_id=row.id, expected_version=first.row.version, data=first.data)
    second.data.subject = "Perihal versi analis B"
    with pytest.raises(ConflictError, match="sudah diubah oleh"):
        L.update_letter(db, admin, letter_id=row.id, expected_version=second.row.version, data=second.data)
    assert L.get_letter(db, admin, letter_id=row.id).row.subject == "Perihal versi analis A"


def test_status_moves_only_along_the_workflow(db, admin):
    row = L.register_letter(db, admin, data=letter(), today=TODAY)
    with pytest.raises(ValidationFailed):
        W.change_status(db, admin, letter_id=row.id, expected_version=row.version, status="closed")
    moved = W.change_status(
        db, admin, letter_id=row.id, expected_version=row.version, status="under_review", note="mulai telaah"
    )
    assert moved.status == "under_review"
    with db.session() as s:
        events = audit.history(s, "letter", row.id)
    assert [e.action for e in events] == ["register", "status"]
    assert events[1].details["note"] == "mulai telaah"


@pytest.mark.parametrize("role", [Role.STAFF, Role.ARCHIVIST])
def test_roles_without_the_right_cannot_register_or_edit(db, admin, role):
    row = L.register_letter(db, admin, data=letter(), today=TODAY)
    clerk = Actor(username="budi", role=role)
    with pytest.raises(PermissionDenied):
        L.register_letter(db, clerk, data=letter(), today=TODAY)
    with pytest.raises(PermissionDenied):
        L.update_letter(db, clerk, letter_id=row.id, expected_version=row.version, data=letter())
    assert L.count_letters(db, clerk) == 1  # but may read the register


def test_search_finds_by_subject_sender_nik_local_phone_and_agenda_number(db, admin):
    target = L.register_letter(
        db, admin, data=letter(text="Kepala sekolah meminta uang Rp500.000"), today=TODAY
    )
    L.register_letter(
        db,
        admin,
        today=TODAY,
        data=letter(
            subject="Sengketa tanah warisan", sender=L.SenderData(name="Rudi Lubis", phone="081211112222")
        ),
    )
    for query in [
        "seragam",
        "lestari",
        "3578196711613079",
        "08528190937",
        "D-2026-00001",
        "kepala sekol",
        "SERAGAM Pratama",
    ]:
        assert [r.id for r in L.list_letters(db, admin, query=L.LetterQuery(text=query), limit=50)] == [
            target.id
        ], query
    assert L.list_letters(db, admin, query=L.LetterQuery(text="seragam tanah")) == []


@pytest.mark.parametrize(
    "hostile",
    [
        '"',
        'seragam" OR 1=1 --',
        "NEAR(a b)",
        "a:* & !b",
        "'; DROP TABLE x;",
        "*",
        "(((",
        "seragam AND",
        "\\x00",
    ],
)
def test_search_text_never_breaks_the_query(db, admin, hostile):
    L.register_letter(db, admin, data=letter(), today=TODAY)
    rows = L.list_letters(db, admin, query=L.LetterQuery(text=hostile), limit=50)
    assert isinstance(rows, list)
    assert L.count_letters(db, admin) == 1


def test_register_pages_filters_and_sorts(db, admin):
    for i in range(25):
        L.register_letter(
            db,
            admin,
            today=TODAY,
            data=letter(received_at=date(2026, 1, 1 + i), category="pertanahan" if i % 2 else "bansos"),
        )
    q = L.LetterQuery(category="bansos", sort="received_at", descending=False)
    assert L.count_letters(db, admin, query=q) == 13
    page1 = L.list_letters(db, admin, query=q, offset=0, limit=10)
    page2 = L.list_letters(db, admin, query=q, offset=10, limit=10)
    assert [r.received_at.day for r in page1 + page2] == list(range(1, 26, 2))
    ranged = L.LetterQuery(received_from=date(2026, 1, 10), received_to=date(2026, 1, 12))
    assert L.count_letters(db, admin, query=ranged) == 3


def test_audit_trail_is_append_only(db, admin):
    L.register_letter(db, admin, data=letter(), today=TODAY)
    with pytest.raises(DBAPIError), db.transaction() as s:
        s.execute(text("UPDATE audit_events SET username = 'someone-else'"))
    with pytest.raises(DBAPIError), db.transaction() as s:
        s.execute(text("DELETE FROM audit_events"))
    with db.session() as s:
        assert s.execute(text("SELECT username FROM audit_events")).scalar_one() == "admin-lokal"


def test_stored_files_are_checked_against_their_hash(tmp_path):
    store = FileStore(tmp_path)
    sha = store.put_bytes(b"%PDF-1.4 surat")
    assert store.read(sha) == b"%PDF-1.4 surat"
    store.path_for(sha).write_bytes(b"%PDF-1.4 surat yang diubah")
    with pytest.raises(CorruptFile, match="rusak"):
        store.read(sha)


def test_broad_search_walks_the_sort_index_and_returns_the_same_page(db, admin, monkeypatch):
    from datetime import timedelta

    from sipdumas.db import search

    for i in range(12):
        subject = "Jalan desa rusak" if i % 3 else "Pungutan liar"
        L.register_letter(
            db, admin, data=letter(subject=subject, received_at=TODAY - timedelta(days=i % 5)), today=TODAY
        )
    query = L.LetterQuery(text="jalan desa")
    narrow = L.list_letters(db, admin, query=query, limit=5)
    monkeypatch.setattr(search, "BROAD_MATCHES", 2)
    broad = L.list_letters(db, admin, query=query, limit=5)
    assert [r.id for r in broad] == [r.id for r in narrow]
    assert len(broad) == 5 and all(r.subject == "Jalan desa rusak" for r in broad)
    assert [r.received_at for r in broad] == sorted((r.received_at for r in broad), reverse=True)


def test_search_pages_and_counts_agree_whether_a_query_matches_none_few_or_many(db, admin, monkeypatch):
    """A page is taken from the matches found first (few) or by walking the register in order (many);
    either way the page is the newest matches and the count is theirs; a word no letter has gives an
    empty page at once, and search words never reach the query language as syntax."""
    from datetime import timedelta

    from sipdumas.db import search

    for i in range(6):
        subject = "Pungutan liar di pasar" if i % 2 else "Jalan desa rusak"
        L.register_letter(
            db, admin, data=letter(subject=subject, received_at=TODAY - timedelta(days=i)), today=TODAY
        )
    monkeypatch.setattr(search, "BROAD_MATCHES", 3)  # 3 matches: broad; fewer: found first
    for words, expected in (("pungutan", 3), ("pungut liar pasar", 3), ("zzzz", 0), ('"pasar*', 3)):
        query = L.LetterQuery(text=words)
        rows = L.list_letters(db, admin, query=query, limit=2)
        assert L.count_letters(db, admin, query=query) == expected, words
        assert len(rows) == min(2, expected), words
        assert all(r.subject == "Pungutan liar di pasar" for r in rows), words
        assert [r.received_at for r in rows] == [TODAY - timedelta(days=1), TODAY - timedelta(days=3)][
            : len(rows)
        ], words
    monkeypatch.setattr(search, "BROAD_MATCHES", 100)
    rows = L.list_letters(db, admin, query=L.LetterQuery(text="jalan"), limit=2)
    assert [r.received_at for r in rows] == [TODAY, TODAY - timedelta(days=2)]


def test_a_search_whose_walk_runs_out_of_time_takes_its_page_from_the_matches(db, admin, monkeypatch):
    """PostgreSQL walks the register in order first, for a few milliseconds; a walk that has not filled
    the page by then (few letters match) is stopped and the page taken from the matches the word index
    finds, with the time limit and the planner setting of the walk gone with it."""
    from sqlalchemy import text

    from sipdumas.db import search

    if db.is_sqlite:
        pytest.skip("SQLite counts the matches first, cheaply; PostgreSQL walks first")
    ids = {
        L.register_letter(db, admin, data=letter(subject=subject), today=TODAY).id: subject
        for subject in ("Pungutan liar di pasar", "Jalan desa rusak", "Pungutan sekolah")
    }
    with db.transaction() as session:  # the word index's statistics are of these letters
        session.execute(text("ANALYZE letter_search"))
    monkeypatch.setattr(search, "WALK_FIRST_MS", 20)
    monkeypatch.setattr(search, "_estimated_letters", lambda session: 1_000_000)  # a large register
    tried = []
    with db.session() as session:

        def fetch(walk, matches):
            tried.append((walk, sorted(matches) if matches is not None else None))
            if walk:  # a walk through a large register that finds few matches
                session.execute(text("SELECT pg_sleep(5)"))
            return ["page"]

        assert search.take_page(session, "pungut", fetch) == ["page"]
        assert session.scalar(text("SHOW statement_timeout")) == "0"
        assert session.scalar(text("SHOW enable_bitmapscan")) == "on"
    assert tried == [(True, None), (False, sorted(i for i, s in ids.items() if s.startswith("Pungutan")))]
    # a walk that fills its page in time gives the page the matches give in a small register
    query = L.LetterQuery(text="pungut")
    walked = L.list_letters(db, admin, query=query, limit=1)
    monkeypatch.setattr(search, "_estimated_letters", lambda session: 100)
    assert [r.id for r in walked] == [r.id for r in L.list_letters(db, admin, query=query, limit=1)]
    assert walked[0].subject.startswith("Pungutan")


def test_flag_filters_and_the_originals_agenda_number_in_the_register(db, admin):
    from letter_texts import compose

    from sipdumas.services import duplicates as D

    siti = dict(name="Siti Rahmawati", nik="3273014507850003", phone="0812-2233-4455")
    budi = dict(name="Budi Santoso", nik="3273011203800007", phone="0813-9988-7766")

    def complaint(sender, kind, day, **kw):
        text = compose(**sender, complaint=kind, **kw)
        data = letter(received_at=date(2026, 3, day), text=text, sender=L.SenderData(**sender))
        return L.register_letter(db, admin, data=data, today=TODAY)

    first = complaint(siti, "bansos", 1)
    again = complaint(siti, "bansos", 2, resend=True)
    related = complaint(budi, "bansos", 3)
    cc = L.register_letter(
        db, admin, data=letter(addressee="Menteri Sosial", cc=["Presiden RI"]), today=TODAY
    )
    anonymous = L.register_letter(db, admin, data=letter(sender=L.SenderData(name="Warga")), today=TODAY)

    def ids(**flags):
        query = L.LetterQuery(**flags)
        rows = L.list_letters(db, admin, query=query)
        assert L.count_letters(db, admin, query=query) == len(rows)
        return {r.id for r in rows}

    assert ids(duplicate=True) == {again.id}
    assert ids(related=True) == {related.id}
    assert ids(carbon_copy=True) == {cc.id}
    assert ids(identity_incomplete=True) == {anonymous.id}
    assert ids(duplicate=True, carbon_copy=True) == set()
    assert len(ids()) == 5

    row = next(r for r in L.list_letters(db, admin) if r.id == again.id)
    assert row.duplicate_of == first.id and row.duplicate_of_agenda_no == first.agenda_no
    assert row.duplicate_score and row.duplicate_reasons and row.duplicate_review is None
    assert row.to_json()["duplicate_of_agenda_no"] == first.agenda_no
    assert (
        next(r for r in L.iter_letters(db, admin) if r.id == again.id).duplicate_of_agenda_no
        == first.agenda_no
    )

    rejected = D.review_flag(db, admin, letter_id=again.id, expected_version=again.version, confirm=False)
    assert rejected.duplicate_review == "rejected" and rejected.duplicate_of_agenda_no == first.agenda_no
    assert ids(duplicate=True) == set()  # a rejected flag no longer counts
