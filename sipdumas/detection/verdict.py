"""Weighing the evidence that a letter repeats an earlier one. All weights and thresholds are here.

A re-sent letter is the same complaint from the same person: the text must be nearly the same *and*
the sender must be the same (same NIK, or same name), and nothing may contradict that (two different
NIKs, two clearly different names). Similar text from another sender is a *related* letter (many
people writing about the same road), not a duplicate; the same sender about another matter is neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from sipdumas.detection.fingerprint import RESEND_PATTERNS, normalise

#: Named weights of the score (they sum to 1). The score orders candidates and is shown to the analyst.
WEIGHTS = {
    "text": 0.55,  # verified similarity of the normalised texts
    "nik": 0.20,  # same NIK
    "name": 0.12,  # same sender name
    "contact": 0.08,  # same phone or e-mail
    "resend": 0.05,  # the letter says it is sent again
}
#: Verified text similarity from which a letter from the same sender is a re-sent letter.
DUPLICATE_TEXT = 0.80
#: ... and, when neither letter names its sender (anonymous letters), the higher bar it must reach.
ANONYMOUS_TEXT = 0.93
#: Text similarity from which a letter from another sender is shown as related.
RELATED_TEXT = 0.60
#: Name similarity (0..1, word order ignored) that counts as the same name, and below which two names
#: contradict each other.
SAME_NAME = 0.88
OTHER_NAME = 0.60

_RESEND_WORDS = (
    "pengiriman ulang",
    "surat ulangan",
    "kirim kembali",
    "kirimkan kembali",
    "sampaikan kembali",
    "surat kami terdahulu",
    "surat kami sebelumnya",
    "surat kami tertanggal",
    "belum mendapat tanggapan",
    "belum ada tanggapan",
)


@dataclass(frozen=True, slots=True)
class Party:
    """One side of a comparison: a letter's comparable text and its sender."""

    text: str  # normalised (see fingerprint.normalise)
    name: str | None = None
    nik: str | None = None
    phone: str | None = None
    email: str | None = None

    @classmethod
    def of(cls, text: str | None, *, name=None, nik=None, phone=None, email=None) -> Party:
        return cls(
            normalise(text), _clean_name(name), nik or None, phone or None, (email or "").lower() or None
        )

    @property
    def anonymous(self) -> bool:
        return not (self.name or self.nik)


@dataclass(slots=True)
class Comparison:
    text: float
    same_nik: bool = False
    same_name: bool = False
    same_contact: bool = False
    conflict: str | None = None  # why the senders cannot be the same person
    resend: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def score(self) -> float:
        w = WEIGHTS
        total = (
            w["text"] * self.text
            + w["nik"] * self.same_nik
            + w["name"] * self.same_name
            + w["contact"] * self.same_contact
            + w["resend"] * self.resend
        )
        return round(min(1.0, total), 3)

    def is_duplicate(self, new: Party, old: Party) -> bool:
        if self.conflict:
            return False
        if self.same_nik or self.same_name:
            return self.text >= DUPLICATE_TEXT
        return new.anonymous and old.anonymous and self.text >= ANONYMOUS_TEXT

    def is_related(self) -> bool:
        return self.text >= RELATED_TEXT


def says_resent(raw_text: str | None) -> bool:
    """Whether the letter says it is a repeat of an earlier one."""
    low = " ".join((raw_text or "").lower().split())
    return any(w in low for w in _RESEND_WORDS) or any(re.search(p, low) for p in RESEND_PATTERNS)


def compare(new: Party, old: Party, *, resend: bool = False) -> Comparison:
    text = fuzz.ratio(new.text, old.text) / 100 if new.text and old.text else 0.0
    c = Comparison(text=round(text, 3), resend=resend)
    if new.nik and old.nik:
        if new.nik == old.nik:
            c.same_nik = True
        elif sum(a != b for a, b in zip(new.nik, old.nik, strict=False)) == 1:
            c.same_nik = True  # one digit misread by OCR
            c.notes.append("NIK berbeda satu angka (kemungkinan salah baca)")
        else:
            c.conflict = "NIK berbeda"
    if new.name and old.name:
        similarity = fuzz.token_sort_ratio(new.name, old.name) / 100
        if similarity >= SAME_NAME:
            c.same_name = True
        elif similarity < OTHER_NAME and not c.same_nik:
            c.conflict = c.conflict or "nama pengirim berbeda"
    elif new.name and not old.name and _mentions(old.text, new.name):
        c.same_name = True  # the earlier letter's sender was not recognised, but its text names them
    elif old.name and not new.name and _mentions(new.text, old.name):
        c.same_name = True
    c.same_contact = bool((new.phone and new.phone == old.phone) or (new.email and new.email == old.email))
    return c


def _clean_name(name: str | None) -> str | None:
    folded = normalise(name) if name else ""
    return folded or None


def _mentions(text: str, name: str) -> bool:
    return f" {name} " in f" {text} "
