from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sipdumas.detection.identity import Identity
from sipdumas.domain.identity import (
    InvalidIdentity,
    nik_problem,
    normalize_phone,
    parse_nik,
    parsed_phone,
    phone_digits,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("08528190937", "+628528190937"),
        ("0812-3456-7890", "+6281234567890"),
        ("(0812) 3456 7890", "+6281234567890"),
        ("+62 811 614 0141", "+628116140141"),
        ("62 811 614 0141", "+628116140141"),
        ("0274 512345", "+62274512345"),
        (
            "+60 12-345 6789",
            "+60123456789",
        ),  # a migrant worker's Malaysian number is still a way to reach them
    ],
)
def test_phone_numbers_are_stored_in_e164(raw, expected):
    assert normalize_phone(raw) == expected


@pytest.mark.parametrize("raw", ["", "12", "0812", "hubungi saya", "0000000000"])
def test_impossible_phone_numbers_are_refused(raw):
    assert normalize_phone(raw) is None


def test_nik_parts_include_region_and_sex():
    info = parse_nik("3578196711613079")
    assert info.province == "Jawa Timur"
    assert info.female and info.birth_day == 27 and info.birth_month == 11
    assert info.serial == 3079


@pytest.mark.parametrize(
    ("nik", "reason"),
    [
        ("357819671161307", "16 digit"),
        ("0078196711613079", "provinsi"),
        ("3578197311613079", "Tanggal lahir"),
        ("3578196713613079", "Tanggal lahir"),
        ("3578196711610000", "urut"),
    ],
)
def test_malformed_nik_is_explained_in_indonesian(nik, reason):
    assert reason in nik_problem(nik)
    with pytest.raises(InvalidIdentity):
        parse_nik(nik)


def _full_parse(raw: str) -> str | None:
    """What ``phonenumbers`` alone says of ``raw`` (the verdict before the mobile fast path)."""
    return parsed_phone(phone_digits(raw))


@settings(max_examples=3000, deadline=None)
@given(
    prefix=st.sampled_from(["0", "+62", "62", "+62 0", "00", "8", "+620", "(0", "+63", ""]),
    body=st.one_of(
        st.text(alphabet="0123456789", min_size=0, max_size=15),
        st.from_regex(r"8[0-9]{6,12}", fullmatch=True),  # mobile-like, of every length around the valid ones
    ),
    separator=st.sampled_from(["", " ", "-", "."]),
)
def test_mobile_fast_path_agrees_with_phonenumbers(prefix, body, separator):
    """Mobile numbers are recognised without a full parse; the answer must be the one phonenumbers
    gives, for valid and invalid numbers alike (wrong prefixes, lengths, ranges that are not mobile)."""
    raw = prefix + separator.join(body[i : i + 4] for i in range(0, len(body), 4))
    assert normalize_phone(raw) == _full_parse(raw), raw


@pytest.mark.parametrize("raw", ["0812-3456-7890", "+62 812 3456 789", "6281234567890", "0852 1234 5678"])
def test_common_mobile_numbers_take_the_fast_path_with_the_same_answer(raw):
    assert normalize_phone(raw) == _full_parse(raw) is not None


def test_an_identity_sent_to_the_import_process_keeps_its_values_and_keys():
    """An import's workers send each sender's identity to the storing process without its keys (sent
    beside it); loaded there it is the same sender, with the same keys when asked for."""
    sent = Identity.of(
        name="Siti Rahmawati", nik="3273014507850003", phone="+6281222334455", regency="Bandung"
    )
    keys = sent.index_keys()  # worked out (and cached) before sending, as the workers do
    loaded = pickle.loads(pickle.dumps(sent))
    assert loaded == sent and "keyed" not in loaded.__dict__
    assert loaded.index_keys() == keys and loaded.strong_index_keys() == sent.strong_index_keys()
