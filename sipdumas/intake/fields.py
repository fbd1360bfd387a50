"""Reading the register fields out of a complaint letter's text (OCR output or a typed letter).

The parser knows the parts of an Indonesian letter (Tata Naskah Dinas and the informal layouts people
use): the place-and-date line, ``Hal``/``Perihal``, the addressee after ``Kepada Yth.``, the
complainant's identity (an ``Nama : ...`` block, a sentence such as ``Saya, X, NIK ..., beralamat di
...``, or only the signature under ``Hormat saya``), and the ``Tembusan`` (carbon-copy) list.

Rules it keeps:

- a value the letter does not state is None; nothing is guessed;
- every value found gets a confidence in 0..1 (labelled and valid: high; taken from a sentence or a
  signature, or repaired from OCR look-alike characters: lower), so a screen can mark what to check;
- it does not depend on the page layout beyond line order: OCR may merge or split blocks.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from sipdumas.domain.identity import identity_complete, nik_problem, normalize_phone
from sipdumas.domain.office import names_office
from sipdumas.domain.regencies import REGENCIES
from sipdumas.domain.regions import PROVINCES
from sipdumas.intake.dates import find_date
from sipdumas.intake.model import Extraction, Sender
from sipdumas.intake.text import clean_value, collapse, fix_digits, normalize_text, strip_control


def default_office_names() -> tuple[str, ...]:
    """This office's names when the caller gives none: the defaults of :class:`OfficeSettings`.

    Imported on first use: the settings module pulls in the database layer, which OCR worker
    processes (they import this package) have no use for.
    """
    from sipdumas.db.settings import DEFAULT_OFFICE_NAMES

    return tuple(DEFAULT_OFFICE_NAMES)


# Confidence given to a value by where it was found.
CONF_LABELLED = 0.95
CONF_SENTENCE = 0.85
CONF_SIGNATURE = 0.7
CONF_UNLABELLED = 0.65
CONF_REPAIRED_PENALTY = 0.2


@dataclass
class _Found:
    value: object
    confidence: float
    start: int = -1  # offset in the normalised text, where known
    end: int = -1


# ---------------------------------------------------------------------------------------------------
# letter structure

_SALUTATION = re.compile(
    r"^(?:dengan\s+hormat|assalam\w*|salam\s+sejahtera|yang\s+terhormat\s*,?$|dear\b|selamat\s+(?:pagi|siang|sore|malam))",
    re.I,
)
_CLOSING = re.compile(
    r"^(?:hormat\s+(?:saya|kami)|salam\s+(?:saya|kami|hormat)|wassalam\w*|wasalam\w*|terima\s+kasih,?$"
    r"|yang\s+(?:membuat|mengadu|melapor|menyampaikan)\w*|pelapor\s*[,:]?$|pengadu\s*[,:]?$)",
    re.I,
)
_TEMBUSAN = re.compile(r"^(?:T[ea]mbus[a-z]{1,4}|Tindasan|Cc|CC|Tembusan)\b\s*(?P<rest>.*)$")
_PAGE_MARK = re.compile(
    r"^(?:-\s*\d+\s*-|halaman\s+\d+(?:\s*(?:dari|/)\s*\d+)?|\d+\s*/\s*\d+|page\s+\d+.*)$", re.I
)
_LABEL_LINE = re.compile(r"^(?P<label>[A-Za-z][A-Za-z./\- ]{0,28}?)\s*[:;]\s*(?P<value>.*)$")
_YTH = r"(?:Y[ti1l]{0,2}[hn]\b\.?|Yang\s+[Tt]erhormat\b)"
_YTH_RE = re.compile(r"^\s*" + _YTH + r"\s*[:.,]?\s*", re.I)

_ABBREVIATIONS = {
    "jl",
    "jln",
    "no",
    "kel",
    "kec",
    "kab",
    "ds",
    "dsn",
    "gg",
    "prov",
    "perum",
    "komp",
    "kp",
    "dk",
    "rt",
    "rw",
    "blok",
    "dr",
    "h",
    "hj",
    "ir",
    "st",
    "bpk",
    "sdr",
    "ny",
    "tn",
    "kav",
    "lt",
    "gd",
}


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _offsets(lines: list[str]) -> list[int]:
    out, pos = [], 0
    for line in lines:
        out.append(pos)
        pos += len(line) + 1
    return out


def _salutation_index(lines: list[str]) -> int | None:
    for i, line in enumerate(lines[:60]):
        if _SALUTATION.match(line):
            return i
    return None


def _paragraphs(lines: list[str]) -> list[str]:
    """Blank-line separated paragraphs, each as one line (OCR line breaks removed)."""
    paras: list[str] = []
    current = ""
    for line in lines + [""]:
        if not line:
            if current:
                paras.append(current)
            current = ""
        elif current.endswith("-") and line[:1].islower():
            current = current[:-1] + line
        else:
            current = f"{current} {line}" if current else line
    return paras


# ---------------------------------------------------------------------------------------------------
# names

_NAME_WORD = r"(?:[A-Z][A-Za-z'`\-]*\.?|[A-Z]\.)"
_NAME_PARTICLE = r"(?:bin|binti|van|der|de|al|el|dan)"
NAME_RE = _NAME_WORD + r"(?:\s+(?:" + _NAME_WORD + r"|" + _NAME_PARTICLE + r"(?=\s+[A-Z]))){0,6}"

_HONORIFICS = re.compile(
    r"^(?:bapak|bpk|ibu|sdr|sdri|saudara|saudari|tuan|nyonya|ny|tn|mbak|mas)\b\.?\s+", re.I
)
_NOT_NAME_WORDS = {
    "warga",
    "masyarakat",
    "penduduk",
    "rakyat",
    "pelapor",
    "pengadu",
    "kami",
    "saya",
    "yang",
    "peduli",
    "hamba",
    "allah",
    "anonim",
    "anonymous",
    "tanpa",
    "nama",
    "orang",
    "tua",
    "wali",
    "murid",
    "keluarga",
    "desa",
    "kelurahan",
    "kecamatan",
    "kota",
    "kabupaten",
    "provinsi",
    "jalan",
    "jl",
    "rt",
    "rw",
    "republik",
    "indonesia",
    "pt",
    "cv",
    "tbk",
    "persero",
    "dinas",
    "kantor",
    "kementerian",
    "badan",
    "presiden",
    "menteri",
    "gubernur",
    "bupati",
    "walikota",
    "ketua",
    "kepala",
    "direktur",
    "tembusan",
    "hormat",
    "demikian",
    "terima",
    "kasih",
    "ttd",
    "materai",
    "meterai",
    "nik",
    "alamat",
    "telepon",
    "perihal",
    "hal",
    "lampiran",
    "nomor",
    "tanggal",
    "pengaduan",
    "laporan",
    "mengetahui",
    "pelaksana",
    "paguyuban",
    "forum",
    "lembaga",
    "aliansi",
    "koordinator",
    "perwakilan",
    "para",
    "segenap",
    "seluruh",
    "atas",
    "an",
    "a.n",
    "bersama",
    "ini",
    "dengan",
    "rekan",
    "pihak",
}


def clean_name(raw: str | None) -> str | None:
    """A person's name without honorifics or trailing punctuation, or None when it is not a name."""
    if not raw:
        return None
    name = re.sub(r"[()\[\]\"]", " ", raw)
    name = re.sub(r"\s+", " ", name).strip(" ,.;:-_")
    for _ in range(2):
        name = _HONORIFICS.sub("", name)
    if not looks_like_name(name):
        return None
    return name


def looks_like_name(name: str) -> bool:
    words = name.replace(",", " ").split()
    if not 1 <= len(words) <= 7 or len(name) > 60:
        return False
    if any(ch.isdigit() for ch in name) or "@" in name:
        return False
    letters = sum(ch.isalpha() for ch in name)
    if letters < 3 or letters < 0.7 * len(name.replace(" ", "")):
        return False
    capitalised = 0
    for word in words:
        bare = word.strip(".,'`-").lower()
        if bare in _NOT_NAME_WORDS:
            return False
        if word[:1].isupper():
            capitalised += 1
        elif bare not in {"bin", "binti", "van", "der", "de", "al", "el"}:
            return False
    # A lone word is accepted only when it looks like a personal name, not a stray OCR fragment.
    return capitalised >= 1 and (len(words) >= 2 or len(words[0]) >= 3)


# ---------------------------------------------------------------------------------------------------
# individual fields


_PLACE_DATE = re.compile(
    r"(?:^|\s)(?P<place>[A-Z][A-Za-z'\-]+\.?(?:\s+[A-Z][A-Za-z'\-]+){0,3})\s*,\s*(?:(?:tanggal|tgl\.?)\s*)?(?P<rest>\d.*)$"
)
_DATE_ONLY = re.compile(r"^(?:(?:tanggal|tgl\.?|date)\s*[:.]?\s*)?(?P<rest>\d.*)$", re.I)
_NOT_PLACES = {"nomor", "no", "hal", "perihal", "lampiran", "sifat", "nik", "tanggal", "tgl", "telp", "hp"}


def find_letter_date(lines: list[str], salutation: int | None) -> tuple[_Found | None, _Found | None]:
    """The (date, place) of the ``Kota, 12 April 2021`` line; the header is tried first, then the end."""
    n = len(lines)
    header = range(0, salutation if salutation is not None else min(n, 25))
    closing = next((i for i in range(n - 1, -1, -1) if _CLOSING.match(lines[i])), None)
    footer = range(max(0, (closing if closing is not None else n) - 6), n)
    rest = range(0, n)
    for zone, conf in ((header, 1.0), (footer, 0.95), (rest, 0.8)):
        for i in zone:
            line = lines[i]
            m = _PLACE_DATE.search(line)
            if m and m.group("place").split()[0].lower().rstrip(".") not in _NOT_PLACES:
                found = find_date(m.group("rest"))
                # The date must be the rest of the line (not a date inside a sentence).
                if found and found[2].start() <= 2 and len(m.group("rest")) - found[2].end() <= 3:
                    date, dconf, _ = found
                    place = clean_value(m.group("place"))
                    return (
                        _Found(date, round(0.95 * dconf * conf, 3)),
                        _Found(place, round(0.9 * conf, 3)) if place else None,
                    )
    for zone in (header, footer):
        for i in zone:
            m = _DATE_ONLY.match(lines[i])
            if m:
                found = find_date(m.group("rest"))
                if found and found[2].start() == 0 and len(m.group("rest")) - found[2].end() <= 2:
                    return _Found(found[0], round(0.75 * found[1], 3)), None
    return None, None


_SUBJECT = re.compile(
    r"^(?:Peri\s?hal|Prihal|Perihal|Hal|HaI|Ha1)\s*(?P<sep>[.:;]+)?\s*[:;]?\s*(?P<v>.*)$", re.I
)
_SUBJECT_STOP = re.compile(
    r"^(?:kepada|yth|y[ti1l]{0,2}[hn]\b|yang\s+terhormat|dengan\s+hormat|lampiran|nomor|no\.|sifat|tanggal|di\s|\d{1,2}\s)",
    re.I,
)


_SUBJECT_UNFINISHED = re.compile(
    r"(?:[,/&\-]|\b(?:dan|atau|serta|atas|di|ke|dari|terhadap|untuk|oleh|yang|pada|dengan|tentang|mengenai"
    r"|kepada|bagi|dalam|akibat|karena|oknum|the|of|and))\s*$",
    re.I,
)


def find_subject(lines: list[str], salutation: int | None) -> _Found | None:
    limit = salutation if salutation is not None else min(len(lines), 30)
    for i in range(limit):
        m = _SUBJECT.match(lines[i])
        if not m:
            continue
        word = lines[i].split()[0].lower().rstrip(".:;")
        if not m.group("sep") and not word.startswith("peri"):
            continue  # "Hal ini ..." is a sentence, not the subject line
        value = m.group("v")
        conf = CONF_LABELLED if m.group("sep") else CONF_SENTENCE
        # The subject may run onto following lines of the same block, when the line before is
        # visibly unfinished or the next one goes on in lower case.
        j = i + 1
        while j < limit and j <= i + 2:
            nxt = lines[j]
            if not nxt or _SUBJECT_STOP.match(nxt) or _LABEL_LINE.match(nxt) or _PLACE_DATE.search(nxt):
                break
            if len(nxt) > 90 or not (_SUBJECT_UNFINISHED.search(value) or nxt[:1].islower()):
                break
            value = f"{value} {nxt}"
            j += 1
        value = clean_value(value.rstrip(". "))
        if value and value not in {"-", "—"}:
            return _Found(value, conf)
    return None


_ADDRESSEE_START = re.compile(
    r"^(?:(?:Kepada|KEPADA|Kpd\.?)\s*(?:" + _YTH + r")?|" + _YTH + r")\s*[:.,]?\s*(?P<rest>.*)$"
)
_ADDRESSEE_STOP = re.compile(
    r"^(?:di\b|di-|d\.?i\.?\s|dengan\s+hormat|jl\b|jln\b|jalan\b|gedung\b|gd\.|komplek|kompleks|cq\b|c\.q\b|u\.?p\b|"
    r"tempat\b|up\.|perihal|hal\b|lampiran|nomor)",
    re.I,
)
_CONTINUES = re.compile(r"^(?:dan\b|republik\b|RI\b|R\.I\b|&|serta\b|[a-z])")


def find_addressee(lines: list[str], salutation: int | None) -> _Found | None:
    limit = salutation if salutation is not None else min(len(lines), 30)
    for i in range(limit):
        m = _ADDRESSEE_START.match(lines[i])
        if not m or lines[i].lower().startswith(("kepada saya", "kepada kami")):
            continue
        rest = _YTH_RE.sub("", m.group("rest"))
        parts: list[str] = []
        j = i + 1
        if rest:
            parts.append(rest)
        else:
            while j < limit and not lines[j]:
                j += 1
            if j >= limit:
                continue
            first = _YTH_RE.sub("", lines[j])
            if not first or _ADDRESSEE_STOP.match(first):
                continue
            parts.append(first)
            j += 1
        while j < limit and len(parts) < 3:
            nxt = lines[j]
            if not nxt or _ADDRESSEE_STOP.match(nxt):
                break
            if not (parts[-1].endswith((",", "/", "-")) or _CONTINUES.match(nxt)):
                break
            parts.append(nxt)
            j += 1
        value = clean_value(" ".join(parts).rstrip("."))
        if value:
            return _Found(value, CONF_LABELLED if m.group(0).lower().startswith(("kepada", "y")) else 0.8)
    return None


_ITEM_NUMBER = re.compile(r"^(?P<num>\d{1,2}|[|lIi!])\s*[.)]\s*(?P<v>.+)$")
_ITEM_NUMBER_LOOSE = re.compile(r"^(?P<num>\d{1,2})\s+(?P<v>[A-Z].+)$")
_ITEM_BULLET = re.compile(r"^[-*+>~]\s*(?P<v>[A-Za-z].*)$")
_CC_PREFIX = re.compile(r"^(?:disampaikan\s+)?(?:kepada\s*)?(?:" + _YTH + r")?\s*[:.]*\s*", re.I)
_CC_TAIL = re.compile(
    r"\s*(?:\(?\s*(?:sebagai\s+laporan|untuk\s+diketahui|sbg\.?\s+laporan|u\.?n\.?t\.?\s*diketahui)[^)]*\)?)\s*$",
    re.I,
)


def _clean_cc(item: str) -> str | None:
    item = _YTH_RE.sub("", item)
    item = _CC_TAIL.sub("", item)
    item = re.sub(r"[;,]\s*(?:dan|and|serta)\s*$", "", item, flags=re.I)
    item = re.sub(r"\s+(?:dan|serta)$", "", item, flags=re.I)
    value = clean_value(item.rstrip(".;, "))
    if value and re.sub(r"[^A-Za-z]", "", value) and value.casefold() not in _FILE_COPY:
        return value
    return None


# "Arsip" / "Pertinggal" at the end of a tembusan is the sender's own file copy, not a recipient.
_FILE_COPY = {"arsip", "pertinggal", "file", "arsip/pertinggal", "untuk arsip"}


def find_tembusan(lines: list[str]) -> _Found | None:
    """The carbon-copy list after ``Tembusan``, in order, across blank lines and page breaks."""
    start = None
    for i in range(len(lines) - 1, -1, -1):
        m = _TEMBUSAN.match(lines[i])
        if m and (not m.group("rest") or m.group("rest")[0] in ":.,;Yy(dk" or m.group("rest")[0].isupper()):
            start = i
            break
    if start is None:
        return None
    items: list[str] = []
    style: str | None = None  # "number", "bullet" or "plain"
    head_rest = _CC_PREFIX.sub("", _TEMBUSAN.match(lines[start]).group("rest"))  # type: ignore[union-attr]
    if head_rest and re.search(r"[A-Za-z]{3}", head_rest):
        m = _ITEM_NUMBER.match(head_rest)
        items.append(m.group("v") if m else head_rest)
        style = "number" if m else "plain"
    gap = False
    expected = len(items) + 1
    for line in lines[start + 1 :]:
        if not line or _PAGE_MARK.match(line):
            gap = True
            continue
        if _CLOSING.match(line) or (_LABEL_LINE.match(line) and not _ITEM_NUMBER.match(line)):
            break
        num = _ITEM_NUMBER.match(line) or _ITEM_NUMBER_LOOSE.match(line)
        bullet = _ITEM_BULLET.match(line)
        if num and style in (None, "number"):
            token = num.group("num")
            number = int(token) if token.isdigit() else 1
            if gap and style == "number" and number != expected:
                break
            items.append(num.group("v"))
            style = "number"
            expected = number + 1
        elif bullet and style in (None, "bullet"):
            items.append(bullet.group("v"))
            style = "bullet"
        elif gap and items:
            break
        elif style in ("number", "bullet") and items:
            items[-1] = f"{items[-1]} {line}"  # a long item wrapped onto the next line
        else:
            items.append(line)
            style = "plain"
        gap = False
    cleaned = [c for c in (_clean_cc(item) for item in items) if c]
    conf = CONF_LABELLED if style in ("number", "bullet") else 0.8
    return _Found(cleaned, conf)


# --- identity ---------------------------------------------------------------------------------------

_LABELS: dict[str, str] = {
    "nama": "name",
    "nama lengkap": "name",
    "nama pelapor": "name",
    "nama pengadu": "name",
    "name": "name",
    "alamat": "address",
    "alamat lengkap": "address",
    "alamat rumah": "address",
    "alamat domisili": "address",
    "alamat sesuai ktp": "address",
    "alamat ktp": "address",
    "domisili": "address",
    "tempat tinggal": "address",
    "address": "address",
}

_NIK_LABEL = re.compile(
    r"(?:\bN\s?[I1l|!]\s?K\b|\bNo\.?\s*KTP\b|\bNomor\s+KTP\b|\bNomor\s+Induk\s+Kependudukan\b|\bNo\.?\s*Induk\s+Kependudukan\b)"
    r"\s*(?:\(\s*NIK\s*\))?\s*(?:KTP\s*)?(?:\s*\b(?:saya|kami|pelapor|adalah|yaitu|ialah)\b)*\s*[:;.]?\s*"
    r"(?P<v>[^\n,]{0,40})",
    re.I,
)
_OTHER_16 = re.compile(r"(?:rekening|rek\.|no\.?\s*kk\b|kartu\s+keluarga|bpjs|npwp|akun|virtual)", re.I)
_DIGITISH = re.compile(r"^[0-9OoIl|!SsBZzDQ]+$")


def _digit_groups(value: str, want: int) -> tuple[str, bool, int] | None:
    """The first ``want`` digits written at the start of ``value``, allowing spaces, dots and dashes
    between groups and OCR look-alikes inside mostly-numeric groups.

    Returns (digits, repaired, end): ``end`` is where the digits stop in ``value``, so that what
    follows (often a phone number) stays free for the other fields."""
    digits = ""
    repaired = False
    end = 0
    for m in re.finditer(r"[^\s.\-]+", value):
        group = m.group()
        if not _DIGITISH.match(group):
            break
        real = sum(ch.isdigit() for ch in group)
        if real < max(1, len(group) // 2):
            break
        fixed, changed = fix_digits(group)
        repaired |= changed
        digits += fixed
        end = m.end()
        if len(digits) >= want:
            break
    if len(digits) != want:
        return None
    return digits, repaired, end


def find_nik(text: str) -> _Found | None:
    for m in _NIK_LABEL.finditer(text):
        got = _digit_groups(m.group("v"), 16)
        if got and nik_problem(got[0]) is None:
            conf = CONF_LABELLED - (CONF_REPAIRED_PENALTY if got[1] else 0)
            return _Found(got[0], conf, m.start("v"), m.start("v") + got[2])
    for m in re.finditer(r"(?<![\d\w])(\d{16})(?![\d\w])", text):
        before = text[max(0, m.start() - 30) : m.start()]
        if _OTHER_16.search(before):
            continue
        if nik_problem(m.group(1)) is None:
            return _Found(m.group(1), CONF_UNLABELLED, m.start(), m.end())
    return None


_PHONE_LABEL = re.compile(
    r"(?:\b(?:No|Nomor|Nmr)\.?\s*)?(?:\b(?:HP|Hp|Handphone|Hand\s?phone|Telp|Telepon|Telpon|Tlp|Tel|Ponsel|WA|Whats\s?App|"
    r"Kontak|Seluler|Selular|Phone|Mobile)\b)(?:\s*[/&]\s*(?:WA|HP|Hp|Telp|WhatsApp|Whatsapp))?\.?"
    r"\s*(?:\(?\s*WA\s*\)?)?\s*[:;.]?\s*(?P<v>[+(]?[\d(][\d \t().\-OoIl|]{6,24})",
    re.I,
)
# A number never runs over a line break: the next line may start with digits of its own.
_MOBILE = re.compile(
    r"(?<![\w+])(?P<v>(?:\+[ \t]?62|62|\(?0)[ \t]?8\d{1,3}\)?(?:[ \t.\-]?\d{2,5}){2,4})(?![\w])"
)


def _phone_from(raw: str) -> tuple[str, bool] | None:
    raw = re.split(r"\s*(?:/|,|;|atau|\bdan\b)\s*", raw)[0]
    fixed, changed = fix_digits(raw)
    fixed = re.sub(r"[^\d+]", "", fixed)
    if not 9 <= len(fixed.lstrip("+")) <= 14:
        return None
    phone = normalize_phone(fixed)
    return (phone, changed) if phone else None


def _clip_phone(raw: str) -> list[str]:
    """Candidate readings of a phone value, longest first (a value may run into the next number)."""
    raw = raw.strip()
    out = [raw]
    parts = re.split(r"\s{2,}", raw)
    if len(parts) > 1:
        out.append(parts[0])
    return out


def find_phone(text: str, avoid: Sequence[tuple[int, int]] = ()) -> _Found | None:
    for m in _PHONE_LABEL.finditer(text):
        if any(s <= m.start("v") < e for s, e in avoid):
            continue
        for raw in _clip_phone(m.group("v")):
            got = _phone_from(raw)
            if got:
                conf = CONF_LABELLED - (CONF_REPAIRED_PENALTY if got[1] else 0)
                return _Found(got[0], conf, m.start("v"), m.end("v"))
    for m in _MOBILE.finditer(text):
        if any(s <= m.start("v") < e or s < m.end("v") <= e for s, e in avoid):
            continue
        got = _phone_from(m.group("v"))
        if got:
            return _Found(got[0], CONF_UNLABELLED, m.start("v"), m.end("v"))
    return None


_EMAIL = re.compile(
    r"(?<![\w.+-])(?P<v>[A-Za-z0-9._%+\-]+)\s?@\s?(?P<d>[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})"
)
_EMAIL_LABEL = re.compile(r"(?:e-?\s?mail|surel|surat\s+elektronik)\s*[:;.]?\s*$", re.I)


def find_email(text: str) -> _Found | None:
    best: _Found | None = None
    for m in _EMAIL.finditer(text):
        email = f"{m.group('v')}@{m.group('d')}".lower().strip(".")
        before = text[max(0, m.start() - 20) : m.start()]
        conf = CONF_LABELLED if _EMAIL_LABEL.search(before) else 0.8
        if best is None or conf > best.confidence:
            best = _Found(email, conf, m.start(), m.end())
    return best


_ADDRESS_SENTENCE = re.compile(
    r"\b(?:beralamat|bertempat\s+tinggal|berdomisili|bertempat|alamat\s+saya|tinggal)\s+(?:di\s*|pada\s+|:\s*)?(?P<v>.+)",
    re.I,
)
_ADDRESS_END = re.compile(
    r",?\s+(?:menyampaikan|dengan\s+ini|dengan\s+nomor|dengan\s+no|nomor\s+(?:telepon|telp|hp|handphone|wa|ponsel|ktp|induk|kontak)"
    r"|no\.?\s*(?:hp|telp|telepon|wa|ktp)\b|nik\b|n[i1l]k\b|telepon|telp\.?|hp\b|whatsapp|wa\b|e-?mail|surel|selaku|sebagai|bermaksud|hendak|ingin"
    r"|mengadukan|melaporkan|memohon|mohon|mengajukan|yang\s+(?:dalam|selanjutnya|bertindak)|dalam\s+hal|untuk\s)|\s*\(",
    re.I,
)
_ADDRESS_PART = re.compile(
    r"^(?:kel\.?|kelurahan|kec\.?|kecamatan|kab\.?|kabupaten|kota|desa|ds\.?|dusun|dsn\.?|rt\b|rw\b|jl\.?|jalan|"
    r"prov\.?|provinsi|kode\s+pos|\d{5}\b|blok|perum|komplek|kompleks|gg\.?|gang|no\.?\s*\d)",
    re.I,
)


def _cut_sentence_address(value: str) -> str:
    m = _ADDRESS_END.search(value)
    if m:
        value = value[: m.start()]
    # A full stop ends the address unless it closes an abbreviation such as "Jl." or "No.".
    for dot in re.finditer(r"\.(?=\s+[A-Z]|\s*$)", value):
        word = re.findall(r"[A-Za-z]+$", value[: dot.start()])
        if word and word[0].lower() in _ABBREVIATIONS:
            continue
        value = value[: dot.start()]
        break
    return value


def _looks_like_address(value: str) -> bool:
    return (
        bool(
            re.search(
                r"\b(?:jl|jln|jalan|desa|ds|kel|kelurahan|kec|kecamatan|kab|kabupaten|kota|rt|rw|dusun|gang|gg|perum|blok|no)\b",
                value,
                re.I,
            )
            or any(p.lower() in value.lower() for p in PROVINCES.values())
        )
        and len(value) >= 8
    )


def find_identity_labels(lines: list[str]) -> dict[str, _Found]:
    """Values of an identity block (``Nama : ...``, ``Alamat : ...``) keyed by field."""
    found: dict[str, _Found] = {}
    for i, line in enumerate(lines):
        m = _LABEL_LINE.match(line)
        if not m:
            continue
        label = re.sub(r"[^a-z ]", "", m.group("label").lower()).strip()
        label = re.sub(r"\s+", " ", label)
        field = _LABELS.get(label)
        if not field or field in found:
            continue
        value = m.group("value")
        if field == "address":
            j = i + 1
            while j < len(lines) and j <= i + 3:
                nxt = lines[j]
                if not nxt or _LABEL_LINE.match(nxt) or _CLOSING.match(nxt):
                    break
                if not (
                    value.rstrip().endswith((",", "-", "/"))
                    or _ADDRESS_PART.match(nxt)
                    or any(nxt.lower().startswith(p.lower()) for p in PROVINCES.values())
                ):
                    break
                value = f"{value} {nxt}"
                j += 1
            value = clean_value(value.rstrip("."))
        else:
            value = clean_name(value)
        if value:
            found[field] = _Found(value, CONF_LABELLED)
    return found


_SENDER_SENTENCES = [
    re.compile(
        r"\b(?:Perkenankan|Perkenalkan|Izinkan|Ijinkan)\s+(?:saya|kami)\s*,?\s*(?:bernama\s+|nama\s+)?(?P<name>"
        + NAME_RE
        + r")"
    ),
    re.compile(
        r"\b(?:bernama|nama\s+saya(?:\s+adalah)?|nama\s+lengkap\s+saya(?:\s+adalah)?)\s*:?\s*(?P<name>"
        + NAME_RE
        + r")"
    ),
    re.compile(r"\b[Ss]aya\s*,\s*(?P<name>" + NAME_RE + r")\s*(?:,|\(|\bNIK\b|\bbin\b|\bbinti\b)"),
    re.compile(
        r"\b[Ss]aya\s+yang\s+bertanda\s*tangan\s+di\s*bawah\s+ini\s*[,:]?\s*(?:nama\s*[:]?\s*)?(?P<name>"
        + NAME_RE
        + r")"
    ),
    re.compile(
        r"(?:^|[.]\s+)Saya\s+(?P<name>"
        + NAME_RE
        + r")\s*(?:,|\bNIK\b|\bwarga\b|\bberalamat\b|\bmenyampaikan\b)"
    ),
]


def find_sentence_name(paragraphs: list[str]) -> _Found | None:
    for para in paragraphs[:40]:
        for pattern in _SENDER_SENTENCES:
            for m in pattern.finditer(para):
                name = clean_name(m.group("name"))
                if name:
                    return _Found(name, CONF_SENTENCE)
    return None


_SIGNATURE_SKIP = re.compile(
    r"^(?:\(?\s*ttd\.?\s*\)?|tertanda|meterai.*|materai.*|\d+\s*$|pelapor|pengadu|\(?\s*tanda\s+tangan\s*\)?)$",
    re.I,
)


def find_signature_name(lines: list[str]) -> _Found | None:
    closings = [i for i, line in enumerate(lines) if _CLOSING.match(line)]
    for i in reversed(closings):
        seen = 0
        for line in lines[i + 1 : i + 8]:
            if not line or _SIGNATURE_SKIP.match(line):
                continue
            if _TEMBUSAN.match(line) or _LABEL_LINE.match(line):
                break
            seen += 1
            name = clean_name(line)
            if name:
                return _Found(name, CONF_SIGNATURE)
            # Scribbles of a signature come out as short garbage: look one line further.
            if seen >= 3 or (
                len(line) > 4 and sum(c.isalpha() for c in line) > 0.6 * len(line) and looks_plain_words(line)
            ):
                break
    return None


def looks_plain_words(line: str) -> bool:
    """True for a line of ordinary words (a sentence, an anonymous signature like "Warga yang peduli")."""
    words = re.findall(r"[A-Za-z]{2,}", line)
    return len(words) >= 2


def find_sentence_address(paragraphs: list[str]) -> _Found | None:
    for para in paragraphs[:40]:
        for m in _ADDRESS_SENTENCE.finditer(para):
            value = clean_value(_cut_sentence_address(m.group("v")))
            if value and _looks_like_address(value):
                return _Found(value, CONF_SENTENCE)
    return None


# --- region -----------------------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------------------------------


def parse_letter(text: str, office_names: Sequence[str] | None = None) -> Extraction:
    """The register fields of one letter's text; ``file`` is "" and ``pages`` None.

    ``office_names`` are the names of the office that registers the letter (default: those of
    :class:`sipdumas.db.settings.OfficeSettings`): ``carbon_copy`` is True when one of them is in the
    tembusan but not the addressee.
    """
    offices = tuple(office_names) if office_names else default_office_names()
    norm = normalize_text(text or "")
    lines = _lines(norm)
    paragraphs = _paragraphs(lines)
    salutation = _salutation_index(lines)
    confidence: dict[str, float] = {}
    ex = Extraction(file="", pages=None, text=strip_control(text or ""))

    date, place = find_letter_date(lines, salutation)
    if date:
        ex.letter_date = date.value  # type: ignore[assignment]
        confidence["letter_date"] = date.confidence
    if place:
        ex.place = place.value  # type: ignore[assignment]
        confidence["place"] = place.confidence

    subject = find_subject(lines, salutation)
    if subject:
        ex.subject = subject.value  # type: ignore[assignment]
        confidence["subject"] = subject.confidence

    addressee = find_addressee(lines, salutation)
    if addressee:
        ex.addressee = addressee.value  # type: ignore[assignment]
        confidence["addressee"] = addressee.confidence

    cc = find_tembusan(lines)
    if cc and cc.value:
        ex.cc = list(cc.value)  # type: ignore[arg-type]
        confidence["cc"] = cc.confidence

    # Identity: a labelled block beats a sentence, which beats the signature alone.
    labels = find_identity_labels(lines)
    sender = Sender()
    name = labels.get("name") or find_sentence_name(paragraphs)
    signature = find_signature_name(lines)
    if name is None:
        name = signature
    elif signature is not None:
        same = fuzz.ratio(collapse(str(name.value)), collapse(str(signature.value))) >= 90
        name = _Found(name.value, min(1.0, name.confidence + 0.04) if same else name.confidence - 0.1)
    if name:
        sender.name = str(name.value)
        confidence["sender.name"] = round(name.confidence, 3)

    nik = find_nik(norm)
    if nik:
        sender.nik = str(nik.value)
        confidence["sender.nik"] = nik.confidence
    avoid = [(nik.start, nik.end)] if nik else []
    avoid += [
        (m.start(), m.end())
        for m in re.finditer(r"\d[\d .]{15,}\d", norm)
        if len(re.sub(r"\D", "", m.group())) >= 15
    ]
    phone = find_phone(norm, avoid)
    if phone:
        sender.phone = str(phone.value)
        confidence["sender.phone"] = phone.confidence
    email = find_email(norm)
    if email:
        sender.email = str(email.value)
        confidence["sender.email"] = email.confidence
    address = labels.get("address") or find_sentence_address(paragraphs)
    if address:
        sender.address = str(address.value)
        confidence["sender.address"] = address.confidence
    ex.sender = sender

    ex.identity_complete = identity_complete(sender)
    # As sure as the name and the surest way to reach the sender; "incomplete" is as sure as the reading
    # of a letter without those values can be (a missed value would make it wrong).
    contacts = [confidence[k] for k in ("sender.phone", "sender.email", "sender.address") if k in confidence]
    if ex.identity_complete:
        confidence["identity_complete"] = round(min(confidence["sender.name"], max(contacts)), 3)
    else:
        confidence["identity_complete"] = 0.9

    ex.carbon_copy = carbon_copy_of(ex.addressee, ex.cc, offices)
    confidence["carbon_copy"] = round(min(confidence.get("cc", 0.9), confidence.get("addressee", 0.6)), 3)

    _fill_region(ex, confidence)
    ex.confidence = confidence
    return ex


def _fill_region(ex: Extraction, confidence: dict[str, float]) -> None:
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


def letter_date_today_or_past(date: datetime.date | None) -> bool:
    """Letters are not dated in the future; callers may use this to flag an OCR misread."""
    return date is None or date <= datetime.date.today()


def apply_sender_hint(ex: Extraction, hint: dict[str, str]) -> None:
    """Fill the sender's name and e-mail from an e-mail's ``From`` header where the letter is silent.

    The letter's own words win: the header names the mailbox, which may belong to someone writing on
    the complainant's behalf. A display name is used only when it looks like a person's name.
    """
    if ex.error is not None:
        return
    sender = ex.sender or Sender()
    name = clean_name(hint.get("name"))
    if sender.name is None and name:
        sender.name = name
        ex.confidence["sender.name"] = CONF_SIGNATURE
    address = hint.get("email")
    if sender.email is None and address and _EMAIL.fullmatch(address):
        sender.email = address
        ex.confidence["sender.email"] = CONF_LABELLED
    ex.sender = sender
    ex.identity_complete = identity_complete(sender)
    if ex.identity_complete:
        contacts = [ex.confidence.get(f"sender.{k}", 0.0) for k in ("phone", "email", "address")]
        ex.confidence["identity_complete"] = round(min(ex.confidence["sender.name"], max(contacts)), 3)
