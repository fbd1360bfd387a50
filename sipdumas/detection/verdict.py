"""Weighing the evidence that a letter repeats an earlier one. All weights and thresholds are here.

Two questions are asked of a letter and an earlier one, each answered from a table of named factors:

- **Is it the same sender?** (:data:`SENDER_WEIGHTS`) the same NIK, name, phone or e-mail, and nothing
  contradicting it: two different NIKs, or two clearly different names with no phone or e-mail in
  common, are two people.
- **Is it the same matter?** (:data:`MATTER_WEIGHTS`) a re-sent letter often has a new layout, a cover
  sentence ("dengan ini saya kirimkan kembali pengaduan saya tertanggal ...") and new words for the same
  things, so the whole-text similarity alone misses it. The factors are: the complaint's own words
  shared (:mod:`sipdumas.detection.topic`), the share of the shorter text's 5-grams found in the longer
  (a letter copied into a longer one is contained in it whole), the subject of one found in the other,
  and the whole text. Each factor is taken above what two unrelated letters share by chance
  (:data:`CHANCE`), and a factor that cannot be measured (no subject on either letter) is left out
  rather than counted as zero. A letter that cites the earlier one's date or number, or says it is sent
  again, earns a bonus (:data:`MATTER_BONUS`).

A **re-sent letter** (duplicate) is the same matter from the same sender. The same person about another
matter is not one; **related** letters are the same matter from other (or unknown) senders: many people
writing about one road. When neither letter names its sender, only a nearly identical text counts.

Whether two letters come from one **person** (for grouping letters by complainant, not for the duplicate
verdict) asks for more than a shared name: the same NIK, phone or e-mail, or the same name at the same
address (:attr:`Comparison.same_person`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from rapidfuzz import fuzz

from sipdumas.detection import topic
from sipdumas.detection.fingerprint import RESEND_PATTERNS, containment, normalise, shingle_set
from sipdumas.detection.identity import Identity
from sipdumas.domain.indonesian import long_date

#: Is it the same sender? Each piece of evidence found adds its weight (at most 1 in all).
SENDER_WEIGHTS = {
    "nik": 0.45,  # same NIK (one digit misread by OCR still counts, with a note)
    "name": 0.25,  # same name, titles and word order aside (or the name appears in the other letter)
    "phone": 0.20,  # same phone number
    "email": 0.10,  # same e-mail address
}
#: Is it the same matter? A weighted mean of the factors that can be measured on both letters.
MATTER_WEIGHTS = {
    "topic": 0.30,  # the complaint's own words shared (Jaccard, scaled by TOPIC_FULL)
    "coverage": 0.15,  # the shorter letter's own words found in the longer one
    "subject": 0.25,  # the subject of one letter found in the other (subject or text)
    "containment": 0.15,  # the shorter text's 5-grams found in the longer one
    "text": 0.15,  # similarity of the whole normalised texts
}
#: Added to the matter score (at most 1 in all): evidence that the letter follows up an earlier one.
MATTER_BONUS = {
    "citation": 0.10,  # it writes the earlier letter's date or number
    "resend": 0.05,  # it says it is sent again
}
#: What two unrelated complaint letters share by chance, per factor: only the part above it counts.
CHANCE = {"topic": 0.0, "coverage": 0.15, "subject": 0.0, "containment": 0.20, "text": 0.50}
#: Jaccard similarity of the complaint's own words at which the topic factor is full: a letter
#: rewritten in other words keeps about half of them.
TOPIC_FULL = 0.50
#: A subject or letter with fewer own words than this weighs proportionally less (one shared word
#: proves little).
FULL_WORDS = {"subject": 3, "coverage": 8}
#: The score shown to the analyst: how sure the sender is the same, and the matter.
SCORE_WEIGHTS = {"sender": 0.35, "matter": 0.65}

#: Matter score from which a letter from the same sender is a re-sent letter.
DUPLICATE_MATTER = 0.35
#: Matter score from which a letter from another or unknown sender is shown as related ...
RELATED_MATTER = 0.35
#: ... and the whole-text similarity that makes it related by itself (then the other factors are not
#: worked out: a check meets many such letters from form letters and petitions).
RELATED_TEXT = 0.60
#: Whole-text similarity needed when neither letter names its sender (anonymous letters).
ANONYMOUS_TEXT = 0.93
#: Name similarity (0..1, titles and word order aside) that counts as the same name, and below which
#: two names contradict each other.
SAME_NAME = 0.88
OTHER_NAME = 0.60
#: Address similarity (0..1) from which two letters with the same name are one person.
SAME_ADDRESS = 0.85

_RESEND_WORDS = (
    "pengiriman ulang",
    "pengiriman kembali",
    "surat ulangan",
    "kirim kembali",
    "kirimkan kembali",
    "kirim ulang",
    "kirimkan ulang",
    "sampaikan kembali",
    "ajukan kembali",
    "pengaduan ulang",
    "surat kami terdahulu",
    "surat saya terdahulu",
    "surat kami sebelumnya",
    "surat saya sebelumnya",
    "surat kami tertanggal",
    "surat saya tertanggal",
    "surat kami tanggal",
    "surat saya tanggal",
    "surat kami nomor",
    "belum mendapat tanggapan",
    "belum ada tanggapan",
    "belum mendapat balasan",
    "belum ada balasan",
    "belum mendapat jawaban",
    "belum ada jawaban",
    "tindak lanjut surat",
    "sudah mengirim surat",
    "telah mengirim surat",
    "pernah mengirim surat",
    "untuk kesekian kalinya",
    "untuk kedua kalinya",
    "untuk ketiga kalinya",
    "belum dijawab",
    "tidak dijawab",
    "belum ditanggapi",
    "tidak ditanggapi",
    "belum ada tindak lanjut",
)


@dataclass(frozen=True, slots=True)
class Party:
    """One side of a comparison: a letter's text, what it is about, and its sender.

    ``text`` is the normalised text (:func:`sipdumas.detection.fingerprint.normalise`); ``raw`` the
    text as written (for the dates and numbers it cites)."""

    text: str
    identity: Identity = field(default_factory=Identity)
    words: frozenset[str] = frozenset()
    subject_words: frozenset[str] = frozenset()
    own_words: frozenset[str] = frozenset()
    shingles: np.ndarray | None = None
    raw: str = ""
    letter_date: date | None = None
    letter_no: str | None = None

    @classmethod
    def of(
        cls,
        text: str | None,
        *,
        name: str | None = None,
        nik: str | None = None,
        phone: str | None = None,
        email: str | None = None,
        address: str | None = None,
        regency: str | None = None,
        subject: str | None = None,
        letter_date: date | None = None,
        letter_no: str | None = None,
    ) -> Party:
        identity = Identity.of(name=name, nik=nik, phone=phone, email=email, address=address, regency=regency)
        own = topic.sender_words(name, address, (email or "").replace("@", " ").replace(".", " "))
        own_stems = frozenset(topic.stem(w) for w in own) | own
        normalised = normalise(text)
        return cls(
            text=normalised,
            identity=identity,
            words=topic.normalised_content_words(normalised),
            subject_words=topic.content_words(subject),
            own_words=own_stems,
            shingles=shingle_set(normalised),
            raw=text or "",
            letter_date=letter_date,
            letter_no=letter_no,
        )

    @property
    def name(self) -> str | None:
        return self.identity.name

    @property
    def nik(self) -> str | None:
        return self.identity.nik

    @property
    def anonymous(self) -> bool:
        return not (self.identity.name or self.identity.nik)


@dataclass(slots=True)
class Comparison:
    """The evidence found between a new letter and an earlier one, each factor by its name."""

    text: float  # whole-text similarity, 0..1
    same_nik: bool = False
    same_name: bool = False
    same_phone: bool = False
    same_email: bool = False
    same_address: bool = False
    conflict: str | None = None  # why the senders cannot be the same person
    other_name: bool = False  # two clearly different names (with a shared phone or e-mail: no conflict)
    resend: bool = False
    cites_date: bool = False
    cites_number: bool = False
    #: The matter factors that could be measured, 0..1 each (above chance), by MATTER_WEIGHTS name.
    factors: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def same_contact(self) -> bool:
        return self.same_phone or self.same_email

    @property
    def same_sender(self) -> bool:
        """Some evidence that one person sent both, and none that two did."""
        return not self.conflict and (self.same_nik or self.same_name or self.same_contact)

    @property
    def same_person(self) -> bool:
        """Evidence enough to group the two letters under one complainant without reading them: the
        same NIK, phone or e-mail, or the same name at the same address; and nothing contradicting."""
        return (
            not self.conflict
            and not self.other_name
            and (self.same_nik or self.same_contact or (self.same_name and self.same_address))
        )

    @property
    def sender_score(self) -> float:
        w = SENDER_WEIGHTS
        total = (
            w["nik"] * self.same_nik
            + w["name"] * self.same_name
            + w["phone"] * self.same_phone
            + w["email"] * self.same_email
        )
        return min(1.0, total)

    @property
    def matter(self) -> float:
        """How surely the two letters carry the same complaint, 0..1."""
        weights = sum(MATTER_WEIGHTS[k] for k in self.factors)
        base = sum(MATTER_WEIGHTS[k] * v for k, v in self.factors.items()) / weights if weights else 0.0
        bonus = (
            MATTER_BONUS["citation"] * (self.cites_date or self.cites_number)
            + MATTER_BONUS["resend"] * self.resend
        )
        return round(min(1.0, base + bonus), 3)

    @property
    def score(self) -> float:
        """The score shown to the analyst, 0..1."""
        total = SCORE_WEIGHTS["sender"] * self.sender_score + SCORE_WEIGHTS["matter"] * self.matter
        return round(min(1.0, total), 3)

    def is_duplicate(self, new: Party, old: Party) -> bool:
        if self.conflict:
            return False
        if self.same_sender:
            return self.matter >= DUPLICATE_MATTER
        return new.anonymous and old.anonymous and self.text >= ANONYMOUS_TEXT

    def is_related(self) -> bool:
        return self.text >= RELATED_TEXT or self.matter >= RELATED_MATTER

    def reasons(self, agenda_no: str, old: Party) -> list[str]:
        """Why the letter is taken for a re-send of ``agenda_no`` (``old``), in the analyst's words."""
        out = []
        if self.same_nik:
            out.append(f"NIK sama dengan surat {agenda_no}")
        if self.same_name:
            out.append(f"nama pengirim sama dengan surat {agenda_no}")
        if self.same_phone:
            out.append(f"nomor telepon sama dengan surat {agenda_no}")
        if self.same_email:
            out.append(f"alamat e-mail sama dengan surat {agenda_no}")
        out.append(f"pokok pengaduan {round(self.matter * 100)}% sama")
        out.append(f"isi {round(self.text * 100)}% sama")
        if self.factors.get("subject", 0.0) >= 0.6:
            out.append(f"perihal surat {agenda_no} juga menjadi perihal surat ini")
        if self.cites_date and old.letter_date:
            out.append(f"menyebut tanggal surat {agenda_no} ({long_date(old.letter_date)})")
        if self.cites_number and old.letter_no:
            out.append(f"menyebut nomor surat {agenda_no} ({old.letter_no})")
        if self.resend:
            out.append("surat menyebut dirinya pengiriman ulang")
        out.extend(self.notes)
        return out


def says_resent(raw_text: str | None) -> bool:
    """Whether the letter says it is a repeat of an earlier one."""
    low = " ".join((raw_text or "").lower().split())
    return any(w in low for w in _RESEND_WORDS) or any(re.search(p, low) for p in RESEND_PATTERNS)


def text_similarity(a: str, b: str) -> float:
    """Similarity of two normalised texts, 0..1 (rapidfuzz ``ratio``)."""
    return fuzz.ratio(a, b) / 100 if a and b else 0.0


def compare(new: Party, old: Party, *, resend: bool = False) -> Comparison:
    """The evidence between ``new`` and the earlier ``old`` (``resend``: ``new`` says it is sent again)."""
    text = text_similarity(new.text, old.text)
    c = Comparison(text=round(text, 3), resend=resend)
    _compare_senders(c, new.identity, old.identity, new.text, old.text)
    c.factors = _matter_factors(new, old, text)
    c.cites_date = bool(
        old.letter_date
        and old.letter_date != new.letter_date
        and topic.mentions_date(new.raw, old.letter_date)
    )
    c.cites_number = bool(
        old.letter_no and old.letter_no != new.letter_no and topic.mentions_number(new.raw, old.letter_no)
    )
    return c


def sender_conflict(a: Identity, b: Identity) -> str | None:
    """Why two senders cannot be one person (two NIKs, two clearly different names), or None."""
    c = Comparison(text=0.0)
    _compare_senders(c, a, b, "", "")
    return c.conflict


def same_person(a: Identity, b: Identity) -> bool:
    """Whether two senders are one person by their identities alone (see :attr:`Comparison.same_person`):
    used to group letters when their texts are not at hand (imports, rebuilding the groups)."""
    c = Comparison(text=0.0)
    _compare_senders(c, a, b, "", "")
    return c.same_person


def _compare_senders(c: Comparison, a: Identity, b: Identity, new_text: str, old_text: str) -> None:
    misread = False
    if a.nik and b.nik:
        if a.nik == b.nik:
            c.same_nik = True
        elif sum(x != y for x, y in zip(a.nik, b.nik, strict=False)) == 1:
            c.same_nik = misread = True  # one digit misread by OCR, unless the names say otherwise
        else:
            c.conflict = "NIK berbeda"
    c.same_phone = bool(a.phone and a.phone == b.phone)
    c.same_email = bool(a.email and a.email == b.email)
    if a.name and b.name:
        similarity = name_similarity(a.name, b.name)
        if similarity >= SAME_NAME:
            c.same_name = True
        elif similarity < OTHER_NAME and misread:
            # twins' NIKs can differ in one digit of the serial: a misreading needs the names to agree
            c.same_nik = misread = False
            c.conflict = "NIK berbeda"
        elif similarity < OTHER_NAME and not c.same_nik:
            c.other_name = True
            if c.same_contact:
                # one phone or e-mail, two names: a child writing for a parent, the secretary of a
                # group signing instead of its chairman; the matter decides, the grouping does not
                c.notes.append("nama pengirim berbeda, tetapi nomor telepon atau e-mail sama")
            else:
                c.conflict = c.conflict or "nama pengirim berbeda"
    elif a.name and not b.name and _mentions(old_text, a.name):
        c.same_name = True  # the earlier letter's sender was not recognised, but its text names them
    elif b.name and not a.name and _mentions(new_text, b.name):
        c.same_name = True
    if misread:
        c.notes.append("NIK berbeda satu angka (kemungkinan salah baca)")
    if a.address and b.address:
        c.same_address = fuzz.token_set_ratio(a.address, b.address) / 100 >= SAME_ADDRESS


def name_similarity(a: str, b: str) -> float:
    """How alike two :func:`~sipdumas.detection.identity.comparable_name` values are, 0..1. A name
    written in full in one letter and shortened in the other ("heru prasetyo" in "heru nugroho
    prasetyo") counts as the same when the shorter still has two words."""
    similarity = fuzz.ratio(a, b) / 100
    if similarity < SAME_NAME and min(a.count(" "), b.count(" ")) >= 1:
        small, large = (a, b) if len(a) <= len(b) else (b, a)
        if set(small.split()) <= set(large.split()):
            return 1.0
    return similarity


def _matter_factors(new: Party, old: Party, text: float) -> dict[str, float]:
    factors: dict[str, float] = {}
    drop = new.own_words | old.own_words
    a, b = new.words - drop, old.words - drop
    jaccard = topic.overlap(a, b)
    if jaccard is not None:
        factors["topic"] = min(1.0, jaccard / TOPIC_FULL)
        small, large = (a, b) if len(a) <= len(b) else (b, a)
        coverage = topic.covered(small, large) or 0.0
        weight = min(1.0, len(small) / FULL_WORDS["coverage"])
        factors["coverage"] = _above_chance("coverage", coverage) * weight
    subject = _subject_factor(new, old, a, b, drop)
    if subject is not None:
        factors["subject"] = subject
    if new.shingles is not None and old.shingles is not None:
        contained = containment(new.shingles, old.shingles)
        if contained is not None:
            factors["containment"] = _above_chance("containment", contained)
    if new.text and old.text:
        factors["text"] = _above_chance("text", text)
    return factors


def _subject_factor(
    new: Party, old: Party, new_words: frozenset[str], old_words: frozenset[str], drop: frozenset[str]
) -> float | None:
    """The best of: the new subject's words found in the old letter (subject and text), and the other
    way round; weighed down for a subject of one or two words."""
    best = None
    for subject, other in (
        (new.subject_words - drop, old_words | old.subject_words),
        (old.subject_words - drop, new_words | new.subject_words),
    ):
        share = topic.covered(subject, other)
        if share is not None:
            value = share * min(1.0, len(subject) / FULL_WORDS["subject"])
            best = value if best is None else max(best, value)
    return best


def _above_chance(factor: str, value: float) -> float:
    floor = CHANCE[factor]
    return max(0.0, (value - floor) / (1.0 - floor)) if floor < 1 else 0.0


def _mentions(text: str, name: str) -> bool:
    """Whether the normalised ``text`` writes the comparable ``name``: its words side by side, in any
    order (a comparable name has its words sorted)."""
    words = name.split()
    if len(words) == 1:
        return f" {words[0]} " in f" {text} "
    if f" {words[0]} " not in f" {text} ":
        return False
    tokens = text.split()
    wanted = sorted(words)
    n = len(words)
    return any(sorted(tokens[i : i + n]) == wanted for i in range(len(tokens) - n + 1) if tokens[i] in wanted)
