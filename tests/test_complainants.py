"""Complainants (pengadu): letters grouped by person across channels, their history, the register
filtered by complainant, and the analyst's merge and split (audited, permission-checked)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from letter_texts import COMPLAINTS, compose
from sqlalchemy import select, text
from test_cli import cli, lines  # noqa: F401  (the fixture)

from sipdumas.db.audit import history
from sipdumas.domain.errors import NotFound, PermissionDenied, ValidationFailed
from sipdumas.domain.permissions import Actor, Role
from sipdumas.models.letters import IncomingLetter, Person
from sipdumas.services import complainants as C
from sipdumas.services import duplicates as D
from sipdumas.services import letters as L
from sipdumas.services import routing
from sipdumas.services.forwarding import forward_letter

TODAY = date(2026, 6, 1)
SITI = {"name": "Siti Rahmawati", "nik": "3273014507850003", "phone": "0812-2233-4455"}
BUDI = {"name": "Budi Santoso", "nik": "3273011203800007", "phone": "0813-9988-7766"}
STAFF = Actor(username="staf1", role=Role.STAFF)


OTHER_MATTER = (
    "Ijazah anak kami ditahan oleh pihak sekolah swasta karena tunggakan uang gedung sebesar dua juta "
    "rupiah, padahal anak kami sudah lulus dan membutuhkan ijazah untuk mendaftar kerja di pabrik garmen."
)


def reg(db, actor, *, sender=None, complaint="jalan", channel="surat", received=date(2026, 3, 1), body=None):
    sender = sender or {}
    letter = compose(
        name=sender.get("name"),
        nik=sender.get("nik"),
        phone=sender.get("phone"),
        address=sender.get("address"),
        complaint=complaint,
    )
    if body:
        letter = letter.replace(COMPLAINTS[complaint], body)
    data = L.LetterInput(
        received_at=received, channel=channel, subject="Pengaduan", sender=L.SenderData(**sender), text=letter
    )
    return L.register_letter(db, actor, data=data, today=TODAY)


def person_of(db, row) -> int | None:
    with db.session() as session:
        return session.scalar(select(IncomingLetter.person_id).where(IncomingLetter.id == row.id))


def test_letters_of_one_person_are_grouped_across_channels(db, admin):
    first = reg(db, admin, sender=SITI, complaint="jalan", received=date(2026, 1, 5))
    by_mail = reg(
        db,
        admin,
        sender={"name": "Ibu Siti Rahmawati", "email": "siti@contoh.id", "phone": "+62 812 2233 4455"},
        complaint="tanah",
        channel="email",
    )
    walk_in = reg(
        db,
        admin,
        sender={"name": "Siti Rahmawati", "nik": SITI["nik"], "email": "siti@contoh.id"},
        complaint="pegawai",
        channel="datang_langsung",
    )
    budi = reg(db, admin, sender=BUDI, complaint="jalan")
    namesake = reg(
        db,
        admin,
        sender={"name": "Siti Rahmawati", "address": "Desa Tanjungsari, Kab. Garut"},
        complaint="bansos",
    )
    same_house = reg(
        db,
        admin,
        sender={"name": "Siti Rahmawati, S.Pd.", "address": "Desa Tanjungsari Kab Garut"},
        body=OTHER_MATTER,
    )
    anonymous = reg(db, admin, complaint="bansos")
    siti = person_of(db, first)
    assert siti is not None and person_of(db, by_mail) == siti and person_of(db, walk_in) == siti
    assert person_of(db, budi) not in (None, siti)
    # a name alone is no proof of one person; the same name at the same address is
    assert person_of(db, namesake) not in (None, siti)
    assert person_of(db, same_house) == person_of(db, namesake)
    assert person_of(db, anonymous) is None
    info = C.get_complainant(db, admin, complainant_id=siti).complainant
    assert (info.name, info.nik, info.phone, info.email) == (
        "Siti Rahmawati",
        SITI["nik"],
        "+6281222334455",
        "siti@contoh.id",
    )
    assert info.letters == 3 and info.first_received == date(2026, 1, 5) and info.province == "Jawa Barat"


def test_history_lists_every_letter_with_status_and_forwarding(db, admin):
    first = reg(db, admin, sender=SITI, complaint="jalan", received=date(2026, 1, 5))
    second = reg(db, admin, sender=SITI, complaint="tanah", received=date(2026, 2, 9))
    again = reg(db, admin, sender=SITI, complaint="jalan", received=date(2026, 3, 2))
    agency = routing.save_agency(db, admin, name="Pemerintah Kota Bandung")
    sent = forward_letter(db, admin, letter_id=first.id, agency_id=agency.id, today=date(2026, 1, 8))
    out = C.complainant_history(db, admin, letter_id=second.id)
    assert [h.agenda_no for h in out.letters] == [again.agenda_no, second.agenda_no, first.agenda_no]
    oldest = out.letters[-1]
    assert oldest.status == "forwarded"
    assert [(f.agency, f.number, f.forwarded_on) for f in oldest.forwarded] == [
        ("Pemerintah Kota Bandung", sent.number, date(2026, 1, 8))
    ]
    assert out.letters[0].duplicate_of_agenda_no == first.agenda_no  # the re-sent letter names its original
    assert out.letters[1].duplicate_of_agenda_no is None  # the same person about another matter
    assert json.loads(json.dumps(out.to_json()))["complainant"]["letters"] == 3
    lone = reg(db, admin, complaint="bansos")
    alone = C.complainant_history(db, admin, letter_id=lone.id)
    assert alone.complainant is None and [h.agenda_no for h in alone.letters] == [lone.agenda_no]
    with pytest.raises(NotFound):
        C.get_complainant(db, admin, complainant_id=999)


def test_register_filters_by_complainant(db, admin):
    a = reg(db, admin, sender=SITI, complaint="jalan")
    reg(db, admin, sender=BUDI, complaint="jalan")
    b = reg(db, admin, sender=SITI, complaint="tanah")
    query = L.LetterQuery(complainant=person_of(db, a))
    assert L.count_letters(db, admin, query=query) == 2
    assert [r.id for r in L.list_letters(db, admin, query=query)] == [b.id, a.id]
    found = C.find_complainants(db, admin, text="rahma")
    assert [f.id for f in found] == [person_of(db, a)] and found[0].letters == 2
    assert [f.id for f in C.find_complainants(db, admin, text="0813-9988-7766")] == [person_of(db, a) + 1]
    assert C.find_complainants(db, admin, text=BUDI["nik"])[0].name == "Budi Santoso"
    assert len(C.find_complainants(db, admin)) == 2


def test_analyst_merges_and_splits_complainants_audited(db, admin):
    old = reg(db, admin, sender={"name": "Ponirin", "phone": "081370214456"}, complaint="tanah")
    new_phone = reg(db, admin, sender={"name": "Ponirin", "phone": "081299887766"}, complaint="pegawai")
    family = reg(
        db,
        admin,
        sender={"name": "Ponirin", "phone": "081370214456", "address": "Deli Serdang"},
        complaint="bansos",
    )
    one, two = person_of(db, old), person_of(db, new_phone)
    assert one != two and person_of(db, family) == one

    with pytest.raises(PermissionDenied):
        C.merge_complainants(db, STAFF, into_id=one, from_id=two)
    with pytest.raises(ValidationFailed, match="dirinya sendiri"):
        C.merge_complainants(db, admin, into_id=one, from_id=one)
    merged = C.merge_complainants(db, admin, into_id=one, from_id=two, note="nomor HP baru")
    assert merged.id == one and merged.letters == 3
    assert person_of(db, new_phone) == one
    with db.session() as session:
        assert session.get(Person, two).merged_into_id == one
        event = history(session, "complainant", one)[-1]
    assert event.action == "complainant_merged" and event.username == admin.username
    assert event.details["letters"] == [new_phone.agenda_no] and event.details["note"] == "nomor HP baru"

    with pytest.raises(PermissionDenied):
        C.split_letter(db, STAFF, letter_id=family.id)
    split = C.split_letter(db, admin, letter_id=family.id, note="anaknya, bukan Ponirin")
    assert split.id not in (one, two) and split.letters == 1 and split.phone == "+6281370214456"
    assert person_of(db, family) == split.id
    assert L.get_letter(db, admin, letter_id=family.id).row.version == family.version  # no edit of the letter
    assert C.get_complainant(db, admin, complainant_id=two).complainant.id == one  # the merged id leads on
    with pytest.raises(ValidationFailed, match="sudah digabung"):
        C.merge_complainants(db, admin, into_id=one, from_id=two)
    with pytest.raises(ValidationFailed, match="satu-satunya"):
        C.split_letter(db, admin, letter_id=family.id)
    with db.session() as session:
        actions = [h.action for h in history(session, "letter", family.id) if h.action != "view_identity"]
        assert actions[-1] == "complainant_split"

    # the analyst's decisions stick: rebuilding the index regroups nothing that has a complainant
    D.rebuild_index(db, admin)
    assert (person_of(db, old), person_of(db, new_phone), person_of(db, family)) == (one, one, split.id)


def test_reindex_groups_letters_registered_before_complainants(db, admin):
    a = reg(db, admin, sender=SITI, complaint="jalan")
    b = reg(db, admin, sender={"name": "Siti Rahmawati", "phone": SITI["phone"]}, complaint="tanah")
    c = reg(db, admin, sender=BUDI, complaint="jalan")
    anonymous = reg(db, admin, complaint="bansos")
    with db.transaction() as session:  # a register as it was before the upgrade
        session.execute(text("UPDATE incoming_letters SET person_id = NULL"))
        session.execute(text("DELETE FROM persons"))
        session.execute(text("DELETE FROM letter_identities"))
    assert D.rebuild_index(db, admin) == 4
    assert person_of(db, a) == person_of(db, b) != person_of(db, c)
    assert person_of(db, c) is not None and person_of(db, anonymous) is None
    again = reg(db, admin, sender={"name": "Siti R.", "nik": SITI["nik"]}, complaint="pegawai")
    assert person_of(db, again) == person_of(db, a)


def test_imported_rows_are_grouped_with_registered_letters(db, admin, tmp_path):
    from sipdumas.services.imports.legacy_register import import_register

    registered = reg(db, admin, sender=SITI, complaint="jalan")
    rows = [
        {
            "received_at": "2025-05-02",
            "subject": "Tanah",
            "sender": {"name": "Siti Rahmawati", "nik": SITI["nik"]},
        },
        {
            "received_at": "2025-05-03",
            "subject": "Jalan",
            "sender": {"name": "Budi", "phone": "0813-1111-2222"},
        },
        {
            "received_at": "2025-05-04",
            "subject": "Jalan lagi",
            "sender": {"name": "Budi S", "phone": "081311112222"},
        },
        {"received_at": "2025-05-05", "subject": "Surat kaleng", "sender": {}},
    ]
    source = tmp_path / "lama.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert import_register(db, admin, path=source, today=TODAY).imported == 4
    with db.session() as session:
        people = dict(session.execute(select(IncomingLetter.subject, IncomingLetter.person_id)).all())
    assert people["Tanah"] == person_of(db, registered)
    assert people["Jalan"] == people["Jalan lagi"] not in (None, people["Tanah"])
    assert people["Surat kaleng"] is None


def test_complainant_commands(cli, db, admin):  # noqa: F811
    a = reg(db, admin, sender=SITI, complaint="jalan")
    b = reg(db, admin, sender={"name": "Siti Rahmawati", "phone": "0812-9999-0000"}, complaint="bansos")
    listed = lines(cli("complainant", "list", "--search", "siti", "--json"))
    assert {c["letters"] for c in listed} == {1} and len(listed) == 2
    shown = lines(cli("complainant", "show", "--letter", str(a.id), "--json"))[0]
    assert shown["complainant"]["nik"] == SITI["nik"] and shown["letters"][0]["agenda_no"] == a.agenda_no
    into, source = shown["complainant"]["id"], person_of(db, b)
    merged = lines(cli("complainant", "merge", str(into), str(source), "--note", "satu orang", "--json"))[0]
    assert merged["id"] == into and merged["letters"] == 2
    shown = lines(cli("complainant", "show", str(into), "--json"))[0]
    assert [x["agenda_no"] for x in shown["letters"]] == [b.agenda_no, a.agenda_no]
    assert [r["id"] for r in lines(cli("list", "--complainant", str(into), "--json"))] == [a.id, b.id]
    split = lines(cli("complainant", "split", str(b.id), "--json"))[0]
    assert split["letters"] == 1 and split["phone"] == "+6281299990000"
    refused = cli("complainant", "split", str(b.id), "--json", check=False)
    assert refused.returncode == 1 and refused.stdout == "" and "satu-satunya" in refused.stderr
    unknown = cli("complainant", "show", "999", "--json", check=False)
    assert unknown.returncode == 1 and len(unknown.stderr.strip().splitlines()) == 1
