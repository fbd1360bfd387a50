"""Kemendagri region codes: the first two digits of a NIK name the province."""

from __future__ import annotations

PROVINCES: dict[str, str] = {
    "11": "Aceh",
    "12": "Sumatera Utara",
    "13": "Sumatera Barat",
    "14": "Riau",
    "15": "Jambi",
    "16": "Sumatera Selatan",
    "17": "Bengkulu",
    "18": "Lampung",
    "19": "Kepulauan Bangka Belitung",
    "21": "Kepulauan Riau",
    "31": "DKI Jakarta",
    "32": "Jawa Barat",
    "33": "Jawa Tengah",
    "34": "DI Yogyakarta",
    "35": "Jawa Timur",
    "36": "Banten",
    "51": "Bali",
    "52": "Nusa Tenggara Barat",
    "53": "Nusa Tenggara Timur",
    "61": "Kalimantan Barat",
    "62": "Kalimantan Tengah",
    "63": "Kalimantan Selatan",
    "64": "Kalimantan Timur",
    "65": "Kalimantan Utara",
    "71": "Sulawesi Utara",
    "72": "Sulawesi Tengah",
    "73": "Sulawesi Selatan",
    "74": "Sulawesi Tenggara",
    "75": "Gorontalo",
    "76": "Sulawesi Barat",
    "81": "Maluku",
    "82": "Maluku Utara",
    # NIKs keep the Dukcapil codes of the province that issued them: 94 is Papua and 91 Papua Barat
    # (the 2022 provinces received new codes only for NIKs issued since).
    "91": "Papua Barat",
    "92": "Papua Barat Daya",
    "93": "Papua Selatan",
    "94": "Papua",
    "95": "Papua Pegunungan",
    "96": "Papua Tengah",
}


def province_of_nik(nik: str | None) -> str | None:
    if not nik or len(nik) < 2:
        return None
    return PROVINCES.get(nik[:2])
