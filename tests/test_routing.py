"""Where a complaint should go: managed agencies, editable rules and the suggestion learned from
letters people forwarded."""

from __future__ import annotations

from datetime import date

import pytest

from sipdumas.domain.errors import PermissionDenied, ValidationFailed
from sipdumas.domain.permissions import Actor, Role
from sipdumas.services import letters as L
from sipdumas.services import routing as R
from sipdumas.services.forwarding import forward_letter


def reg(db, admin, subject, summary="", category=None, regency=None):
    return L.register_letter(
        db,
        admin,
        today=date(2026, 6, 1),
        data=L.LetterInput(
            received_at=date(2026, 5, 1), subject=subject, summary=summary, category=category, regency=regency
        ),
    )


def test_rule_kinds_match_as_documented():
    assert R.rule_matches("any", "pungli, suap", "Ada PUNGLI di kantor desa")
    assert not R.rule_matches("all", "pungli suap", "Ada pungli di kantor desa")
    assert R.rule_matches("all", "pungli desa", "Ada pungli di kantor desa")
    assert R.rule_matches("exact", "bantuan  sosial", "Soal Bantuan Sosial PKH")
    assert R.rule_matches("regex", r"sertifikat\s+tanah", "Sertifikat   tanah hilang")
    assert R.rule_matches("fuzzy", "sertifikat", "sertifkat tanah hilang")  # an OCR slip
    assert not R.rule_matches("fuzzy", "sertifikat", "jalan rusak")


def test_bad_rules_are_refused_with_the_reason(db, admin):
    agency = R.save_agency(db, admin, name="Badan Pertanahan Nasional")
    with pytest.raises(ValidationFailed, match="Ekspresi reguler tidak valid"):
        R.save_rule(db, admin, agency_id=agency.id, kind="regex", pattern="(tanah")
    with pytest.raises(ValidationFailed, match="terlalu panjang"):
        R.save_rule(db, admin, agency_id=agency.id, kind="any", pattern="a" * 501)
    with pytest.raises(ValidationFailed, match="Jenis aturan"):
        R.save_rule(db, admin, agency_id=agency.id, kind="magic", pattern="x")
    with pytest.raises(PermissionDenied):
        R.save_rule(db, Actor("ana", Role.ANALYST), agency_id=agency.id, kind="any", pattern="tanah")
    with pytest.raises(ValidationFailed, match="sudah ada"):
        R.save_agency(db, admin, name="badan pertanahan  nasional")


def test_rules_on_text_category_and_region_suggest_an_agency_with_reasons(db, admin):
    bpn = R.save_agency(db, admin, name="Badan Pertanahan Nasional")
    medan = R.save_agency(db, admin, name="Pemerintah Kota Medan")
    R.save_rule(db, admin, agency_id=bpn.id, kind="any", pattern="sertifikat tanah")
    R.save_rule(
        db, admin, agency_id=bpn.id, kind="exact", pattern="05 Pertanahan", field_name="category", weight=2
    )
    R.save_rule(db, admin, agency_id=medan.id, kind="fuzzy", pattern="medan", field_name="region")
    row = reg(
        db, admin, "Sertifikat tanah tidak terbit", category="05 Pertanahan/perumahan", regency="Kota Medan"
    )
    out = R.suggest(db, admin, letter_id=row.id)
    assert [s.agency.name for s in out] == ["Badan Pertanahan Nasional", "Pemerintah Kota Medan"]
    assert out[0].score == 3 and any("pada kategori" in r for r in out[0].reasons)


def test_learned_suggestion_follows_what_people_forwarded(db, admin):
    sos = R.save_agency(db, admin, name="Kementerian Sosial")
    pu = R.save_agency(db, admin, name="Kementerian Pekerjaan Umum")
    for i in range(3):
        a = reg(db, admin, f"Bantuan sosial PKH tidak cair {i}", "bansos PKH dipotong pendamping")
        forward_letter(db, admin, letter_id=a.id, agency_id=sos.id, today=date(2026, 6, 2))
        b = reg(db, admin, f"Jalan nasional rusak berlubang {i}", "jembatan ambruk jalan rusak")
        forward_letter(db, admin, letter_id=b.id, agency_id=pu.id, today=date(2026, 6, 2))
    new = reg(db, admin, "PKH saya dipotong", "bansos tidak diterima penuh")
    out = R.suggest(db, admin, letter_id=new.id)
    assert out[0].agency.id == sos.id and out[0].learned > 0.9
    assert "mirip surat" in out[0].reasons[0]
    road = reg(db, admin, "Jembatan ambruk", "jalan rusak parah")
    assert R.suggest(db, admin, letter_id=road.id)[0].agency.id == pu.id
