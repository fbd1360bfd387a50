"""The complainant's province and regency: from the NIK's region code, else from the address."""

from __future__ import annotations

import re

from sipdumas.domain.regencies import REGENCIES
from sipdumas.domain.regions import PROVINCES
from sipdumas.intake.model import Extraction, Sender

_REGENCY_IN_TEXT = re.compile(
    r"\b(?P<kind>Kota|Kabupaten|Kab\.?)\s+(?P<name>[A-Z][A-Za-z'\-]+(?:\s+[A-Z][A-Za-z'\-]+){0,3})"
)
_REGENCY_BY_NAME = {name.lower(): code for code, name in REGENCIES.items()}


def region_from_address(address: str) -> tuple[str | None, str | None]:
    """(province, regency) named in an address, canonical where the regency table knows them."""
    regency = None
    province = None
    for m in _REGENCY_IN_TEXT.finditer(address):
        kind = "Kota" if m.group("kind").lower() == "kota" else "Kabupaten"
        words = m.group("name").split()
        # "Kota Medan Sumatera Utara" without commas: try the longest known prefix first.
        for k in range(len(words), 0, -1):
            candidate = f"{kind} {' '.join(words[:k])}"
            code = _REGENCY_BY_NAME.get(candidate.lower())
            if code:
                regency = REGENCIES[code]
                province = PROVINCES.get(code[:2])
                break
        if regency is None:
            regency = f"{kind} {words[0]}" if len(words) > 1 else f"{kind} {m.group('name')}"
            if "," in address[m.start() : m.end()]:
                regency = f"{kind} {m.group('name')}"
        break
    if province is None:
        low = address.lower()
        hits = [p for p in PROVINCES.values() if p.lower() in low]
        if not hits:
            if re.search(r"\bjakarta\b", low):
                hits = ["DKI Jakarta"]
            elif re.search(r"\b(?:yogyakarta|diy)\b", low):
                hits = ["DI Yogyakarta"]
        if hits:
            province = max(hits, key=len)
    return province, regency


def fill_region(ex: Extraction, confidence: dict[str, float]) -> None:
    sender = ex.sender or Sender()
    if sender.nik:
        ex.province = PROVINCES.get(sender.nik[:2])
        ex.regency = REGENCIES.get(sender.nik[:4])
        if ex.province:
            confidence["province"] = confidence.get("sender.nik", 0.8)
        if ex.regency:
            confidence["regency"] = confidence.get("sender.nik", 0.8)
    if sender.address and (ex.province is None or ex.regency is None):
        province, regency = region_from_address(sender.address)
        if ex.province is None and province:
            ex.province = province
            confidence["province"] = 0.8
        if ex.regency is None and regency:
            ex.regency = regency
            confidence["regency"] = 0.75
