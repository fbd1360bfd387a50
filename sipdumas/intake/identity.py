"""Who complains: the sender's name, NIK, phone, e-mail and address.

Where the identity may be, strongest first:

- an identity table (``Nama : ...``, ``NIK : ...``, ``Alamat : ...`` with its wrapped lines), unless it
  describes the person complained about (``Identitas terlapor``);
- an identity sentence ("Saya yang bernama X, umur ..., alamat ...", "Nama saya X", "Perkenankan saya
  X, NIK ...", "koordinator warga: X, Jl. ..., HP ...");
- the signature block: the name under ``Hormat saya`` (past the signer's position and the scribble of
  the signature), then the address, phone and e-mail lines under it, with or without ``Hormat saya``;
- the kop of an organisation that complains (a kelompok tani, an RW): its address and phone.

A lawyer's letter is the client's complaint: the client's table or sentence gives the name, and the
law office's own address, phone and e-mail (kop, signature) are not the complainant's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sipdumas.domain.identity import nik_problem, normalize_phone
from sipdumas.domain.regions import PROVINCES
from sipdumas.intake.evidence import (
    CONF_LABELLED,
    CONF_REPAIRED_PENALTY,
    CONF_SENTENCE,
    CONF_SIGNATURE,
    CONF_UNLABELLED,
    Found,
)
from sipdumas.intake.lines import Doc, Paragraph, Span, paragraphs
from sipdumas.intake.names import NAME_RE, clean_name, name_at
from sipdumas.intake.roles import (
    BODY,
    EMAIL_HEADER,
    IDENTITY,
    LABEL_LINE,
    LETTERHEAD,
    SIGN_OFF_INLINE,
    SIGN_OFF_RE,
    Structure,
    is_prose,
)
from sipdumas.intake.text import clean_value, fix_digits

_LAWYER = re.compile(
    r"\b(?:advokat|pengacara|kuasa\s+hukum|penerima\s+kuasa|law\s+(?:firm|office)|kantor\s+hukum"
    r"|konsultan\s+hukum"
    r"|lembaga\s+bantuan\s+hukum|lbh|surat\s+kuasa)\b",
    re.I,
)
_ABOUT_OTHERS = re.compile(
    r"\b(?:terlapor|teradu|pelaku|oknum|tergugat|pihak\s+lawan|yang\s+dilaporkan|yang\s+diadukan)\b", re.I
)

# --- identity table -----------------------------------------------------------------------------------

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
    "alamat tinggal": "address",
    "alamat saya": "address",
    "domisili": "address",
    "tempat tinggal": "address",
    "address": "address",
}

ADDRESS_WORDS = (
    r"jl|jln|jalan|desa|ds|kel|kelurahan|kec|kecamatan|kab|kabupaten|kota|rt|rw|dusun|dsn|dukuh|gang|gg|perum"
    r"|perumahan|blok|no|komplek|kompleks|komp|kampung|kp|jaga|lingkungan|lr|lorong|distrik|nagari|gampong"
    r"|kelurahan|provinsi|prov|kode\s+pos|banjar|lk|asrama|griya|villa|residence|cluster|dk|km|kav|lantai"
)
_ADDRESS_WORD = re.compile(r"\b(?:" + ADDRESS_WORDS + r")\b\.?", re.I)
# An address part that still expects its name on the next line ("..., Kecamatan" / "Kabupaten").
_WANTS_NAME = re.compile(r"\b(?:" + ADDRESS_WORDS + r")\.?\s*$", re.I)


def _is_address_like(value: str) -> bool:
    return len(value) >= 8 and (
        bool(_ADDRESS_WORD.search(value)) or any(p.lower() in value.lower() for p in PROVINCES.values())
    )


@dataclass
class Table:
    """The labelled values of one identity table."""

    values: dict[str, Found] = field(default_factory=dict)
    first: int = -1


def identity_tables(st: Structure) -> list[Table]:
    """The identity tables of the letter, in order; a table about the person complained of is left out."""
    doc = st.doc
    tables: list[Table] = []
    current: Table | None = None
    last = -10
    for i, line in enumerate(doc.lines):
        if st.roles[i] != IDENTITY:
            continue
        if current is None or i - last > 3:
            current = Table(first=i)
            before = " ".join(doc.lines[k].text for k in range(max(0, i - 2), i))
            if not _ABOUT_OTHERS.search(before):
                tables.append(current)
        last = i
        m = LABEL_LINE.match(line.text)
        if not m:
            continue
        label = re.sub(r"\s+", " ", re.sub(r"[^a-z ]", "", m.group("label").lower())).strip()
        field_name = _LABELS.get(label)
        if not field_name or field_name in current.values:
            continue
        value = m.group("value")
        spans = [Span(i, m.start("value"), len(line.text))]
        if field_name == "address":
            value, more, last = _address_lines(doc, st, i, value)
            spans += more
            value = clean_value(_cut_address(value))
        else:
            value = clean_name(value)
        if value:
            current.values[field_name] = Found(value, CONF_LABELLED, tuple(spans))
    return tables


def _address_lines(doc: Doc, st: Structure, i: int, value: str) -> tuple[str, list[Span], int]:
    """An address that wraps onto the next lines (OCR may put a blank line in between)."""
    spans: list[Span] = []
    last = i
    j = i + 1
    while j < len(doc.lines) and j <= i + 4:
        nxt = doc.lines[j].text
        wants = value.rstrip().endswith((",", "-", "/")) or bool(_WANTS_NAME.search(value))
        if not nxt:
            if wants and j + 1 < len(doc.lines) and doc.lines[j + 1].text:
                j += 1
                continue
            break
        if LABEL_LINE.match(nxt) or st.roles[j] not in (BODY, IDENTITY, "") or SIGN_OFF_RE.match(nxt):
            break
        starts_part = bool(re.match(r"^[|\s]*(?:" + ADDRESS_WORDS + r")\b", nxt, re.I)) or any(
            nxt.lower().startswith(p.lower()) for p in PROVINCES.values()
        )
        if not (wants or starts_part) or is_prose(nxt) and not wants:
            break
        value = f"{value} {nxt.lstrip('| ')}"
        spans.append(Span(j, 0, len(nxt)))
        last = j
        j += 1
    return value, spans, last


# --- addresses in sentences -----------------------------------------------------------------------------

_ADDRESS_CUES = [
    (
        re.compile(
            r"\b(?:beralamat|alamat\s+saya|alamat\s+kami|alamat\s+rumah\s+saya|bertempat\s+tinggal"
            r"|berdomisili"
            r"|domisili|tinggal|alamat)\b\s*(?:di\s*|pada\s+|:\s*|adalah\s+)?",
            re.I,
        ),
        CONF_SENTENCE,
    ),
    # "Saya X, warga RT 02 ..." is an address; "Kami warga Kota X" says who the writers are.
    (
        re.compile(r"(?<!kami )(?<!kita )\b(?:warga|penduduk)\s+(?=(?:" + ADDRESS_WORDS + r")\b)", re.I),
        CONF_SENTENCE - 0.05,
    ),
]
_ADDRESS_STOP = re.compile(
    r"\b(?:nik|n[i1l]k|no\.?\s*ktp|nomor|no\.?\s*(?:hp|telp|telepon|wa)|hp|telp\.?|telepon|wa"
    r"|whatsapp|e-?mail|surel"
    r"|umur|usia|pekerjaan|selaku|sebagai|bersama\s+ini|dengan\s+ini|yang|untuk|dalam|menyampaikan|ingin|mau"
    r"|hendak|bermaksud|memohon|mohon|melaporkan|mengadukan|mengajukan)\b",
    re.I,
)
_ABBREVIATED = re.compile(
    r"\b(?:jl|jln|no|kel|kec|kab|ds|dsn|gg|prov|perum|komp|kp|dk|rt|rw|blok|dr|h|hj|ir|st|km|lr|kav|lt)$",
    re.I,
)


def _cut_address(value: str) -> str:
    """The address at the start of ``value``: comma-separated parts while they look like address parts
    (an address word, or a place name of one to four capitalised words), up to the end of the sentence."""
    # The end of the sentence: a full stop that does not close an abbreviation ("Jl.", "No.").
    for dot in re.finditer(r"\.(?=\s+[A-Z(]|\s*$)", value):
        if _ABBREVIATED.search(value[: dot.start()]) or re.search(r"\b[A-Z]$", value[: dot.start()]):
            continue
        value = value[: dot.start()]
        break
    value = re.split(r"\s+-\s+(?=(?:telp|hp|tel|fax|e-?mail|wa)\b)|\s*\(", value, maxsplit=1, flags=re.I)[0]
    parts = value.split(",")
    kept: list[str] = []
    for k, part in enumerate(parts):
        p = part.strip()
        if not p:
            continue
        stop = _ADDRESS_STOP.search(p)
        if stop:
            head = p[: stop.start()].strip(" ,.-")
            if head and _part_ok(head, k == 0):
                kept.append(head)
            break
        if not _part_ok(p, k == 0):
            break
        kept.append(p)
    return ", ".join(kept)


def _part_ok(part: str, first: bool) -> bool:
    if _ADDRESS_WORD.search(part):
        # Lower-case words other than particles mean a sentence has started ("memberanikan diri ...").
        lower = [w for w in part.split() if w[:1].islower() and w.lower() not in ("di", "no.", "gg.", "dan")]
        return len(lower) <= 1
    words = part.split()
    return (not first) and 1 <= len(words) <= 4 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def sentence_address(st: Structure, paras: Sequence[Paragraph]) -> Found | None:
    best: Found | None = None
    for para in paras:
        for pattern, conf in _ADDRESS_CUES:
            for m in pattern.finditer(para.text):
                value = clean_value(_cut_address(para.text[m.end() :]))
                if value and _is_address_like(value):
                    end = m.end() + len(value)
                    found = Found(value, conf, para.spans(m.end(), end, st.doc))
                    if best is None or found.confidence > best.confidence:
                        best = found
                    break
            if best is not None and best.confidence >= CONF_SENTENCE:
                return best
    return best


# --- names in sentences -----------------------------------------------------------------------------

_NAME = r"(?P<name>" + NAME_RE + r")"
_SENDER_SENTENCES = [
    re.compile(
        r"\b(?:Perkenankan|Perkenalkan|Izinkan|Ijinkan)\s*,?\s*(?:saya|kami)?\s*,?\s*(?:bernama\s+"
        r"|nama\s+saya\s+)?" + _NAME
    ),
    re.compile(
        r"\b(?:bernama|nama\s+saya(?:\s+adalah)?|nama\s+lengkap\s+saya(?:\s+adalah)?)\s*:?\s*" + _NAME
    ),
    re.compile(r"\b[Ss]aya\s*,\s*" + _NAME + r"\s*(?:,|\(|\bNIK\b|\bbin\b|\bbinti\b)"),
    re.compile(
        r"\b[Ss]aya\s+yang\s+bertanda\s*tangan\s+di\s*bawah\s+ini\s*[,:]?\s*(?:nama\s*[:]?\s*)?" + _NAME
    ),
    re.compile(
        r"(?:^|[.!]\s+|\b(?:hormat|sejahtera|assalamualaikum)\W+)[Ss]aya\s+"
        + _NAME
        + r"(?=\s*(?:,|\(|\bNIK\b|\bwarga\b|\bberalamat\b|\bumur\b|\bdari\b|\btinggal\b"
        r"|\bselaku\b|\bsebagai\b"
        r"|\bmau\b|\bingin\b|\bhendak\b|\bbermaksud\b|\bmenyampaikan\b|\bmengadu\w*|\bmelaporkan\b"
        r"|\badalah\b))"
    ),
    re.compile(
        r"\b(?i:koordinator|narahubung|penanggung\s+jawab|contact\s+person|kontak)(?:\s+\w+){0,2}\s*:\s*"
        + _NAME
    ),
    re.compile(
        r"\b(?:atas\s+nama|klien\s+kami|pemberi\s+kuasa)\s*[,:]?\s*(?:Sdr\.?|Sdri\.?|Bapak|Ibu|Ny\.?"
        r"|Tn\.?)?\s*" + _NAME
    ),
]
_LAWYER_AFTER = re.compile(
    r"^\s*,?\s*(?:[A-Z][a-zA-Z]{0,3}\.\s*,?\s*)*(?:advokat|pengacara|kuasa\s+hukum|selaku\s+kuasa)", re.I
)


@dataclass
class SentenceName:
    found: Found
    para: Paragraph
    end: int  # where the name ends in the paragraph's text


def sentence_name(st: Structure, paras: Sequence[Paragraph], lawyer: bool) -> SentenceName | None:
    for para in paras[:60]:
        for k, pattern in enumerate(_SENDER_SENTENCES):
            for m in pattern.finditer(para.text):
                start = m.start("name")
                name = name_at(para.text[start:])
                if not name:
                    continue
                after = para.text[start + len(name) :]
                if _LAWYER_AFTER.match(after) or (lawyer and k != len(_SENDER_SENTENCES) - 1 and k != 1):
                    continue  # the lawyer introducing themself, not the complainant
                end = max(
                    start + para.text[start:].find(name.split()[-1]) + len(name.split()[-1]),
                    start + len(name),
                )
                return SentenceName(Found(name, CONF_SENTENCE, para.spans(start, end, st.doc)), para, end)
    return None


def address_after_name(st: Structure, said: SentenceName) -> Found | None:
    """ "X, Jl. Lintas ... Km. 7, Desa ..., HP ...": an address written right after the name."""
    after = said.para.text[said.end :]
    m = re.match(r"\s*,\s*", after)
    if not m or not re.match(r"(?:" + ADDRESS_WORDS + r")\b", after[m.end() :], re.I):
        return None
    value = clean_value(_cut_address(after[m.end() :]))
    if not value or not _is_address_like(value):
        return None
    start = said.end + m.end()
    return Found(value, CONF_SENTENCE - 0.02, said.para.spans(start, start + len(value), st.doc))


# --- the signature block ------------------------------------------------------------------------------

_SIGNER = re.compile(
    r"^(?:ketua|wakil|sekretaris|bendahara|kepala|koordinator|kuasa\s+hukum|advokat|pengacara"
    r"|direktur|pengurus"
    r"|anggota|orang\s+tua|keluarga|a\.?\s?n\.?\b|atas\s+nama|mewakili|perwakilan|warga|pelapor"
    r"|pengadu|pemohon|korban|mengetahui|lurah|camat|kades|ttd|tertanda)\b",
    re.I,
)
_MIN_NAME_CONF = 60.0  # OCR confidence below which a "name" under a signature is the scribble


def signature_name(st: Structure) -> Found | None:
    """The first name in the signature block (of several signers side by side, the first)."""
    for i in st.signature:
        line = st.doc.lines[i]
        text = line.text
        if text.endswith(",") or text[:1] in "\"'(" or LABEL_LINE.match(text):
            continue
        if line.words and sum(w.conf for w in line.words) / len(line.words) < _MIN_NAME_CONF:
            continue
        inline = SIGN_OFF_INLINE.match(text)
        for cell in (text[inline.end() :],) if inline else line.cells or (text,):
            cell = re.sub(r"^(?:\d{1,2}\s*[.)]\s*)", "", cell)  # the first signer of a numbered list
            name = name_at(cell.lstrip(". -|")) if cell[:1].isupper() or cell[:1] in ". -|" else None
            if name and not _SIGNER.match(cell):
                start = text.find(name.split()[0])
                return Found(name, CONF_SIGNATURE, (Span(i, max(0, start), len(text)),))
            break
    return None


def signature_address(st: Structure, name_line: int | None) -> Found | None:
    after = [i for i in st.signature if name_line is None or i > name_line]
    for i in after[:4]:
        text = st.text(i)
        if re.match(r"^(?:alamat|sekretariat)\s*:", text, re.I):
            text = text.split(":", 1)[1]
        value = clean_value(_cut_address(text))
        if value and _is_address_like(value) and not re.match(r"^(?:hp|telp|wa|e-?mail)\b", text, re.I):
            return Found(value, CONF_SIGNATURE, (Span(i, 0, len(st.text(i))),))
    return None


_KOP_ADDRESS_LABEL = re.compile(
    r"^(?:sekretariat|alamat(?:\s+kantor|\s+sekretariat)?|kantor(?:\s+pusat)?|kampus)\s*:\s*", re.I
)


def letterhead_address(st: Structure) -> Found | None:
    """The address in an organisation's kop: a ``Sekretariat:``/``Alamat:`` line first, else a line that
    starts like an address (the kop's lines in capitals name the organisation and its area)."""
    kop = st.lines_with(LETTERHEAD)
    labelled = [i for i in kop if _KOP_ADDRESS_LABEL.match(st.text(i))]
    plain = [i for i in kop if i not in labelled and not st.text(i).isupper()]
    for i in labelled + plain:
        text = st.text(i)
        m = _KOP_ADDRESS_LABEL.match(text)
        start = m.end() if m else 0
        rest = text[start:]
        value = rest
        # A kop address wraps like any other ("..., Kecamatan Banyuwangi,\nBanyuwangi").
        j = i + 1
        while (
            j < len(st.roles)
            and st.roles[j] == LETTERHEAD
            and (value.rstrip().endswith(",") or _WANTS_NAME.search(value))
            and len(st.text(j).split()) <= 4
        ):
            value = f"{value} {st.text(j)}"
            j += 1
        value = clean_value(_cut_address(value))
        if value and _is_address_like(value) and (m or _ADDRESS_WORD.match(rest.strip())):
            return Found(value, CONF_SIGNATURE, (Span(i, start, len(text)),))
    return None


# --- NIK -----------------------------------------------------------------------------------------------

_NIK_LABEL = re.compile(
    r"(?:\bN\s?[I1l|!]\s?K\b|\bNo\.?\s*KTP\b|\bNomor\s+KTP\b|\bNomor\s+Induk\s+Kependudukan\b"
    r"|\bNo\.?\s*Induk\s+Kependudukan\b)"
    r"\s*(?:\(\s*NIK\s*\))?\s*(?:KTP\s*)?(?:\s*\b(?:saya|kami|pelapor|adalah|yaitu|ialah)\b)*\s*[:;.\"']*\s*"
    r"(?P<v>[^\n,]{0,44})",
    re.I,
)
_OTHER_16 = re.compile(
    r"(?:rekening|rek\.|no\.?\s*kk\b|kartu\s+keluarga|bpjs|npwp|akun|virtual|nip\b|nrp\b)", re.I
)
_DIGITISH = re.compile(r"^[0-9OoIl|!SsBZzDQ]+$")


def _digit_groups(value: str, want: int) -> tuple[str, bool, int, int] | None:
    """The digits written at the start of ``value`` (spaces, dots and dashes allowed between groups, OCR
    look-alikes repaired inside mostly-numeric groups): (digits, repaired, start, end) of a valid NIK.

    OCR may read the colon before a NIK as a digit ("NIK ”13212165207700003"): a run one or two digits
    too long gives the valid NIK at its end."""
    digits = ""
    repaired = False
    start = end = -1
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
        start = m.start() if start < 0 else start
        end = m.end()
        if len(digits) >= want + 2:
            break
    if len(digits) == want:
        return digits, repaired, start, end
    for extra in (1, 2):
        if len(digits) == want + extra and nik_problem(digits[extra:]) is None and nik_problem(digits[:want]):
            return digits[extra:], True, start, end
    return None


def find_nik(doc: Doc, avoid_lines: set[int]) -> Found | None:
    text = doc.text
    for m in _NIK_LABEL.finditer(text):
        if _line_of(doc, m.start()) in avoid_lines:
            continue
        got = _digit_groups(m.group("v"), 16)
        if got and nik_problem(got[0]) is None:
            conf = CONF_LABELLED - (CONF_REPAIRED_PENALTY if got[1] else 0)
            start = m.start("v") + got[2]
            return Found(got[0], conf, doc.spans(start, m.start("v") + got[3]))
    for m in re.finditer(r"(?<![\d\w])(\d{16})(?![\d\w])", text):
        before = text[max(0, m.start() - 30) : m.start()]
        if _OTHER_16.search(before) or _line_of(doc, m.start()) in avoid_lines:
            continue
        if nik_problem(m.group(1)) is None:
            return Found(m.group(1), CONF_UNLABELLED, doc.spans(m.start(), m.end()))
    return None


def _line_of(doc: Doc, offset: int) -> int:
    lo, hi = 0, len(doc.starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if doc.starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo


# --- phone -------------------------------------------------------------------------------------------

_PHONE_LABEL = re.compile(
    r"(?:\b(?:No|Nomor|Nmr)\.?\s*)?(?:\b(?:HP|Hp|Handphone|Hand\s?phone|Telp|Telepon|Telpon|Tlp|Tel"
    r"|Ponsel|WA|Whats\s?App|"
    r"Kontak|Seluler|Selular|Phone|Mobile)\b)(?:\s*[/&]\s*(?:WA|HP|Hp|Telp|WhatsApp|Whatsapp))?\.?"
    r"(?:\s*\b(?:saya|kami|pelapor|adalah|yaitu|ialah)\b)*"
    r"\s*(?:\(?\s*WA\s*\)?)?\s*[:;.]?\s*(?P<v>[+(]?[\dOo(][\d \t().\-OoIl|]{6,24}"
    r"|\(0\d{2,3}\)\s*\n+\s*\d[\d .\-]{4,12}\d)",
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


def find_phone(doc: Doc, avoid: Sequence[tuple[int, int]], avoid_lines: set[int]) -> Found | None:
    text = doc.text

    def skipped(start: int, end: int) -> bool:
        return any(s <= start < e or s < end <= e for s, e in avoid) or _line_of(doc, start) in avoid_lines

    for m in _PHONE_LABEL.finditer(text):
        if skipped(m.start("v"), m.end("v")):
            continue
        for raw in _clip_phone(m.group("v")):
            got = _phone_from(raw)
            if got:
                conf = CONF_LABELLED - (CONF_REPAIRED_PENALTY if got[1] else 0)
                return Found(got[0], conf, doc.spans(m.start("v"), m.end("v")))
    for m in _MOBILE.finditer(text):
        if skipped(m.start("v"), m.end("v")):
            continue
        got = _phone_from(m.group("v"))
        if got:
            return Found(got[0], CONF_UNLABELLED, doc.spans(m.start("v"), m.end("v")))
    return None


# --- e-mail --------------------------------------------------------------------------------------------

EMAIL = re.compile(
    r"(?<![\w.+-])(?P<v>[A-Za-z0-9._%+\-]+)\s?@\s?(?P<d>[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})"
)
_EMAIL_LABEL = re.compile(
    r"(?:e-?\s?mail|surel|surat\s+elektronik|dari|from)\s*[:;.]?\s*(?:[^<\n]*<)?$", re.I
)


def find_email(st: Structure, avoid_lines: set[int]) -> Found | None:
    doc = st.doc
    best: Found | None = None
    for m in EMAIL.finditer(doc.text):
        line = _line_of(doc, m.start())
        if line in avoid_lines:
            continue
        if st.roles[line] == EMAIL_HEADER and re.match(r"^(?:kepada|to|cc|bcc)\s*:", st.text(line), re.I):
            continue  # the office's own mailbox
        email = f"{m.group('v')}@{m.group('d')}".lower().strip(".")
        before = doc.text[max(0, m.start() - 40) : m.start()]
        conf = CONF_LABELLED if _EMAIL_LABEL.search(before) else 0.8
        if best is None or conf > best.confidence:
            best = Found(email, conf, doc.spans(m.start(), m.end()))
    return best


# --- the sender ----------------------------------------------------------------------------------------


@dataclass
class SenderReading:
    name: Found | None = None
    nik: Found | None = None
    phone: Found | None = None
    email: Found | None = None
    address: Found | None = None
    lawyer: bool = False


def read_sender(st: Structure) -> SenderReading:
    doc = st.doc
    kop = set(st.lines_with(LETTERHEAD))
    lawyer = any(_LAWYER.search(doc.lines[i].text) for i in kop | set(st.signature)) or bool(
        re.search(
            r"\bbertindak\s+(?:untuk\s+dan\s+)?atas\s+nama\b|\bsurat\s+kuasa\s+khusus\b", doc.text, re.I
        )
    )
    # The law office's own lines: its kop and the signature block.
    avoid = (kop | set(st.signature)) if lawyer else set()
    tables = identity_tables(st)
    table = tables[0].values if tables else {}
    body = [i for i, r in enumerate(st.roles) if r in (BODY, IDENTITY, "greeting", "salutation")]
    paras = paragraphs(doc, body)
    reading = SenderReading(lawyer=lawyer)

    signature = None if lawyer else signature_name(st)
    said = sentence_name(st, paras, lawyer)
    name = table.get("name") or (said.found if said else None) or signature
    if name is not None and signature is not None and name is not signature:
        same = _same_name(str(name.value), str(signature.value))
        name = Found(
            name.value, min(1.0, name.confidence + 0.04) if same else name.confidence - 0.1, name.spans
        )
    reading.name = name

    reading.nik = find_nik(doc, avoid)
    avoid_spans: list[tuple[int, int]] = []
    if reading.nik and reading.nik.spans:
        first, last = reading.nik.spans[0], reading.nik.spans[-1]
        avoid_spans.append((doc.starts[first.line] + first.start, doc.starts[last.line] + last.end))
    avoid_spans += [
        (m.start(), m.end())
        for m in re.finditer(r"\d[\d .]{15,}\d", doc.text)
        if len(re.sub(r"\D", "", m.group())) >= 15
    ]
    reading.phone = find_phone(doc, avoid_spans, avoid)
    reading.email = find_email(st, avoid)

    name_line = signature.spans[0].line if signature and signature.spans else None
    in_sentence = [
        f for f in (sentence_address(st, paras), address_after_name(st, said) if said else None) if f
    ]
    reading.address = (
        table.get("address")
        or max(in_sentence, key=lambda f: f.confidence, default=None)
        or (None if lawyer else signature_address(st, name_line))
        or (None if lawyer else letterhead_address(st))
    )
    return reading


def _same_name(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    from sipdumas.intake.text import collapse

    return fuzz.ratio(collapse(a), collapse(b)) >= 90
