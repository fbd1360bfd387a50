"""The near-duplicate index in the database: a signature per letter and its LSH band keys.

Written in the same transaction as the letter (registration, import), so the index is never behind the
register and survives restarts; :func:`rebuild` recomputes it from the letters' texts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from sipdumas.db import bulk
from sipdumas.detection import fingerprint
from sipdumas.models.detection import LetterBand, LetterFingerprint
from sipdumas.models.letters import Complainant, IncomingLetter

#: Candidates kept from the band lookup, best first, before they are verified one by one.
MAX_CANDIDATES = 40
#: Buckets with more letters than this are formulas shared by many letters and are skipped.
MAX_BUCKET = 200


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """A letter's signature and band keys; ``signature`` is None for a text too short to compare."""

    signature: np.ndarray | None
    keys: tuple[int, ...]

    @classmethod
    def of(cls, text: str | None) -> Fingerprint:
        sig = fingerprint.signature(text)
        return cls(sig, tuple(fingerprint.band_keys(sig)) if sig is not None else ())


def comparable_text(text: str | None, subject: str | None, summary: str | None) -> str:
    """What a letter is compared on: its full text, or for a register row without one, subject and summary.

    Only full texts go into the band index (:meth:`Fingerprint.of` of the text): a subject and summary
    are too short to find by shingles, and such letters are still found through the sender's NIK."""
    return text or " ".join(p for p in (subject, summary) if p)


def store(session: Session, items: Iterable[tuple[int, Fingerprint]]) -> None:
    """Add the fingerprints of new letters (ids not yet indexed).

    Written through the driver (:mod:`sipdumas.db.bulk`): an import of 200,000 letters adds
    3.2 million band rows, and building SQLAlchemy parameter sets for each would dominate its time."""
    prints, bands = [], []
    for letter_id, fp in items:
        if fp.signature is None:
            continue
        prints.append((letter_id, fingerprint.to_bytes(fp.signature)))
        bands.extend((k, letter_id) for k in set(fp.keys))
    if not prints:
        return
    bands.sort()  # in key order the index pages are filled one after another
    bulk.insert_rows(session, "letter_fingerprints", ("letter_id", "signature"), prints)
    bulk.insert_rows(session, "letter_bands", ("key", "letter_id"), bands)


def replace(session: Session, letter_id: int, fp: Fingerprint) -> None:
    """Index a letter again after its text changed."""
    session.execute(delete(LetterBand).where(LetterBand.letter_id == letter_id))
    session.execute(delete(LetterFingerprint).where(LetterFingerprint.letter_id == letter_id))
    store(session, [(letter_id, fp)])


def candidates(
    session: Session, fp: Fingerprint, *, nik: str | None, exclude: int | None = None
) -> list[tuple[int, float]]:
    """(letter id, estimated text similarity) of letters worth verifying, most similar first: those
    sharing LSH bands with ``fp``, and any letter from the same NIK whatever its text."""
    found: dict[int, float] = {}
    if fp.keys:
        found.update(dict.fromkeys(_band_hits(session, fp.keys), 0.0))
    if nik:
        same_nik = (
            select(IncomingLetter.id)
            .join(Complainant, IncomingLetter.complainant_id == Complainant.id)
            .where(Complainant.nik == nik)
            .order_by(IncomingLetter.id)
            .limit(MAX_CANDIDATES)
        )
        found.update(dict.fromkeys(session.scalars(same_nik), 0.0))
    found.pop(exclude, None)
    if not found:
        return []
    if fp.signature is not None:
        sigs = session.execute(
            select(LetterFingerprint.letter_id, LetterFingerprint.signature).where(
                LetterFingerprint.letter_id.in_(list(found))
            )
        )
        for letter_id, blob in sigs:
            found[letter_id] = fingerprint.similarity(fp.signature, fingerprint.from_bytes(blob))
    return sorted(found.items(), key=lambda item: (-item[1], item[0]))


def _band_hits(session: Session, keys: Sequence[int]) -> list[int]:
    """Letters sharing the most band keys with ``keys``, best first. A bucket holding more than
    :data:`MAX_BUCKET` letters is ignored: it comes from a formula many letters share (a form letter, a
    petition template), says nothing about this letter, and would make every lookup read thousands of
    rows. Each bucket is read with a limit, all in one round trip."""
    keys = list(dict.fromkeys(keys))
    parts = [
        f"SELECT * FROM (SELECT key, letter_id FROM letter_bands WHERE key = :k{i} LIMIT :cap) AS b{i}"
        for i in range(len(keys))
    ]
    params = {f"k{i}": k for i, k in enumerate(keys)} | {"cap": MAX_BUCKET + 1}
    buckets: dict[int, list[int]] = {}
    for key, letter_id in session.execute(text(" UNION ALL ".join(parts)), params).all():
        buckets.setdefault(key, []).append(letter_id)
    hits = Counter(i for ids in buckets.values() if len(ids) <= MAX_BUCKET for i in ids)
    return [
        letter_id for letter_id, _ in sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_CANDIDATES]
    ]


def clear(session: Session) -> None:
    session.execute(delete(LetterBand))
    session.execute(delete(LetterFingerprint))


def rebuild(session: Session, *, batch: int = 2000) -> int:
    """Recompute every letter's fingerprint from its text; returns the number of letters indexed."""
    clear(session)
    last, count = 0, 0
    while True:
        rows: Sequence = session.execute(
            select(IncomingLetter.id, IncomingLetter.text, IncomingLetter.subject, IncomingLetter.summary)
            .where(IncomingLetter.id > last)
            .order_by(IncomingLetter.id)
            .limit(batch)
        ).all()
        if not rows:
            return count
        store(session, [(r.id, Fingerprint.of(r.text)) for r in rows])
        count += len(rows)
        last = rows[-1].id
