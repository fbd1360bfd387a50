"""The subject: the ``Hal``/``Perihal`` line (before or after the addressee, running onto the next
line), an e-mail's ``Subjek``, or else a title line in capitals, given in sentence case."""

from __future__ import annotations

import re

from sipdumas.intake.evidence import CONF_LABELLED, CONF_SENTENCE, Found
from sipdumas.intake.lines import Span
from sipdumas.intake.roles import EMAIL_HEADER, SUBJECT, SUBJECT_RE, TITLE, Structure
from sipdumas.intake.text import clean_value

# Words kept in capitals when a title is put in sentence case: abbreviations a reader would write so.
_KEEP_UPPER = re.compile(r"^(?:[A-Z]{2,6}|[A-Z]+\d+|[IVX]{2,4})$")
_VOWELS = set("AIUEO")


def find_subject(st: Structure) -> Found | None:
    labelled = [i for i in st.lines_with(SUBJECT) if i < st.body_start]
    header = [i for i in labelled if st.roles[i] == SUBJECT and _is_header_subject(st, i)]
    letter = [i for i in labelled if i not in header]
    for group in (letter, header):
        found = _labelled(st, group)
        if found:
            return found
    return _title(st)


def _is_header_subject(st: Structure, i: int) -> bool:
    return any(st.roles[j] == EMAIL_HEADER for j in (i - 1, i + 1) if 0 <= j < len(st.roles))


def _labelled(st: Structure, lines: list[int]) -> Found | None:
    for i in lines:
        if i > 0 and st.roles[i - 1] == SUBJECT and (i - 1) in lines:
            continue  # a continuation line, read with its first line
        m = SUBJECT_RE.match(st.text(i))
        if not m:
            continue
        spans = [Span(i, m.start("v"), len(st.text(i)))]
        value = m.group("v")
        j = i + 1
        while j < len(st.roles) and st.roles[j] in (SUBJECT, "blank") and j <= i + 3:
            if st.roles[j] == SUBJECT:
                again = SUBJECT_RE.match(st.text(j))
                if again and again.group("sep"):
                    break
                value = f"{value} {st.text(j)}"
                spans.append(Span(j, 0, len(st.text(j))))
            j += 1
        value = clean_value(re.sub(r"[\s.;:,]+$", "", value))
        if value and value not in {"-", "--"}:
            return Found(value, CONF_LABELLED if m.group("sep") else CONF_SENTENCE, tuple(spans))
    return None


def _title(st: Structure) -> Found | None:
    lines = [i for i in st.lines_with(TITLE) if i < st.body_start]
    if not lines:
        return None
    first = lines[0]
    group = [first]
    for i in lines[1:]:
        if i == group[-1] + 1:
            group.append(i)
    value = clean_value(re.sub(r"[\s.;:,]+$", "", " ".join(st.text(i) for i in group)))
    if not value:
        return None
    return Found(sentence_case(value), 0.75, tuple(Span(i, 0, len(st.text(i))) for i in group))


def sentence_case(title: str) -> str:
    """A title typed in capitals as a sentence: first letter capital, abbreviations (RSUD, PBG) kept."""
    words = []
    for k, word in enumerate(title.split()):
        core = word.strip("()[].,;:\"'")
        keep = bool(_KEEP_UPPER.match(core)) and (
            not (set(core) & _VOWELS) or word.startswith("(") or len(core) <= 4 and _looks_like_acronym(core)
        )
        if keep:
            words.append(word)
        elif k == 0:
            words.append(word[:1].upper() + word[1:].lower())
        else:
            words.append(word.lower())
    return " ".join(words)


def _looks_like_acronym(word: str) -> bool:
    # Short words of Indonesian in capitals are ordinary words (DAN, DI, PADA, YANG); acronyms rarely
    # alternate consonant and vowel like them.
    return word not in {
        "DAN",
        "DI",
        "KE",
        "DARI",
        "PADA",
        "YANG",
        "ATAS",
        "AKAN",
        "OLEH",
        "ADA",
        "INI",
        "ITU",
        "JAM",
        "UNTUK",
        "TIDAK",
        "DESA",
        "KAMI",
        "SAYA",
        "AIR",
        "ANAK",
        "IBU",
        "BAYI",
        "GURU",
        "DANA",
        "RUSAK",
        "LAMA",
        "BARU",
        "BELUM",
        "SUDAH",
        "HAK",
        "ATAU",
        "JUGA",
        "TANAH",
        "RUMAH",
        "SAKIT",
        "JALAN",
        "KOTA",
        "WARGA",
        "SURAT",
        "MOHON",
        "TOLONG",
        "GAJI",
    }
