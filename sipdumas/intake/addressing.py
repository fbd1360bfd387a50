"""To whom the letter goes: the addressee, the tembusan (carbon-copy) list, and the carbon-copy rule.

The addressee is read from the addressee block the roles found (``Kepada Yth.`` in any spelling and
punctuation, ``Yth.`` alone, ``Kepada Bapak Bupati Cianjur Yth.``), without ``Kepada``/``Yth.``, the
place (``di ...``, ``Di Tempat``), the street, a ``c.q.`` line and trailing punctuation. An addressee
named as a person with the office on the next line is the office.

The tembusan entries come in order, numbered, bulleted or plain, across blank lines and page breaks,
with OCR's damage to their numbers ("|.", ".2.", a number lost) and without "Yth.", "di <city>" and the
sender's own file copy ("Arsip", "Pertinggal").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sipdumas.domain.office import names_office
from sipdumas.intake.evidence import CONF_LABELLED, Found
from sipdumas.intake.lines import Span
from sipdumas.intake.names import name_at
from sipdumas.intake.roles import (
    ADDRESSEE,
    ADDRESSEE_START,
    LABEL_LINE,
    ROUTE,
    TEMBUSAN_RE,
    YTH,
    YTH_RE,
    Structure,
    is_prose,
)
from sipdumas.intake.text import clean_value

# Words that name an office or an official: an addressee or a tembusan entry has one.
OFFICE = re.compile(
    r"\b(?:presiden|wakil\s+presiden|menteri|mensesneg|menko\w*|gubernur|bupati|wali\s*kota|walikota"
    r"|camat|lurah"
    r"|kepala|ketua|direktur|dirut|inspektur\w*|komisi|ombudsman|dpr\w*|mpr|dpd|dinas|badan|kantor|kejaksaan"
    r"|kejati|kejari|jaksa|pengadilan|mahkamah|kapolri|kapolda|kapolres\w*|kapolsek|polda|polres\w*|polsek"
    r"|kepolisian|panglima|kasad|pangdam|dandim|danramil|sekretaris|sekda|kementerian|kemen\w+|bpjs|komnas"
    r"|kpk|kpu|bawaslu|bpk|bpkp|bkn|bpn|rektor|dekan|pimpinan|direksi|pemerintah|pemkab|pemkot|pemprov"
    r"|majelis|balai|kanwil|perwakilan|penjabat|plt|pj|kades|kepala\s+desa|ombudsman|lembaga|dewan|pt\b"
    r"|perum|rsud|puskesmas|satpol|ketua\s+rt|ketua\s+rw|bapak|ibu|yth|arsip|pertinggal|kpai|lpsk|ojk|bi\b"
    r"|kemenag|kemenkes|kemendikbud|kemensos|kapuskesmas|kasatreskrim|kabag|kabid|kasi|kanit|irjen|itjen"
    r"|inspektorat|wakapolri|koordinator|kuasa|advokat|pengacara|yayasan|komandan|danlanud|danlantamal)\b",
    re.I,
)

_ITEM_NUMBER = re.compile(r"^[\s\-.|_,'`]*(?P<num>\d{1,2}|[|lIi!]|[a-z])\s*[.):]\s*(?P<v>\S.*)$")
_ITEM_NUMBER_LOOSE = re.compile(r"^(?P<num>\d{1,2})\s+(?P<v>[A-Z].+)$")
_ITEM_LOST_NUMBER = re.compile(r"^[\s\-.|_,]+(?P<v>[A-Z].+)$")  # ". Kepala ..." (the number was not read)
_ITEM_BULLET = re.compile(r"^[-*+>~]\s*(?P<v>[A-Za-z].*)$")
_CC_PREFIX = re.compile(r"^(?:disampaikan\s+)?(?:kepada\s*)?(?:" + YTH + r")?\s*[:.]*\s*", re.I)
_CC_TAIL = re.compile(
    r"\s*(?:\(?\s*(?:sebagai\s+laporan|untuk\s+diketahui|sbg\.?\s+laporan"
    r"|u\.?n\.?t\.?\s*diketahui)[^)]*\)?)\s*$",
    re.I,
)
_ROUTE_INLINE = re.compile(r"[\s,]+c\s?\.?\s?[qg]\s?\.?\s+", re.I)
_PLACE_TAIL = re.compile(
    r"[\s,]+di\s*[-:]?\s*(?:[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){0,2}|tempat)\s*[.,;:]?$"
)
# "Arsip" / "Pertinggal" at the end of a tembusan is the sender's own file copy, not a recipient.
_FILE_COPY = re.compile(r"^(?:untuk\s+)?(?:arsip|pertinggal|file)(?:\s*/\s*(?:arsip|pertinggal))?\.?$", re.I)


def find_addressee(st: Structure) -> tuple[Found | None, str | None]:
    """(the addressee, the office it is routed through: a ``c.q.`` line or part, else None)."""
    lines = [i for i in st.lines_with(ADDRESSEE) if i < st.body_start]
    if not lines:
        return None, None
    block = [lines[0]]
    for i in lines[1:]:
        if i == block[-1] + 1 or (i == block[-1] + 2 and not st.text(block[-1] + 1)):
            block.append(i)
        else:
            break
    parts: list[tuple[int, int, str]] = []  # (line, start, text)
    for i in block:
        text = st.text(i)
        m = ADDRESSEE_START.match(text)
        start = 0
        if m and i == block[0]:
            start = m.start("rest")
            rest = m.group("rest")
            stripped = YTH_RE.sub("", rest)
            start += len(rest) - len(stripped)
            text = text[start:]
        elif YTH_RE.match(text):
            stripped = YTH_RE.sub("", text)
            start = len(text) - len(stripped)
            text = stripped
        if text.strip():
            parts.append((i, start, text))
    if not parts:
        return None, None
    # A person ("Bapak Ir. H. Ahmad Santoso, M.T.") with the office on the next line: the office.
    if len(parts) >= 2 and _is_office(parts[1][2]) and _is_person(parts[0][2]):
        parts = parts[1:]
    value = ""
    for _line, _start, text in parts:
        value = f"{value}{text}" if value.endswith(("/", "-")) or not value else f"{value} {text}"
    value = re.sub(r"\s*\b" + YTH + r"\s*[.,:;]*\s*$", "", value, flags=re.I)  # "Kepada Bapak Bupati Yth."
    value = _PLACE_TAIL.sub("", value)
    routes = [
        st.text(i) for i in range(block[-1] + 1, min(block[-1] + 3, st.body_start)) if st.roles[i] == ROUTE
    ]
    inline = _ROUTE_INLINE.search(value)
    if inline:
        routes.insert(0, value[inline.end() :])
        value = value[: inline.start()]
    value = clean_value(value.rstrip(" .,;:"))
    if not value:
        return None, None
    first = st.text(block[0])
    conf = CONF_LABELLED if re.match(r"^(?:kepada|kpd|y)", first, re.I) else 0.8
    spans = tuple(Span(i, s, len(st.text(i))) for i, s, _ in parts)
    return Found(value, conf, spans), " ".join(routes) or None


def _is_person(text: str) -> bool:
    """A person's name, honorifics and titles allowed ("Bapak Ir. H. Dedi Supriadi, M.T."), no office."""
    bare = re.sub(r"^\s*(?:yth\.?\s*)?", "", text, flags=re.I)
    return not OFFICE.search(re.sub(r"^(?:bapak|ibu|bpk\.?|sdr\.?)\s+", "", bare, flags=re.I)) and bool(
        name_at(bare.rstrip(" ,"))
    )


def _is_office(text: str) -> bool:
    return bool(re.match(r"^\s*(?:" + OFFICE.pattern + r")", text, re.I)) and not re.match(
        r"^\s*(?:bapak|ibu|yth)\b", text, re.I
    )


def clean_cc(item: str) -> str | None:
    item = re.sub(r"^\s*(?:disampaikan\s+)?kepada\b\s*:?\s*", "", item, flags=re.I)
    item = YTH_RE.sub("", item)
    item = _CC_TAIL.sub("", item)
    item = re.sub(r"[;,]\s*(?:dan|and|serta)\s*$", "", item, flags=re.I)
    item = re.sub(r"\s+(?:dan|serta)$", "", item, flags=re.I)
    item = re.sub(r"[\s|,;:.]+$", "", item)
    item = _PLACE_TAIL.sub("", item)
    value = clean_value(item.rstrip(".;, "))
    if value and re.sub(r"[^A-Za-z]", "", value) and not _FILE_COPY.match(value):
        return value
    return None


def looks_like_recipient(text: str) -> bool:
    return bool(OFFICE.search(text)) and not is_prose(text) and len(text) <= 160


def find_tembusan(st: Structure) -> Found | None:
    """The carbon-copy list after ``Tembusan``, in order, across blank lines and page breaks."""
    start = st.tembusan
    if start is None:
        return None
    lines = st.doc.lines
    items: list[list[tuple[int, int, str]]] = []  # per item: its pieces (line, start, text)
    style: str | None = None  # "number", "bullet" or "plain"
    head = TEMBUSAN_RE.match(lines[start].text)
    head_rest = head.group("rest") if head else ""
    prefix = _CC_PREFIX.match(head_rest)
    offset = (head.start("rest") if head else 0) + (prefix.end() if prefix else 0)
    head_rest = head_rest[prefix.end() if prefix else 0 :]
    if head_rest and re.search(r"[A-Za-z]{3}", head_rest):
        # Entries on the Tembusan line itself: "Tembusan: Bupati Cilacap; Camat Bantarsari" or
        # "Tembusan: 1. Presiden RI 2. Mensesneg": split when every piece names an office.
        pieces = [p for p in re.split(r"\s*[;,]\s*|\s+(?=\d{1,2}[.)]\s)", head_rest) if p and p.strip(" .")]
        if len(pieces) < 2 or not all(looks_like_recipient(p) for p in pieces):
            pieces = [head_rest]
        for piece in pieces:
            m = _ITEM_NUMBER.match(piece)
            at = offset + head_rest.find(piece) + (m.start("v") if m else 0)
            items.append([(start, at, m.group("v") if m else piece)])
        style = "number" if _ITEM_NUMBER.match(pieces[0]) else "plain"
    gap = False
    expected = len(items) + 1
    for line in lines[start + 1 :]:
        text = line.text
        if not text or st.roles[line.index] == "noise":
            gap = True
            continue
        if LABEL_LINE.match(text) and not _ITEM_NUMBER.match(text) and not looks_like_recipient(text):
            break
        if is_prose(text) and not _ITEM_NUMBER.match(text):
            break
        num = _ITEM_NUMBER.match(text) or _ITEM_NUMBER_LOOSE.match(text)
        if (
            num
            and num.group("num").isalpha()
            and num.group("num") not in "|lIi!"
            and not looks_like_recipient(num.group("v"))
        ):
            num = None  # "a. memerintahkan ..." is not a tembusan entry
        lost = _ITEM_LOST_NUMBER.match(text) if style == "number" and not num else None
        bullet = _ITEM_BULLET.match(text)
        if num and style in (None, "number", "plain"):
            token = num.group("num")
            number = int(token) if token.isdigit() else expected
            if gap and style == "number" and not expected <= number <= expected + 2 and number != 1:
                break
            items.append([(line.index, num.start("v"), num.group("v"))])
            style = "number"
            expected = number + 1
        elif lost:
            items.append([(line.index, lost.start("v"), lost.group("v"))])
            expected += 1
        elif bullet and style in (None, "bullet"):
            items.append([(line.index, bullet.start("v"), bullet.group("v"))])
            style = "bullet"
        elif _FILE_COPY.match(text.strip(" .|")):
            items.append([(line.index, 0, text)])
            expected += 1
        elif items and not gap and not looks_like_recipient(text) and len(text.split()) <= 6:
            items[-1].append((line.index, 0, text))  # a long entry wrapped onto the next line
        elif looks_like_recipient(text):
            items.append([(line.index, 0, text)])
            style = style or "plain"
            expected += 1
        elif gap and items:
            continue  # a speck or a scribble between or after the entries
        else:
            continue
        gap = False
    cleaned: list[str] = []
    spans: list[Span] = []
    for pieces in items:
        value = clean_cc(" ".join(text for _, _, text in pieces))
        if value:
            cleaned.append(value)
            spans.extend(Span(i, s, len(lines[i].text)) for i, s, _ in pieces)
    conf = CONF_LABELLED if style in ("number", "bullet") else 0.8
    return Found(cleaned, conf, tuple(spans))


# --- carbon copy ------------------------------------------------------------------------------------

# OCR reads the "RI" of "Presiden RI" as "Rl", "R1", "R.l" ...; the office names compare on "RI".
_OCR_RI = re.compile(r"\b[Rr]\s?\.?\s?[Il1|!]\s?\.?(?=\s|$|,)")
# An addressee may route through someone ("Presiden RI c.q. Mensesneg") or give the city ("di Jakarta").
_ROUTE_SPLIT = re.compile(
    r"\s*(?:\bc\s?\.?\s?q\b\.?|\bu\.?\s?p\b\.?|\bdi\s+(?=[A-Z])|[,;]\s*(?=di\b))\s*", re.I
)


def _office_parts(name: str) -> list[str]:
    name = _OCR_RI.sub("RI", name)
    return [part.strip(" ,.;") for part in _ROUTE_SPLIT.split(name) if part.strip(" ,.;")]


def names_this_office(name: str | None, office_names: Sequence[str]) -> bool:
    """Whether an addressee or tembusan entry names this office (any part of a ``c.q.`` chain)."""
    if not name:
        return False
    return any(names_office(part, office_names) for part in _office_parts(name))


def carbon_copy_of(addressee: str | None, cc: Sequence[str], office_names: Sequence[str]) -> bool:
    """The tembusan rule of :func:`sipdumas.domain.office.is_carbon_copy`, after the OCR and routing clean-up
    above: the office is named in the tembusan and not as the addressee."""
    if names_this_office(addressee, office_names):
        return False
    return any(names_this_office(item, office_names) for item in cc)
