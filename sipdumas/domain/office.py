"""Is a letter addressed to this office, or is the office only in the tembusan (carbon copy)?

Letters name the office in many ways ("Bapak Presiden RI", "Yth. Presiden Republik Indonesia",
"Menteri Sekretaris Negara"): names are compared after dropping honorifics and the "Republik Indonesia"
suffix, with a fuzzy margin for OCR errors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from rapidfuzz import fuzz

_HONORIFICS = re.compile(
    r"^(?:kepada\s+)?(?:yth\.?\s*)?(?:(?:bapak|ibu|bpk\.?|sdr\.?|yang\s+terhormat)\s+)*", re.I
)
_SUFFIX = re.compile(r"\s+(?:republik\s+indonesia|r\.?\s*i\.?)$", re.I)
FUZZY_MIN = 90


def canonical(name: str) -> str:
    text = " ".join(re.sub(r"[^\w/ ]+", " ", name.lower()).split())
    text = _HONORIFICS.sub("", text).strip()
    text = _SUFFIX.sub("", text).strip()
    return text


def names_office(name: str | None, office_names: Iterable[str]) -> bool:
    if not name:
        return False
    return _names_office(name, tuple(office_names))


@lru_cache(maxsize=8192)
def _names_office(name: str, office_names: tuple[str, ...]) -> bool:
    # cached: a register names the same few addressees thousands of times
    target = canonical(name)
    if not target:
        return False
    return any(fuzz.ratio(target, canonical(office)) >= FUZZY_MIN for office in office_names)


def is_carbon_copy(addressee: str | None, cc: Sequence[str], office_names: Sequence[str]) -> bool:
    """True when the office is in the tembusan but not the addressee."""
    if names_office(addressee, office_names):
        return False
    return any(names_office(item, office_names) for item in cc)
