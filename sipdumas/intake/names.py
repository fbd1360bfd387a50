"""People's names as an analyst compares them.

A name keeps what belongs to the person, their own titles and degrees as written (``Drs. H. Syamsudin
Noor``, ``Dadan Ramdani, S.Pd., M.Pd.``, ``Baharuddin Dg. Ngalle``), and loses what others call them:
honorifics (Bapak, Ibu, Sdr., Ny. ...) and military or police ranks (Kolonel (Purn.), Purnawirawan,
AKBP ...). A line that is not a person's name (an office, a label, "Warga yang peduli") is refused.
"""

from __future__ import annotations

import re

NAME_WORD = r"(?:[A-Z][A-Za-z'`\-]*\.?|[A-Z]\.)"
_NAME_PARTICLE = r"(?:bin|binti|br\.?|boru|van|der|de|al|el|dan)"
# A name in running text: capitalised words (with particles), optionally followed by degrees after a
# comma ("Dadan Ramdani, S.Pd., M.Pd.").
NAME_RE = NAME_WORD + r"(?:\s+(?:" + NAME_WORD + r"|" + _NAME_PARTICLE + r"(?=\s+[A-Z]))){0,6}"

# Academic and professional degrees written after a name (S.Pd., M.Pd., S.H., M.H., S.Kom., Ph.D.,
# S.Pd.I., A.Md., dr. ...), and titles before it that belong to the person (Drs., Dr., Ir., H., Hj.).
# Address abbreviations ("Zulkarnain, Jl. Lintas ...") are not degrees.
DEGREE = (
    r"(?!(?:Jl|Jln|Kel|Kec|Kab|Ds|Dsn|Gg|No|Kp|Dk|Rt|Rw|Prov|Perum|Komp|Lr|Kav|Blok|Hp|Telp|Tlp)\.)"
    r"(?:[A-Z][a-z]{0,4}\.(?:\s?[A-Z][a-z]{0,4}\.){0,3}|Ph\.?\s?D\.?|MBA|MM|MT|MH|MSi|SE|SH|ST)"
)
_DEGREES_AFTER = re.compile(r"^(?:\s*,\s*" + DEGREE + r")+")

_HONORIFIC = (
    r"bapak|bpk|pak|ibu|ibunda|bu|sdr|sdri|sdra|saudara|saudari|tuan|nyonya|ny|tn|nn|nona|mbak|mas|kak|"
    r"bung|yth|yang\s+terhormat|almarhum|almarhumah|alm|almh"
)
# Ranks of the armed forces and police, with an optional "(Purn.)": never part of a name as the register
# compares it.
_RANK = (
    r"purnawirawan|purn|jenderal|jend|letjen|mayjen|brigjen|kolonel|kol|letkol|mayor|kapten|kapt|"
    r"lettu|letda|letnan|peltu|pelda|serma|serka|sertu|serda|sersan|kopral|kopka|koptu|kopda|praka|"
    r"pratu|prada|prajurit|laksamana|laksda|laksma|marsekal|marsda|marsma|komjen|irjen|brigjen\s+pol|"
    r"kombes|kombes\s+pol|akbp|kompol|akp|iptu|ipda|aiptu|aipda|bripka|brigpol|brigadir|briptu|bripda|"
    r"bharada|bharatu|bharaka|pensiunan|pns"
)
_LEADING = re.compile(
    r"^(?:(?:(?:"
    + _HONORIFIC
    + "|"
    + _RANK
    + r")\b\.?|a\.?n\.)\s*(?:\(\s*purn\.?\s*\)\s*|\bpurn\b\.?\s*)?[,.]?\s+)",
    re.I,
)
_PURN_ANYWHERE = re.compile(
    r"\(\s*purn(?:awirawan)?\.?\s*\)|,?\s*\bpurnawirawan\b\.?(?:\s+(?:TNI|Polri|ABRI)(?:\s*-?\s*A[DLU]\b)?)?",
    re.I,
)
# Titles before the name that are the person's own; kept.
_OWN_TITLES = {
    "h",
    "hj",
    "hi",
    "dg",
    "drs",
    "dra",
    "dr",
    "ir",
    "prof",
    "kh",
    "k.h",
    "ust",
    "ustadz",
    "pdt",
    "rm",
    "raden",
    "r",
    "rr",
    "ra",
    "teuku",
    "t",
    "cut",
    "andi",
    "daeng",
    "moh",
    "muh",
    "mhd",
    "m",
}

NOT_NAME_WORDS = {
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
    "sekretaris",
    "bendahara",
    "pengurus",
    "anggota",
    "kelompok",
    "tani",
    "nelayan",
    "kuasa",
    "hukum",
    "advokat",
    "pengacara",
    "kampung",
    "dusun",
    "lingkungan",
    "rukun",
    "pemerintah",
    "distrik",
    "yayasan",
    "koperasi",
    "ibu",
    "bapak",
    "korban",
    "pasien",
    "mahasiswa",
    "siswa",
    "guru",
    "petani",
    "sekolah",
    "rumah",
    "sakit",
    "camat",
    "lurah",
    "kades",
    "sekdes",
    "wakil",
    "partners",
    "law",
    "office",
    "firm",
    "tim",
    "panitia",
    "ketua,",
    "dari",
    "untuk",
    "kepada",
    "di",
    "tempat",
    "salam",
    "wassalam",
    "wassalamualaikum",
    "assalamualaikum",
    "yth",
    "jakarta",
    "sekian",
    "mohon",
    "tolong",
    "pak",
    "bu",
    "surat",
}

_SKIP_PARTICLES = {"bin", "binti", "br", "br.", "boru", "van", "der", "de", "al", "el"}


def strip_honorifics(raw: str) -> str:
    """``raw`` without leading honorifics and ranks (repeated: "Bapak Kolonel (Purn.) X")."""
    name = _PURN_ANYWHERE.sub(" ", raw)
    name = re.sub(r"\s+", " ", name).strip(" ,;:-")
    for _ in range(4):
        new = _LEADING.sub("", name)
        if new == name:
            break
        name = new.strip(" ,;:-")
    return name


def clean_name(raw: str | None) -> str | None:
    """A person's name without honorifics, ranks or trailing punctuation; None when it is not a name."""
    if not raw:
        return None
    name = re.sub(r"[\[\]\"|_*]", " ", raw)
    name = re.sub(r"\(\s*(?:ttd|tanda\s+tangan)\.?\s*\)", " ", name, flags=re.I)
    name = re.sub(r"\s+", " ", name).strip(" ,;:-_'`")
    name = strip_honorifics(name)
    # A stray mark left of the name (OCR of a signature or a bullet): ". Tarsini", "- Tarsini".
    name = re.sub(r"^[^A-Za-z]+", "", name)
    name = name.rstrip(" ,;:-")
    # Keep the full stop of an abbreviation or degree ("S.Pd.", "Hi."), drop a sentence's full stop.
    if name.endswith(".") and not re.search(r"(?:\b[A-Z][a-z]{0,4}\.|\b[A-Z]\.)$", name):
        name = name[:-1]
    if not looks_like_name(name):
        return None
    return name


def looks_like_name(name: str) -> bool:
    main, _, degrees = name.partition(",")
    words = main.split()
    if not 1 <= len(words) <= 7 or len(name) > 70:
        return False
    if any(ch.isdigit() for ch in name) or "@" in name or "/" in name:
        return False
    if degrees and not _DEGREES_AFTER.match("," + degrees):
        return False
    letters = sum(ch.isalpha() for ch in main)
    if letters < 3 or letters < 0.7 * len(main.replace(" ", "")):
        return False
    capitalised = 0
    for word in words:
        bare = word.strip(".,'`-()").lower()
        if bare in NOT_NAME_WORDS:
            return False
        if word[:1].isupper():
            capitalised += 1
        elif bare not in _SKIP_PARTICLES:
            return False
    if main.isupper() and len(words) >= 5:
        return False  # a heading in capitals, not a name
    # A lone word is accepted only when it looks like a personal name, not a stray OCR fragment.
    if len(words) == 1:
        word = words[0].strip(".")
        return len(word) >= 3 and word[1:].islower() or (word.isupper() and len(word) >= 4)
    real = [w for w in words if len(w.strip(".")) >= 2 and w.strip(".").lower() not in _OWN_TITLES]
    return capitalised >= 1 and bool(real)


def name_at(text: str) -> str | None:
    """The name that starts ``text`` (a sentence or a line; honorifics and ranks before it are passed
    over), with degrees after it, or None."""
    text = strip_honorifics(text)
    m = re.match(NAME_RE, text)
    if not m:
        return None
    end = m.end()
    degrees = _DEGREES_AFTER.match(text[end:])
    if degrees:
        end += degrees.end()
    return clean_name(text[:end])
