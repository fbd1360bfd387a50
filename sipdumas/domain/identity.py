"""Indonesian identity data: NIK (Nomor Induk Kependudukan) and phone numbers, and when a sender's
identity counts as complete (:func:`identity_complete`).

A NIK is 16 digits: province (2) + regency/city (2) + district (2) + birth date DDMMYY
(day + 40 for women) + serial (4, from 0001). Regency codes 01-69 are kabupaten, 71-99 are kota.
Phones are stored in E.164 (``+628...``) as parsed by ``phonenumbers``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

import phonenumbers

from sipdumas.domain.regions import PROVINCES

_NIK_RE = re.compile(r"^\d{16}$")


class InvalidIdentity(ValueError):
    """A NIK, phone or e-mail that cannot be right; the message is shown to the user."""


@dataclass(frozen=True, slots=True)
class NikInfo:
    nik: str
    province_code: str
    regency_code: str
    district_code: str
    birth_day: int
    birth_month: int
    birth_year_2d: int
    female: bool
    serial: int

    @property
    def province(self) -> str | None:
        return PROVINCES.get(self.province_code)


def nik_problem(nik: str) -> str | None:
    """Why ``nik`` cannot be a NIK, in Indonesian, or None when its structure is valid."""
    if not _NIK_RE.match(nik):
        return "NIK harus 16 digit angka"
    if nik[:2] not in PROVINCES:
        return f"Kode provinsi {nik[:2]} pada NIK tidak dikenal"
    regency = int(nik[2:4])
    if regency == 0:
        return f"Kode kabupaten/kota {nik[2:4]} pada NIK tidak valid"
    if int(nik[4:6]) == 0:
        return "Kode kecamatan pada NIK tidak valid"
    day, month = int(nik[6:8]), int(nik[8:10])
    if day > 40:
        day -= 40
    if not 1 <= day <= 31 or not 1 <= month <= 12:
        return "Tanggal lahir pada NIK tidak valid"
    if int(nik[12:16]) == 0:
        return "Nomor urut pada NIK tidak boleh 0000"
    return None


def parse_nik(nik: str) -> NikInfo:
    """The parts of a structurally valid NIK; raises :class:`InvalidIdentity` otherwise."""
    nik = re.sub(r"[\s.\-]", "", nik or "")
    problem = nik_problem(nik)
    if problem:
        raise InvalidIdentity(problem)
    day = int(nik[6:8])
    return NikInfo(
        nik=nik,
        province_code=nik[:2],
        regency_code=nik[:4],
        district_code=nik[:6],
        birth_day=day - 40 if day > 40 else day,
        birth_month=int(nik[8:10]),
        birth_year_2d=int(nik[10:12]),
        female=day > 40,
        serial=int(nik[12:16]),
    )


_ID_METADATA = phonenumbers.PhoneMetadata.metadata_for_region("ID")
_ID_GENERAL = re.compile(f"(?:{_ID_METADATA.general_desc.national_number_pattern})")
_ID_MOBILE = re.compile(f"(?:{_ID_METADATA.mobile.national_number_pattern})")


def _valid_mobile(digits: str) -> str | None:
    """``digits`` (``+62…`` or ``0…``) as E.164 when it is an Indonesian mobile number by
    ``phonenumbers``' own metadata, else None (then the full parse decides). Most senders give a mobile
    number, and this is the verdict ``parse`` + ``is_valid_number`` reach for it in a twentieth of the
    time (an import checks hundreds of thousands; a property test in ``tests/test_identity.py`` holds
    the two to the same answers). Mobile numbers share no prefix with Indonesia's premium, shared-cost, toll-free
    or UAN ranges, so matching the mobile pattern decides validity."""
    if digits.startswith("+62"):
        national = digits[3:]
    elif digits.startswith("0") and not digits.startswith("00"):
        national = digits[1:]
    else:
        return None
    if national.isascii() and _ID_MOBILE.fullmatch(national) and _ID_GENERAL.fullmatch(national):
        return "+62" + national
    return None


def normalize_phone(raw: str | None) -> str | None:
    """``raw`` as E.164 (``+62...``), or None when it is empty or not a valid Indonesian number.

    Accepts the usual ways numbers are written: ``0812-3456-789``, ``(0274) 512345``, ``+62 812 ...``,
    ``62812...``.
    """
    if not raw:
        return None
    digits = phone_digits(raw)
    fast = _valid_mobile(digits)
    return fast if fast is not None else parsed_phone(digits)


def phone_digits(raw: str) -> str:
    """The digits of a written number (and its leading ``+``), ``62…`` taken as ``+62…``."""
    digits = re.sub(r"[^\d+]", "", raw.strip())
    if digits.startswith("62") and not digits.startswith("+"):
        digits = "+" + digits
    return digits


def parsed_phone(digits: str) -> str | None:
    """``phonenumbers``' own verdict on :func:`phone_digits`' result: E.164 when valid, else None."""
    try:
        number = phonenumbers.parse(digits, "ID")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def require_email(raw: str) -> str:
    email = raw.strip().lower()
    if not _EMAIL_RE.match(email):
        raise InvalidIdentity(f"Alamat e-mail '{raw}' tidak valid")
    return email


class Contact(Protocol):
    """What :func:`identity_complete` reads of a sender: a registered sender, one read by intake, one in
    an imported row or one typed in the client."""

    @property
    def name(self) -> str | None: ...
    @property
    def phone(self) -> str | None: ...
    @property
    def email(self) -> str | None: ...
    @property
    def address(self) -> str | None: ...


def identity_complete(sender: Contact) -> bool:
    """The sender has a name and at least one way to be reached (phone, e-mail or address): the
    ``identity_complete`` of the CLI contract, stored with each letter and shown in the register."""
    return bool(sender.name and (sender.phone or sender.email or sender.address))


#: What a reader without the right to see identities is shown in place of each identity field.
HIDDEN_IDENTITY = "(dirahasiakan)"
