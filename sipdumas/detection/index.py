"""The near-duplicate index in the database: a signature per letter and its LSH band keys, and the
identity keys of its sender.

Two ways lead to the letters worth comparing with a new one: the bands find letters with nearly the same
text, the identity keys (:mod:`sipdumas.detection.identity`) every earlier letter of the same person
(same NIK, phone, e-mail or name), whatever its layout and words. Both are written in the same
transaction as the letter (registration, import), so the index is never behind the register and
survives restarts; :func:`rebuild` recomputes both from the letters.
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
from sipdumas.detection.identity import STRONG_KINDS, Identity
from sipdumas.models.detection import LetterBand, LetterFingerprint, LetterIdentity
from sipdumas.models.letters import Complainant, IncomingLetter

#: Candidates kept from the band lookup, best first, before they are verified one by one.
MAX_CANDIDATES = 40
#: Buckets with more letters than this are formulas shared by many letters and are skipped.
MAX_BUCKET = 200
#: Letters read per identity key, newest first: a person's recent letters, or the recent letters of
#: everybody with a common name.
IDENTITY_BUCKET = 40
#: Identity candidates kept, those sharing the most telling keys first (NIK, phone, e-mail before a
#: name), then the newest.
MAX_IDENTITY_CANDIDATES = 16
#: How much one shared key of a kind tells that two letters have one sender, to rank the candidates.
KEY_RANK = {"nik": 8, "phone": 4, "email": 4, "name@region": 2, "name": 1}


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """A letter's signature and band keys; ``signature`` is None for a text too short to compare."""

    signature: np.ndarray | None
    keys: tuple[int, ...]

    @classmethod
    def of(cls, text: str | None) -> Fingerprint:
        return cls.of_many([text])[0]

    @classmethod
    def of_many(cls, texts: Sequence[str | None]) -> list[Fingerprint]:
        """:meth:`of` of every text, the signatures worked out together (much cheaper per text)."""
        return [
            cls(sig, tuple(fingerprint.band_keys(sig))) if sig is not None else NO_FINGERPRINT
            for sig in fingerprint.signatures(texts)
        ]

    def __reduce__(self):
        # as bytes: an import sends hundreds of thousands between processes, and NumPy pickles each
        # array with its type description
        raw = self.signature.tobytes() if self.signature is not None else None
        return _fingerprint_from_bytes, (raw, self.keys)


def _fingerprint_from_bytes(raw: bytes | None, keys: tuple[int, ...]) -> Fingerprint:
    return Fingerprint(np.frombuffer(raw, dtype=np.uint32).copy() if raw is not None else None, keys)


#: The fingerprint of a text too short to compare.
NO_FINGERPRINT = Fingerprint(None, ())


def comparable_text(text: str | None, subject: str | None, summary: str | None) -> str:
    """What a letter is compared on: its full text, or for a register row without one, subject and summary.

    Only full texts go into the band index (:meth:`Fingerprint.of` of the text): a subject and summary
    are too short to find by shingles, and such letters are still found through the sender's NIK."""
    return text or " ".join(p for p in (subject, summary) if p)


def store(session: Session, items: Iterable[tuple[int, Fingerprint]]) -> None:
    """Add the fingerprints of new letters (ids not yet indexed)."""
    ids, blobs, keys = [], [], []
    for letter_id, fp in items:
        if fp.signature is None:
            continue
        ids.append(letter_id)
        blobs.append(fingerprint.to_bytes(fp.signature))
        keys.append(fp.keys)
    store_signatures(session, ids, blobs, np.array(keys, dtype=np.int64).reshape(len(ids), fingerprint.BANDS))


def store_signatures(
    session: Session, ids: Sequence[int], signatures: Sequence[bytes], keys: np.ndarray
) -> None:
    """Add new letters' fingerprints as stored: ``signatures`` (:func:`fingerprint.to_bytes`) and their
    band ``keys`` (int64, a row of :data:`~fingerprint.BANDS` per letter of ``ids``).

    Written through the driver (:mod:`sipdumas.db.bulk`): an import of 200,000 letters adds
    3.2 million band rows, and building SQLAlchemy parameter sets for each would dominate its time."""
    if not ids:
        return
    # (key, letter id) pairs in key order (the index pages are filled one after another), a key a letter
    # has twice stored once; in numpy, as an import stores 16 of them per letter
    band_keys = np.asarray(keys, dtype=np.int64).ravel()
    letter_ids = np.repeat(np.array(ids, dtype=np.int64), fingerprint.BANDS)
    order = np.lexsort((letter_ids, band_keys))
    band_keys, letter_ids = band_keys[order], letter_ids[order]
    distinct = np.ones(len(band_keys), dtype=bool)
    distinct[1:] = (band_keys[1:] != band_keys[:-1]) | (letter_ids[1:] != letter_ids[:-1])
    bands = list(zip(band_keys[distinct].tolist(), letter_ids[distinct].tolist(), strict=True))
    bulk.insert_rows(
        session, "letter_fingerprints", ("letter_id", "signature"), list(zip(ids, signatures, strict=True))
    )
    bulk.insert_rows(session, "letter_bands", ("key", "letter_id"), bands)


def replace(session: Session, letter_id: int, fp: Fingerprint, identity: Identity | None = None) -> None:
    """Index a letter again after its text (and, given ``identity``, its sender) changed. The old band
    keys are found from the stored signature, so the band rows are deleted by their primary key."""
    old = session.scalar(select(LetterFingerprint.signature).where(LetterFingerprint.letter_id == letter_id))
    if old is not None:
        keys = list(set(fingerprint.band_keys(fingerprint.from_bytes(old))))
        session.execute(delete(LetterBand).where(LetterBand.key.in_(keys), LetterBand.letter_id == letter_id))
    session.execute(delete(LetterFingerprint).where(LetterFingerprint.letter_id == letter_id))
    store(session, [(letter_id, fp)])
    if identity is not None:
        session.execute(delete(LetterIdentity).where(LetterIdentity.letter_id == letter_id))
        store_identities(session, [(letter_id, identity)])


def store_identities(session: Session, items: Iterable[tuple[int, Identity]]) -> None:
    """Add the identity keys of new letters' senders (a letter without any identity adds none)."""
    store_identity_keys(session, ((letter_id, identity.index_keys()) for letter_id, identity in items))


def store_identity_keys(session: Session, items: Iterable[tuple[int, Sequence[int]]]) -> None:
    """Add new letters' identity keys, given as (letter id, :meth:`Identity.index_keys`)."""
    rows = sorted({(key, letter_id) for letter_id, keys in items for key in keys})
    bulk.insert_rows(session, "letter_identities", ("key", "letter_id"), rows)


def identity_candidates(
    session: Session, identity: Identity, *, exclude: int | None = None, strong_only: bool = False
) -> list[int]:
    """Letters whose sender shares a key with ``identity``, the most telling first (see
    :data:`KEY_RANK`), then the newest; at most :data:`MAX_IDENTITY_CANDIDATES`. Each key's bucket is
    read newest first with a limit, all in one round trip. ``strong_only``: NIK, phone and e-mail only
    (the keys that point at one person by themselves)."""
    labelled = [(kind, key) for kind, key in identity.keyed if not strong_only or kind in STRONG_KINDS]
    if not labelled:
        return []
    rank_of = {key: KEY_RANK[kind] for kind, key in labelled}
    parts = [
        f"SELECT * FROM (SELECT key, letter_id FROM letter_identities WHERE key = :k{i} "
        f"ORDER BY letter_id DESC LIMIT :cap) AS i{i}"
        for i in range(len(labelled))
    ]
    params = {f"k{i}": key for i, (_kind, key) in enumerate(labelled)} | {"cap": IDENTITY_BUCKET}
    ranks: Counter[int] = Counter()
    for key, letter_id in session.execute(text(" UNION ALL ".join(parts)), params).all():
        ranks[letter_id] += rank_of[key]
    ranks.pop(exclude, None)
    best = sorted(ranks.items(), key=lambda kv: (-kv[1], -kv[0]))
    return [letter_id for letter_id, _ in best[:MAX_IDENTITY_CANDIDATES]]


@dataclass(frozen=True, slots=True)
class Candidates:
    """The letters worth verifying against a new one: ``by_text`` (letter id, estimated text
    similarity) sharing LSH bands, most similar first; ``by_identity`` sharing a key of the sender's
    identity, the most telling first."""

    by_text: list[tuple[int, float]]
    by_identity: list[int]


def candidates(
    session: Session, fp: Fingerprint, *, identity: Identity | None = None, exclude: int | None = None
) -> Candidates:
    """See :class:`Candidates`. Letters from the same NIK are also found through the senders' table, for
    a register whose identity index has not been built yet (see :func:`rebuild`)."""
    by_identity: list[int] = []
    if identity is not None and not identity.empty:
        by_identity = identity_candidates(session, identity, exclude=exclude)
        if identity.nik:
            same_nik = (
                select(IncomingLetter.id)
                .join(Complainant, IncomingLetter.complainant_id == Complainant.id)
                .where(Complainant.nik == identity.nik)
                .order_by(IncomingLetter.id.desc())
                .limit(MAX_IDENTITY_CANDIDATES)
            )
            known = set(by_identity)
            by_identity += [i for i in session.scalars(same_nik) if i not in known and i != exclude]
            by_identity = by_identity[:MAX_IDENTITY_CANDIDATES]
    found: dict[int, float] = {}
    if fp.keys:
        found.update(dict.fromkeys(_band_hits(session, fp.keys), 0.0))
    found.pop(exclude, None)
    if found and fp.signature is not None:
        sigs = session.execute(
            select(LetterFingerprint.letter_id, LetterFingerprint.signature).where(
                LetterFingerprint.letter_id.in_(list(found))
            )
        )
        for letter_id, blob in sigs:
            found[letter_id] = fingerprint.similarity(fp.signature, fingerprint.from_bytes(blob))
    by_text = sorted(found.items(), key=lambda item: (-item[1], item[0]))
    return Candidates(by_text=by_text, by_identity=by_identity)


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
    session.execute(delete(LetterIdentity))


def identity_of_complainant(c: Complainant | None) -> Identity:
    """The :class:`Identity` of a letter's stored sender (an empty one for a letter without sender)."""
    if c is None:
        return Identity()
    return Identity.of(
        name=c.name,
        nik=c.nik,
        phone=c.phone,
        email=c.email,
        address=c.address,
        regency=c.regency,
        province=c.province,
    )


def rebuild(session: Session, *, batch: int = 2000) -> int:
    """Recompute every letter's fingerprint from its text and its identity keys from its sender;
    returns the number of letters indexed."""
    clear(session)
    last, count = 0, 0
    while True:
        rows: Sequence = session.execute(
            select(IncomingLetter.id, IncomingLetter.text, Complainant)
            .outerjoin(Complainant, IncomingLetter.complainant_id == Complainant.id)
            .where(IncomingLetter.id > last)
            .order_by(IncomingLetter.id)
            .limit(batch)
        ).all()
        if not rows:
            return count
        prints = Fingerprint.of_many([r.text for r in rows])
        store(session, [(r.id, fp) for r, fp in zip(rows, prints, strict=True)])
        store_identities(session, [(r.id, identity_of_complainant(r.Complainant)) for r in rows])
        count += len(rows)
        last = rows[-1].id
