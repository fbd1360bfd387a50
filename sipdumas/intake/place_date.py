"""The letter's date and place: the ``Kota, 12 April 2021`` line, wherever it stands.

The line is recognised by its form (the whole line is a place and a date, or a date alone, maybe with
the weekday: ``Malang, Rabu 22 Januari 2025``, ``20/3/2025``), never a date inside a sentence, so dates
in the body ("pada tanggal 12 Januari ...") or in an identity table (``Tempat/Tgl lahir``) are not the
letter's. The head is tried first, then the foot (a date above the signature), then any other such line.
A pasted or saved e-mail without such a line is dated by its ``Tanggal:``/``Date:`` header.
"""

from __future__ import annotations

import re

from sipdumas.intake.dates import find_date
from sipdumas.intake.evidence import Found
from sipdumas.intake.lines import Span
from sipdumas.intake.roles import EMAIL_HEADER, PLACE_DATE, Structure, place_date
from sipdumas.intake.text import clean_value


def find_place_date(st: Structure) -> tuple[Found | None, Found | None]:
    """(letter date, place)."""
    lines = st.lines_with(PLACE_DATE)
    head = [i for i in lines if i < st.body_start]
    foot = [i for i in lines if i >= st.foot_start]
    rest = [i for i in lines if i not in head and i not in foot]
    for zone, where in ((head, 1.0), (foot, 0.95), (rest, 0.8)):
        for i in zone:
            got = place_date(st.text(i))
            if not got:
                continue
            place, place_span, date_span = got
            found = find_date(st.text(i)[date_span[0] : date_span[1]])
            if not found:
                continue
            date, month_conf, _ = found
            place = clean_value(place) if place else None
            date_conf = (0.95 if place else 0.75) * month_conf * where
            return (
                Found(date, round(date_conf, 3), (Span(i, *date_span),)),
                Found(place, round(0.9 * where, 3), (Span(i, *place_span),))
                if place and place_span
                else None,
            )
    for i in st.lines_with(EMAIL_HEADER):
        m = re.match(
            r"^(?:tanggal(?:\s+e-?mail)?|date|terkirim|dikirim|sent)\s*:\s*(?P<v>.+)$", st.text(i), re.I
        )
        if m:
            found = find_date(m.group("v"))
            if found:
                start = m.start("v") + found[2].start()
                return Found(
                    found[0], round(0.9 * found[1], 3), (Span(i, start, m.start("v") + found[2].end()),)
                ), None
    return None, None
