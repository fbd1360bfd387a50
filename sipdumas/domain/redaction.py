"""The one redaction of the complainant's identity, used by every confidential output: the forwarding
letter in confidential mode, the register exported for other agencies (xlsx and PDF), the periodic
report and the receipt copy for an agency.

The identity is confidential (Perpres 76/2013; UU 37/2008 art. 24). :func:`redactor` returns a function
that replaces, in any text, with ``[dirahasiakan]``:

- the complainant's **name**, whole, and in the forms letters use: "Pak Slamet", "Bu Slamet", "Sdr.
  Riyadi", "Bapak Slamet Riyadi"; each part of the name alone too (4 letters or more), except words
  that also name the office or the agency the text is for (``keep``: "Agung" of a complainant named
  Agung Santoso stays in "Mahkamah Agung");
- the **NIK** and the **phone** number, also written with spaces, dots, dashes or brackets between the
  digits, the phone with 0, 62 or +62 in front;
- the **e-mail** address;
- the **address**: whole, the street ("Jalan Mawar Nomor 5", "Jl. Mawar No. 5"), the village or
  kelurahan with and without its word ("Desa Sumberrejo", "Sumberrejo") and the RT/RW.

Whoever the text is about, anything that looks like a NIK (16 digits), an Indonesian mobile number, an
e-mail address or an RT/RW is redacted as well: a confidential output names nobody's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Protocol

REDACTED = "[dirahasiakan]"

HONORIFICS = (
    "bapak",
    "pak",
    "ibu",
    "bu",
    "saudara",
    "saudari",
    "sdr",
    "sdri",
    "sdr.",
    "sdri.",
    "tuan",
    "tn.",
    "nyonya",
    "ny.",
    "nona",
    "nn.",
    "mas",
    "mbak",
    "mba",
    "bang",
    "kak",
    "adik",
    "dik",
    "haji",
    "hajjah",
    "hj.",
)
#: Parts of names that are also ordinary words of addresses and institutions: never redacted alone.
COMMON_WORDS = frozenset(
    [
        "abdul",
        "agung",
        "bagus",
        "baru",
        "barat",
        "besar",
        "bin",
        "binti",
        "bumi",
        "cahaya",
        "dan",
        "darma",
        "dharma",
        "dewa",
        "gede",
        "indah",
        "jalan",
        "jaya",
        "kali",
        "karya",
        "kecil",
        "kota",
        "kusuma",
        "laut",
        "maha",
        "mulia",
        "negara",
        "nusa",
        "nur",
        "pasar",
        "permai",
        "pertiwi",
        "puri",
        "putra",
        "putri",
        "raya",
        "sakti",
        "sari",
        "selatan",
        "sentosa",
        "sejahtera",
        "sri",
        "suci",
        "surya",
        "tanah",
        "tengah",
        "timur",
        "tirta",
        "utama",
        "utara",
        "wijaya",
    ]
)
_ADDRESS_WORDS = r"(?:desa|ds\.?|kelurahan|kel\.?|dusun|dsn\.?|kampung|kp\.?|nagari|gampong|banjar)"
_STREET_WORDS = r"(?:jalan|jln\.?|jl\.?|gang|gg\.?|lorong|lr\.?)"
_NUMBER_WORDS = r"(?:nomor|no\.?|nr\.?)"

_SEP = r"[\s.\-()/]{0,3}"
GENERIC = re.compile(
    "|".join(
        [
            r"(?<![\w@.])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+",  # e-mail
            r"(?<!\d)\d(?:[\s.\-]?\d){15}(?!\d)",  # a NIK: 16 digits
            r"(?<![\d+])\(?(?:\+\s?62|62|0)[\s.\-()]{0,2}8(?:[\s.\-()]{0,2}\d){7,11}(?!\d)",  # a mobile number
            r"\bRT\.?\s*\d{1,3}(?:\s*[/,\-]?\s*(?:RW\.?\s*)?\d{1,3})?\b",  # RT (and RW)
            r"\bRW\.?\s*\d{1,3}\b",
        ]
    ),
    re.IGNORECASE,
)


class Person(Protocol):
    """Whatever carries a complainant's identity (:class:`~sipdumas.models.letters.Complainant`, a
    sender being registered, a register row)."""

    name: str | None
    nik: str | None
    phone: str | None
    email: str | None
    address: str | None


def _words(value: str) -> list[str]:
    return [w for w in re.split(r"[\s,]+", value) if w]


def _phrase(words: Iterable[str]) -> str:
    """Regex for ``words`` in this order, any spacing and case between them, whole words only."""
    return r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)"


def _digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def _spaced(digits: str) -> str:
    return _SEP.join(re.escape(d) for d in digits)


def _name_patterns(name: str, keep: set[str]) -> list[str]:
    parts = [w.strip(".") for w in _words(name) if w.strip(".")]
    if not parts:
        return []
    out = [_phrase(_words(name))]
    alone = [p for p in parts if len(p) >= 4 and p.lower() not in COMMON_WORDS and p.lower() not in keep]
    honorific = r"(?<!\w)(?:" + "|".join(re.escape(h) for h in HONORIFICS) + r")\s+"
    any_part = r"(?:" + "|".join(re.escape(p) for p in parts) + r")"
    out.append(honorific + any_part + r"(?:\s+" + any_part + r")*(?!\w)")
    out += [_phrase([p]) for p in alone]
    return out


def _address_patterns(address: str, keep: set[str]) -> list[str]:
    out = [_phrase(_words(address))] if len(address.strip()) >= 5 else []
    for part in re.split(r"[,;\n]", address):
        part = part.strip()
        street = re.match(_STREET_WORDS + r"\s+(.+?)(?:\s+" + _NUMBER_WORDS + r"\s*\S+)?$", part, re.I)
        if street:
            name = street.group(1).split()
            out.append(_STREET_WORDS + r"\s+" + r"\s+".join(re.escape(w) for w in name))
            out[-1] += r"(?:\s*,?\s*" + _NUMBER_WORDS + r"\s*[\w/-]+)?"
        village = re.match(_ADDRESS_WORDS + r"\s+(.+?)(?:\s+RT\b.*)?$", part, re.I)
        if village:
            name = village.group(1).strip()
            out.append(_ADDRESS_WORDS + r"\s+" + _phrase(_words(name))[len(r"(?<!\w)") :])
            if len(name) >= 4 and name.lower() not in keep and name.lower() not in COMMON_WORDS:
                out.append(_phrase(_words(name)))
        elif (
            len(part) >= 5
            and not re.match(r"(?:kota|kabupaten|kab\.?|provinsi|prov\.?)\b", part, re.I)
            and re.search(r"\d", part)
            and not any(w.lower() in keep for w in _words(part))
        ):
            # a part with a number and no word saying what it is (a house, a block) is the address
            out.append(_phrase(_words(part)))
    return out


def redactor(*people: Person | None, keep: Iterable[str] = ()) -> Callable[[str | None], str | None]:
    """A function that removes the identity of ``people`` (and anything that looks like anyone's NIK,
    mobile number, e-mail or RT/RW) from a text; ``keep``: texts whose words are not redacted alone
    (the office's and the agency's names)."""
    kept = {w.lower().strip(".,") for text in keep if text for w in _words(text)}
    patterns: list[str] = []
    for person in people:
        if person is None:
            continue
        if person.name and len(person.name.strip()) >= 2:
            patterns += _name_patterns(person.name, kept)
        if person.email:
            patterns.append(re.escape(person.email.strip()))
        if person.nik and len(_digits(person.nik)) >= 6:
            patterns.append(r"(?<!\d)" + _spaced(_digits(person.nik)) + r"(?!\d)")
        if person.phone and len(_digits(person.phone)) >= 6:
            national = _digits(person.phone)
            national = national[2:] if national.startswith("62") else national.lstrip("0")
            patterns.append(r"(?<![\d+])\(?(?:\+\s?62|62|0)?" + _SEP + _spaced(national) + r"(?!\d)")
        if person.address:
            patterns += _address_patterns(person.address, kept)
    own = (
        re.compile("|".join(f"(?:{p})" for p in sorted(set(patterns), key=len, reverse=True)), re.IGNORECASE)
        if patterns
        else None
    )

    def redact(text: str | None) -> str | None:
        if not text:
            return text
        if own is not None:
            text = own.sub(REDACTED, text)
        return GENERIC.sub(REDACTED, text)

    return redact


def redact(text: str | None, *people: Person | None, keep: Iterable[str] = ()) -> str | None:
    """``text`` without the identity of ``people`` (see :func:`redactor`)."""
    return redactor(*people, keep=keep)(text)
