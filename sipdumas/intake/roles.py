"""The role of every line of a letter: what part of the letter it belongs to.

Complainants do not follow one layout: the place-and-date line may come first or only above the
signature, ``Perihal`` before or after the addressee, a title in capitals instead of ``Hal``, the
identity as a table or inside a sentence, a signature with an address and an e-mail under it and no
``Hormat saya``. So the letter is not read in one layout's order. Each line is first recognised by
what it says (:func:`line_kind`: a ``Kepada Yth.`` line, a place and date, a label, a greeting, a
closing ...); then the letter's three zones are found from those anchors (the head before the body,
the body, the foot with the signature and the tembusan); then lines that only their neighbours explain
get their role (an addressee's second line, the city under ``di -``, the kop of an organisation, the
name and contacts under a signature).

The field readers (:mod:`~sipdumas.intake.place_date`, :mod:`~sipdumas.intake.subject`,
:mod:`~sipdumas.intake.addressing`, :mod:`~sipdumas.intake.identity`) work from these roles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sipdumas.intake.dates import find_date
from sipdumas.intake.lines import Doc

LETTERHEAD = "letterhead"
EMAIL_HEADER = "email_header"
REFERENCE = "reference"  # Nomor / Lampiran / Sifat
SUBJECT = "subject"
TITLE = "title"
PLACE_DATE = "place_date"
ADDRESSEE = "addressee"
ROUTE = "route"  # the c.q. line under an addressee
ADDRESSEE_PLACE = "addressee_place"  # "di Jakarta", "Di Tempat", a street or city under the addressee
GREETING = "greeting"  # Assalamualaikum, Salam sejahtera, Syalom
SALUTATION = "salutation"  # Dengan hormat
IDENTITY = "identity"  # a labelled line: Nama : ..., NIK : ..., Alamat : ...
BODY = "body"
CLOSING = "closing"  # Demikian ..., Terima kasih, Wassalam
SIGN_OFF = "sign_off"  # Hormat saya, Hormat kami, Pelapor,
SIGNER = "signer"  # the signer's position: Ketua RW 012, Kuasa Hukum, Ibu korban
SIGNATURE = "signature"  # the signer's name
CONTACT = "contact"  # an address, phone or e-mail line under the signature
TEMBUSAN = "tembusan"  # the Tembusan line and its entries
NOISE = "noise"  # page numbers, specks and scribbles read as text
BLANK = "blank"

YTH = r"(?:[Yy][ti1l]{0,2}[hn]\b\.?|[Yy]ang\s+[Tt]erhormat\b)"
# How an addressee is named: an honorific or an office.
ADDRESSED = (
    r"bapak|ibu|pak\b|bu\b|sdr|saudara|tuan|yth|presiden|menteri|gubernur|bupati|wali\s*kota"
    r"|walikota|camat|lurah"
    r"|kepala|ketua|direktur|kapolri|kapolda|kapolres|jaksa|inspektur|rektor|pimpinan|panglima|dewan|komisi"
    r"|ombudsman|badan|dinas|kantor|kementerian|penjabat|pj\.?|plt\.?"
)
YTH_RE = re.compile(r"^\s*" + YTH + r"\s*[:.,;]*\s*", re.I)

_GREETING = re.compile(
    r"^(?:assalam\w*|as+alamu\W?alaikum\w*|salam\s+sejahtera|salam\s+hormat|salam\s+damai|sy?alom|shalom"
    r"|om\s+swastiastu|namo\s+buddhaya|selamat\s+(?:pagi|siang|sore|malam)|dear\b|bismillah\w*)",
    re.I,
)
_SALUTATION = re.compile(r"^(?:dengan\s+hormat|dengan\s+segala\s+hormat)\b", re.I)
_CLOSING = re.compile(
    r"^(?:demikian\b|atas\s+(?:perhatian|bantuan|kebijaksanaan)|terima\s*kasih|trims|wassalam\w*|wasalam\w*"
    r"|tuhan\s+(?:yesus\s+)?memberkati|sekian\b|salam\s+(?:saya|kami)\b)",
    re.I,
)
SIGN_OFF_RE = re.compile(
    r"^(?:hormat\s+(?:saya|kami)|salam\s+hormat\s+(?:saya|kami)|salam\s+(?:saya|kami)"
    r"|wassalam\w*\s*,?\s*hormat"
    r"|(?:yang\s+)?(?:membuat\s+(?:laporan|pengaduan|pernyataan|surat)|mengadu|melapor|menyampaikan)\w*"
    r"|pelapor|pengadu|pemohon|kuasa\s+hukum(?:\s+pelapor|\s+pemohon)?|penerima\s+kuasa)\s*[,:.]?\s*$",
    re.I,
)
# "Hormat saya, Budi Santoso" on one line: the sign-off with the signer's name after it.
SIGN_OFF_INLINE = re.compile(
    r"^(?:hormat\s+(?:saya|kami)|salam\s+(?:hormat\s+)?(?:saya|kami))\s*,\s*(?=[A-Z(])", re.I
)
TEMBUSAN_RE = re.compile(r"^(?:T[ea]mbus[a-z]{1,4}|Tindasan|Cc|CC|Tembusan)\b\s*(?P<rest>.*)$")
_PAGE_MARK = re.compile(
    r"^(?:-\s*\d+\s*-|halaman\s+\d+(?:\s*(?:dari|/)\s*\d+)?|\d+\s*/\s*\d+|page\s+\d+.*)$", re.I
)
LABEL_LINE = re.compile(r"^(?P<label>[A-Za-z][A-Za-z./\-() ]{0,30}?)\s*[:;]\s*(?P<value>.*)$")
_EMAIL_KEYS = re.compile(
    r"^(?:dari|from|tanggal|date|terkirim|dikirim|sent|kepada|to|cc|bcc|subjek|subject|perihal|hal)\s*:", re.I
)
_REFERENCE = re.compile(r"^(?:nomor|no\.?|nmr|lampiran|lamp\.?|sifat)\s*[.:;]", re.I)
_NOT_REFERENCE = re.compile(
    r"^(?:no\.?|nomor)\s*(?:hp|telp|tel|telepon|wa|ktp|nik|handphone|ponsel|kontak)", re.I
)
SUBJECT_RE = re.compile(
    r"^(?:Peri\s?hal|Prihal|Perihal|Hal|HaI|Ha1|Subjek|Subject|Tentang"
    r"|Re)\s*(?P<sep>[.:;]+)?\s*[:;]?\s*(?P<v>.*)$",
    re.I,
)
ADDRESSEE_START = re.compile(
    r"^(?:(?:Kepada|KEPADA|kepada|Kpd\.?)\s*(?:" + YTH + r")?|" + YTH + r")\s*[:.,;]*\s*(?P<rest>.*)$"
)
ADDRESSEE_STOP = re.compile(
    r"^(?:di\b|di-|d\.?i\.?\s|dengan\s+hormat|jl\b|jln\b|jalan\b|gedung\b|gd\.|komplek|kompleks|cq\b|c\.q\b|"
    r"c[gq]\.|u\.?p\b|tempat\b|up\.|perihal|hal\b|lampiran|nomor)",
    re.I,
)
_IDENTITY_LABEL = re.compile(
    r"^(?:nama(?:\s+lengkap|\s+pelapor|\s+pengadu)?|n\s?[i1l|]\s?k|no\.?\s*ktp|nomor\s+ktp"
    r"|alamat(?:\s+\w+){0,2}|domisili"
    r"|tempat\s*/?\s*(?:tgl|tanggal)\.?\s*lahir|tempat\s+tinggal|ttl|umur|usia|pekerjaan|jabatan|agama"
    r"|jenis\s+kelamin|kewarganegaraan|status|no\.?\s*(?:hp|telp|telepon|wa)(?:\s*/\s*\w+)?"
    r"|nomor\s+(?:hp|telepon|wa)"
    r"|telp(?:on)?\.?(?:\s*/\s*hp)?|telepon|hp(?:\s*/\s*wa)?|wa|e-?mail|surel|pendidikan|instansi"
    r"|unit\s+kerja)"
    r"\s*[:;]",
    re.I,
)
# Words of a kop (letterhead): who the organisation is, and how to reach it.
_KOP_WORDS = re.compile(
    r"\b(?:sekretariat|alamat|kantor|telp|telepon|hp|fax|faks|e-?mail|website|jl\.|jalan|kode\s+pos"
    r"|akta\s+notaris"
    r"|kelompok|forum|pemerintah|rukun\s+(?:warga|tetangga)|yayasan|lembaga|perkumpulan|paguyuban|koperasi"
    r"|serikat|asosiasi|ikatan|himpunan|advokat|konsultan\s+hukum|law\s+(?:firm|office)|partners|lbh|ormas"
    r"|dewan\s+pimpinan|pengurus|aliansi|gerakan|komunitas|badan\s+permusyawaratan)\b",
    re.I,
)
_PLACE_DATE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z'\-]+\.?(?:\s+[A-Z][A-Za-z'\-]+){0,3})\s*,\s*"
    r"(?:(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\s*,?\s*)?(?:(?:tanggal"
    r"|tgl\.?)\s*)?(?P<rest>\d.*)$",
    re.I,
)
_PLACE_DATE_NO_COMMA = re.compile(
    r"^(?P<place>[A-Z][a-z'\-]+(?:\s+[A-Z][a-z'\-]+){0,2})\s+"
    r"(?P<rest>[0-3]?\d\s+[A-Za-z]{3,10}\.?\s+(?:19|20)\d{2}\.?)$"
)
_DATE_ONLY = re.compile(
    r"^(?:(?:tanggal|tgl\.?|date)\s*[:.]?\s*)?(?:(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu"
    r"|ahad)\s*,?\s*)?"
    r"(?P<rest>\d.*)$",
    re.I,
)
_NOT_PLACES = {
    "nomor",
    "no",
    "hal",
    "perihal",
    "lampiran",
    "sifat",
    "nik",
    "tanggal",
    "tgl",
    "telp",
    "hp",
    "umur",
    "usia",
    "sejak",
    "pada",
    "tahun",
    "bulan",
    "rp",
    "jam",
    "pukul",
    "ttl",
    "lahir",
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "jum'at",
    "sabtu",
    "minggu",
    "ahad",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
}


def place_date(text: str) -> tuple[str | None, tuple[int, int] | None, tuple[int, int]] | None:
    """(place, place span, date span) when the whole line is ``Place, date`` or a date alone."""
    m = _PLACE_DATE.match(text)
    if m and m.group("place").split()[0].lower().rstrip(".") not in _NOT_PLACES:
        rest = m.group("rest")
        found = find_date(rest)
        if found and found[2].start() <= 2 and len(rest) - found[2].end() <= 3:
            start = m.start("rest") + found[2].start()
            return (
                m.group("place").rstrip("."),
                (m.start("place"), m.end("place")),
                (start, m.start("rest") + found[2].end()),
            )
    m = _DATE_ONLY.match(text)
    if m:
        rest = m.group("rest")
        found = find_date(rest)
        if found and found[2].start() == 0 and len(rest) - found[2].end() <= 2:
            return None, None, (m.start("rest"), m.start("rest") + found[2].end())
    # "Gresik 12 Juni 2025": the comma forgotten; only with the month in words, so that a line such as
    # "Nomor 12 ..." or an address with numbers is not taken for a date.
    m = _PLACE_DATE_NO_COMMA.match(text)
    if m and m.group("place").split()[0].lower() not in _NOT_PLACES:
        found = find_date(m.group("rest"))
        if found and found[2].start() == 0 and len(m.group("rest")) - found[2].end() <= 1:
            return m.group("place"), (m.start("place"), m.end("place")), (m.start("rest"), m.end("rest"))
    return None


def line_kind(text: str) -> str | None:
    """The role a line has by what it says alone, or None when only its neighbours can tell."""
    if not text:
        return BLANK
    if _PAGE_MARK.match(text):
        return NOISE
    if TEMBUSAN_RE.match(text) and _tembusan_head(text):
        return TEMBUSAN
    if _SALUTATION.match(text):
        return SALUTATION
    if SIGN_OFF_RE.match(text):
        return SIGN_OFF
    inline = SIGN_OFF_INLINE.match(text)
    if inline and len(text[inline.end() :].split()) <= 6:
        return SIGN_OFF
    if _GREETING.match(text):
        return GREETING
    if place_date(text):
        return PLACE_DATE
    m = SUBJECT_RE.match(text)
    if m and (m.group("sep") or text.split()[0].lower().startswith(("peri", "prihal"))) and m.group("v"):
        return SUBJECT
    if _REFERENCE.match(text) and not _NOT_REFERENCE.match(text):
        return REFERENCE
    if _IDENTITY_LABEL.match(text):
        return IDENTITY
    if _CLOSING.match(text):
        return CLOSING
    m = ADDRESSEE_START.match(text)
    if m and not re.match(r"^kepada\s*:", text, re.I):
        rest = m.group("rest")
        said_yth = bool(re.search(YTH, text[: m.start("rest")] + " ", re.I)) and not text.lower().startswith(
            "yang"
        )
        # "Kepada X" without Yth. is an addressee when X is someone addressed ("Kepada Bapak Bupati"),
        # not words going on ("kepada anggota kelompok").
        addressed = not rest or said_yth or re.match(r"^(?:" + ADDRESSED + r")", rest, re.I)
        if addressed and not re.match(
            r"^(?:saya|kami|kita|mereka|anak|pihak|warga|masyarakat|yang)\b", rest, re.I
        ):
            return ADDRESSEE
    return None


def _tembusan_head(text: str) -> bool:
    rest = TEMBUSAN_RE.match(text).group("rest")  # type: ignore[union-attr]
    return (
        not rest
        or rest[0] in ":.,;Yy(dk-"
        or rest[0].isupper()
        or rest.lower().startswith(("disampaikan", "kepada"))
    )


_FUNCTION_WORDS = {
    "saya",
    "kami",
    "kita",
    "yang",
    "dan",
    "di",
    "ke",
    "dari",
    "ini",
    "itu",
    "dengan",
    "untuk",
    "pada",
    "tidak",
    "sudah",
    "telah",
    "akan",
    "karena",
    "oleh",
    "agar",
    "bahwa",
    "tetapi",
    "namun",
    "juga",
    "warga",
    "sebagai",
    "dalam",
    "bersama",
    "sejak",
    "hingga",
    "sampai",
    "mohon",
    "kepada",
    "bisa",
    "ada",
    "mau",
}


def is_prose(text: str) -> bool:
    """A sentence of running text (body), not a heading, a label, an address or a name."""
    words = text.split()
    if len(words) < 6:
        return False
    lower = sum(1 for w in words if w[:1].islower())
    function = sum(1 for w in words if w.strip(",.;:").lower() in _FUNCTION_WORDS)
    return lower >= 0.4 * len(words) or function >= 2


def is_uppercase_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return (
        len(letters) >= 8
        and sum(c.isupper() for c in letters) >= 0.85 * len(letters)
        and len(text.split()) >= 2
    )


def has_kop_words(text: str) -> bool:
    return bool(_KOP_WORDS.search(text)) or bool(re.search(r"@|\(0\d{2,3}\)|\b0\d{2,3}[- ]\d{4,}", text))


@dataclass
class Structure:
    """The roles of a Doc's lines and the anchors the readers use."""

    doc: Doc
    roles: list[str]
    body_start: int  # first line of the body (after the salutation or the head)
    foot_start: int  # first line after the body (closing, sign-off, signature, tembusan)
    sign_off: int | None = None
    signature: list[int] = field(default_factory=list)  # the signature block's lines, in order
    tembusan: int | None = None

    def lines_with(self, *roles: str) -> list[int]:
        return [i for i, r in enumerate(self.roles) if r in roles]

    def text(self, i: int) -> str:
        return self.doc.lines[i].text


def read_structure(doc: Doc) -> Structure:
    texts = doc.texts
    n = len(texts)
    roles: list[str] = [line_kind(t) or "" for t in texts]

    _mark_email_header(texts, roles)
    tembusan = _last(roles, TEMBUSAN)
    end = tembusan if tembusan is not None else n
    body_start = _body_start(texts, roles, end)
    sign_off = _sign_off(roles, body_start, end)

    # The head: only lines before the body keep head roles; the same words inside the body are text.
    for i in range(body_start, end):
        if roles[i] in (ADDRESSEE, SUBJECT, REFERENCE, GREETING, TITLE) and i != sign_off:
            roles[i] = BODY if roles[i] != GREETING or i > body_start + 2 else GREETING
    _read_head(texts, roles, body_start)

    foot_start, signature = _read_foot(texts, roles, body_start, end, sign_off)
    for i in range(body_start, foot_start):
        if not roles[i]:
            roles[i] = BODY
    if tembusan is not None:
        for i in range(tembusan + 1, n):
            if roles[i] not in (BLANK, NOISE):
                roles[i] = TEMBUSAN
    for i in range(n):
        if not roles[i]:
            roles[i] = BODY
    return Structure(doc, roles, body_start, foot_start, sign_off, signature, tembusan)


def _last(roles: list[str], role: str) -> int | None:
    for i in range(len(roles) - 1, -1, -1):
        if roles[i] == role:
            return i
    return None


def _mark_email_header(texts: list[str], roles: list[str]) -> None:
    """A pasted or saved e-mail's ``Dari:/Tanggal:/Kepada:/Subjek:`` lines at the top."""
    i = 0
    while i < len(texts) and not texts[i]:
        i += 1
    run = []
    while i < len(texts) and texts[i] and _EMAIL_KEYS.match(texts[i]):
        run.append(i)
        i += 1
    keys = {texts[j].split(":")[0].strip().lower() for j in run}
    if len(run) >= 2 and keys & {"dari", "from", "kepada", "to", "terkirim", "sent", "tanggal", "date"}:
        for j in run:
            key = texts[j].split(":")[0].strip().lower()
            roles[j] = SUBJECT if key in ("subjek", "subject", "perihal", "hal") else EMAIL_HEADER
    elif run and texts[run[0]].lower().startswith("tanggal e-mail"):
        roles[run[0]] = EMAIL_HEADER


def _body_start(texts: list[str], roles: list[str], end: int) -> int:
    """The first line of the body: after ``Dengan hormat``, else the first paragraph of running text."""
    for i in range(min(end, 80)):
        if roles[i] == SALUTATION:
            # "Dengan hormat, saya ..." on one line: the body starts on that line.
            rest = re.sub(r"^dengan\s+(?:segala\s+)?hormat\s*[,.:]?\s*", "", texts[i], flags=re.I)
            return i if len(rest.split()) >= 3 else i + 1
    for i in range(end):
        if roles[i] in (ADDRESSEE, SUBJECT, REFERENCE, PLACE_DATE, EMAIL_HEADER, TEMBUSAN, SIGN_OFF):
            continue
        if not texts[i]:
            continue
        joined = i + 1 < end and texts[i + 1] and not roles[i + 1] and is_prose(texts[i] + " " + texts[i + 1])
        if is_prose(texts[i]) or joined:
            if roles[i] == GREETING and len(texts[i].split()) <= 4 and not is_prose(texts[i]):
                continue
            return i
        if roles[i] == IDENTITY:
            return i
    return end  # no running text at all: every line is part of the head


def _sign_off(roles: list[str], body_start: int, end: int) -> int | None:
    for i in range(end - 1, body_start - 1, -1):
        if roles[i] == SIGN_OFF:
            return i
    return None


_ADDRESSEE_CONTINUES = re.compile(
    r"^(?:[a-z]|&|(?i:dan|republik|indonesia|RI|R\.I|serta|kabupaten|kab\.|kota|provinsi|prov\.|daerah|negara"
    r"|wilayah|perwakilan|cabang|kantor\s+wilayah)\b)"
)
_STREET = re.compile(r"^(?:jl\b|jln\b|jalan\b|gedung\b|gd\.|komplek|kompleks|kantor\b|kav\b|no\.\s*\d)", re.I)


def _read_head(texts: list[str], roles: list[str], body_start: int) -> None:
    """Roles of the head lines that their neighbours explain."""
    # Addressee blocks: the lines after "Kepada Yth." up to the place ("di ...") and the street.
    i = 0
    while i < body_start:
        if roles[i] == ADDRESSEE:
            i = _addressee_block(texts, roles, i, body_start)
        elif roles[i] == SUBJECT:
            i = _subject_block(texts, roles, i, body_start)
        else:
            i += 1
    # Letterhead (kop): the top block before the letter's own parts, when it names an organisation
    # or gives an address or phone.
    first_part = next(
        (
            i
            for i in range(body_start)
            if roles[i] in (REFERENCE, SUBJECT, PLACE_DATE, ADDRESSEE, GREETING, SALUTATION, EMAIL_HEADER)
        ),
        body_start,
    )
    top = [i for i in range(first_part) if texts[i] and not roles[i]]
    if top and any(has_kop_words(texts[i]) for i in top):
        for i in top:
            roles[i] = LETTERHEAD
    # A title: a line in capitals in the head that is not part of a kop.
    for i in range(body_start):
        if not roles[i] and texts[i] and is_uppercase_heading(texts[i]):
            roles[i] = TITLE
            j = i + 1
            while j < body_start and not roles[j] and texts[j] and is_uppercase_heading(texts[j]):
                roles[j] = TITLE
                j += 1
    for i in range(body_start):
        if not roles[i]:
            roles[i] = NOISE if texts[i] else BLANK


def _addressee_block(texts: list[str], roles: list[str], i: int, limit: int) -> int:
    m = ADDRESSEE_START.match(texts[i])
    rest = YTH_RE.sub("", m.group("rest")) if m else texts[i]
    j = i + 1
    parts = 1 if rest else 0
    # "Kepada" / "Kepada Yth." alone: the addressee is on the next line(s), maybe after a blank.
    if not rest:
        while j < limit and not texts[j]:
            j += 1
        if j < limit and not roles[j] or (j < limit and roles[j] == ADDRESSEE):
            roles[j] = ADDRESSEE
            parts = 1
            j += 1
    previous = texts[j - 1]
    last_role = roles[j - 1]
    while j < limit and parts:
        t = texts[j]
        if not t:
            # OCR puts blank lines inside the block: go on only if the next line clearly belongs to it.
            if (
                j + 1 < limit
                and texts[j + 1]
                and not roles[j + 1]
                and _belongs(last_role, previous, texts[j + 1])
            ):
                j += 1
                continue
            break
        if roles[j] and roles[j] != ADDRESSEE:
            break
        role = _addressee_line_role(last_role, previous, t)
        if role is None:
            break
        roles[j] = role
        last_role = role
        previous = t
        j += 1
    return max(j, i + 1)


_OFFICE_WORDS = re.compile(
    r"^(?:kepala|ketua|direktur|menteri|gubernur|bupati|wali\s*kota|walikota|camat|lurah|presiden"
    r"|kapolri|kapolda"
    r"|kapolres|jaksa|sekretaris|inspektur|rektor|dekan|pimpinan|panglima|komandan|penjabat|plt\.?"
    r"|pj\.?|wakil"
    r"|anggota|dirut|direksi|kajati|kajari|kasat|kabag|kabid|kadis)\b",
    re.I,
)


def _addressee_line_role(last_role: str, previous: str, t: str) -> str | None:
    """The role of ``t`` inside an addressee block whose previous line had ``last_role``, or None when
    the block has ended."""
    if re.match(r"^(?:c\.?\s?[qg]\b\.?|u\.?p\.?\b)", t, re.I):
        return ROUTE
    if ADDRESSEE_STOP.match(t) or _STREET.match(t):
        return ADDRESSEE_PLACE
    if last_role == ADDRESSEE and (_addressee_goes_on(previous, t) or _person_then_office(previous, t)):
        return ADDRESSEE
    if last_role in (ADDRESSEE_PLACE, ROUTE) and len(t.split()) <= 4 and not is_prose(t):
        return ADDRESSEE_PLACE  # the city under "di -", the city under the street
    return None


def _belongs(last_role: str, previous: str, t: str) -> bool:
    role = _addressee_line_role(last_role, previous, t)
    if role == ADDRESSEE_PLACE and last_role in (ADDRESSEE_PLACE, ROUTE):
        # After a blank line only the city under "di -" is taken, not any short line.
        return bool(
            re.search(r"\bdi\s*[-.:]?$", previous, re.I) or ADDRESSEE_STOP.match(t) or _STREET.match(t)
        )
    return role is not None


def _addressee_goes_on(previous: str, line: str) -> bool:
    """The addressee runs onto ``line``: the previous line is unfinished or this one continues it."""
    return (
        previous.rstrip().endswith((",", "/", "-", "&"))
        or bool(re.search(r"\b(?:dan|republik|serta)$", previous, re.I))
        or bool(_ADDRESSEE_CONTINUES.match(line))
    )


def _person_then_office(previous: str, line: str) -> bool:
    """An addressee named as a person ("Bapak Ir. H. Ahmad, M.T.") with the office on the next line."""
    return bool(_OFFICE_WORDS.match(line)) and not _OFFICE_WORDS.search(previous)


_SUBJECT_UNFINISHED = re.compile(
    r"(?:[,/&\-]|\b(?:dan|atau|serta|atas|di|ke|dari|terhadap|untuk|oleh|yang|pada|dengan|tentang|mengenai"
    r"|kepada|bagi|dalam|akibat|karena|oknum|the|of|and))\s*$",
    re.I,
)


def _subject_block(texts: list[str], roles: list[str], i: int, limit: int) -> int:
    """A subject runs onto the next lines when it is visibly unfinished or the next line goes on in
    lower case (OCR may put a blank line between)."""
    head = SUBJECT_RE.match(texts[i])
    value = head.group("v") if head else texts[i]
    j = i + 1
    taken = 0
    while j < limit and taken < 2:
        k = j
        if (
            not texts[k]
            and k + 1 < limit
            and (_SUBJECT_UNFINISHED.search(value) or texts[k + 1][:1].islower())
        ):
            k += 1  # a blank line OCR put inside the subject
        t = texts[k]
        if not t or roles[k] or len(t) > 100 or _SALUTATION.match(t):
            break
        if not (_SUBJECT_UNFINISHED.search(value) or t[:1].islower()):
            break
        roles[k] = SUBJECT
        value = f"{value} {t}"
        taken += 1
        j = k + 1
    return j


# --- the foot: closing, sign-off, signature and contacts ----------------------------------------------

_SIGNER_WORDS = re.compile(
    r"^(?:ketua|wakil|sekretaris|bendahara|kepala|koordinator|kuasa\s+hukum|advokat|pengacara"
    r"|direktur|pengurus"
    r"|anggota|ibu|bapak|ayah|orang\s+tua|keluarga|a\.?\s?n\.?|atas\s+nama|an\.|mewakili|perwakilan"
    r"|warga|pelapor"
    r"|pengadu|pemohon|korban|kami|ttd|tertanda|mengetahui|lurah|camat|kades|kepala\s+desa)\b",
    re.I,
)
_SCRIBBLE_SKIP = re.compile(
    r"^(?:\(?\s*ttd\.?\s*\)?|tertanda|meterai.*|materai.*|\d+\s*$|\(?\s*tanda\s+tangan\s*\)?|cap\b.*)$", re.I
)


def _read_foot(
    texts: list[str], roles: list[str], body_start: int, end: int, sign_off: int | None
) -> tuple[int, list[int]]:
    """(first line of the foot, the signature block's lines). The signature block is what follows the
    sign-off; without one, the short lines after the last closing line or ending the letter."""
    if sign_off is not None:
        start = sign_off if SIGN_OFF_INLINE.match(texts[sign_off]) else sign_off + 1
        foot_start = sign_off
    else:
        closing = None
        for i in range(end - 1, max(body_start - 1, end - 25), -1):
            if roles[i] == CLOSING:
                closing = i
                break
        if closing is not None:
            start = closing + 1
            foot_start = closing
        else:
            # The last block, if it is short lines under running text.
            k = end - 1
            while k > body_start and not texts[k]:
                k -= 1
            first = k
            while first - 1 > body_start and texts[first - 1]:
                first -= 1
            block = range(first, k + 1)
            if k <= body_start or any(is_prose(texts[i]) for i in block) or len(block) > 6:
                return end, []
            start = foot_start = first
    # Closing lines and a place-date line just above the sign-off belong to the foot.
    while (
        foot_start - 1 > body_start
        and roles[foot_start - 1] in (CLOSING, PLACE_DATE, BLANK)
        and texts[foot_start - 1] != ""
    ):
        foot_start -= 1
    block = []
    for i in range(start, end):
        t = texts[i]
        if not t:
            continue
        if roles[i] in (TEMBUSAN,):
            break
        if roles[i] == PLACE_DATE:
            continue
        if is_prose(t) and not block:
            continue  # a closing sentence on its own line after "Terima kasih"
        if is_prose(t) and len(t.split()) > 14:
            break
        block.append(i)
        if not roles[i] or roles[i] in (BODY, CLOSING, GREETING, ADDRESSEE, SUBJECT):
            roles[i] = SIGNATURE
    return foot_start, block
