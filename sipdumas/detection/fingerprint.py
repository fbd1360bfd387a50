"""Text fingerprints that survive a new scan, a new date and an added "pengiriman ulang" sentence.

The text is normalised (lower case, digits and punctuation dropped, the boilerplate of complaint letters
and the re-sending sentence removed, spaces dropped so OCR's split and joined words do not matter) and cut
into overlapping character 5-grams. Its MinHash signature uses one-permutation hashing: every 5-gram is
hashed once (vectorised in numpy) and the smallest hash per bin is kept, so a letter costs tens of
microseconds instead of one hash per shingle per permutation. Two signatures agree in a share of bins
that estimates the Jaccard similarity of the 5-gram sets. The signature is cut into LSH bands; letters
sharing a band key are candidates, found through an index lookup instead of a scan of the archive.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from hashlib import blake2b

import numpy as np

BINS = 64
BANDS = 16
ROWS = BINS // BANDS  # 4 rows per band: letters with Jaccard 0.5 share a band with p ~ 0.64, 0.7 ~ 0.98
SHINGLE = 5
MIN_SHINGLES = 20  # shorter texts get no band keys: they would match everything

_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)
_EMPTY = np.uint32(0xFFFFFFFF)

# Sentences that say the letter is sent again, and the formulas every complaint letter has: removed so
# that what is compared is the complaint itself.
RESEND_PATTERNS = (
    r"surat ini (?:merupakan|adalah|sebagai) (?:pengiriman|surat) (?:ulang|ulangan|kedua|ketiga)[^.]*\.?",
    r"(?:bersama|melalui) surat ini kami (?:kirim|sampaikan) (?:kembali|ulang)[^.]*\.?",
    r"menindaklanjuti surat (?:kami|saya) (?:terdahulu|sebelumnya|tertanggal)[^.]*\.?",
    r"(?:sebelumnya|sebelum ini) (?:kami|saya) telah (?:mengirim|menyampaikan)[^.]*\.?",
    r"(?:dengan|bersama|melalui) (?:ini|surat ini) (?:saya|kami) (?:kirimkan|kirim|sampaikan|ajukan) "
    r"(?:kembali|ulang)[^.]*\.?",
)
BOILERPLATE = (
    "dengan hormat",
    "kepada yth",
    "kepada yang terhormat",
    "yang terhormat",
    "di jakarta",
    "di tempat",
    "perkenankan saya",
    "saya yang bertanda tangan di bawah ini",
    "menyampaikan pengaduan sebagai berikut",
    "demikian pengaduan ini kami sampaikan",
    "demikian surat ini kami sampaikan",
    "atas perhatian bapak kami ucapkan terima kasih",
    "atas perhatian dan bantuannya kami ucapkan terima kasih",
    "hormat saya",
    "hormat kami",
    "tembusan",
    "hal",
    "perihal",
    "lampiran",
)
_RESEND = re.compile("|".join(RESEND_PATTERNS))
#: Words one of :data:`RESEND_PATTERNS` needs: a text without any of them skips that regex (most do).
_RESEND_WORDS = ("ulang", "kedua", "ketiga", "kembali", "menindaklanjuti", "sebelum")
_BOILER_SORTED = tuple(sorted(BOILERPLATE, key=len, reverse=True))
_BOILER = re.compile(r"\b(?:" + "|".join(re.escape(b) for b in _BOILER_SORTED) + r")\b")
_NOT_LETTERS = re.compile(r"[^a-z]+")
#: Every byte but a-z to a space: ``bytes.translate`` does in microseconds what ``_NOT_LETTERS`` does.
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


@lru_cache(maxsize=512)
def _boiler_regex(present: tuple[str, ...]) -> re.Pattern[str] | None:
    """:data:`_BOILER` restricted to the formulas found in a text: the same matches (a formula that is
    not in the text cannot match), a fraction of the work."""
    if not present:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(b) for b in present) + r")\b")


def normalise(text: str | None) -> str:
    """Lower-case letters only, words separated by one space, re-sending sentences and formulas removed."""
    return " ".join(_folded(text).split())


def _folded(text: str | None) -> str:
    """:func:`normalise` before its spaces are made single (a signature drops them all anyway)."""
    if not text:
        return ""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    folded = " ".join(text.lower().split())
    if any(word in folded for word in _RESEND_WORDS):
        folded = _RESEND.sub(" ", folded)
    folded = folded.encode("ascii").translate(_LETTERS_ONLY).decode("ascii")
    boiler = _boiler_regex(tuple(b for b in _BOILER_SORTED if b in folded))
    if boiler is not None:
        folded = boiler.sub(" ", folded)
    return folded


def _mix(h: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: spreads the bits of 64-bit values (wrapping arithmetic), in place (an
    import mixes millions at once, and every temporary array of that size costs more than the
    arithmetic)."""
    shifted = np.empty_like(h)
    with np.errstate(over="ignore"):
        for shift, factor in ((30, 0xBF58476D1CE4E5B9), (27, 0x94D049BB133111EB)):
            np.right_shift(h, np.uint64(shift), out=shifted)
            h ^= shifted
            h *= np.uint64(factor)
        np.right_shift(h, np.uint64(31), out=shifted)
        h ^= shifted
    return h


def shingle_hashes(normalised: str) -> np.ndarray:
    """64-bit hashes (repeats included: they do not change a minimum) of the character 5-grams of ``normalised`` with spaces removed."""
    data = np.frombuffer(normalised.replace(" ", "").encode("ascii"), dtype=np.uint8).astype(np.uint64)
    n = len(data) - SHINGLE + 1
    if n <= 0:
        return np.empty(0, dtype=np.uint64)
    h = data[:n].copy()
    for j in range(1, SHINGLE):  # five bytes fit in 40 bits: the 5-gram itself, exactly
        h <<= np.uint64(8)
        h |= data[j : j + n]
    return _mix(h)


def signature(text: str | None) -> np.ndarray | None:
    """The ``BINS`` uint32 MinHash values of a letter's text; None when it is too short to compare."""
    return signatures([text])[0]


def signatures(texts: Sequence[str | None]) -> list[np.ndarray | None]:
    """:func:`signature` of every text, worked out together: the 5-grams of all texts are hashed in one
    numpy pass and the minimum per (text, bin) taken with one ``np.minimum.at``, so an import pays a few
    microseconds per letter beyond :func:`normalise` instead of a dozen numpy calls each."""
    joined = ["".join(_folded(t).split()) for t in texts]
    lengths = np.fromiter((len(t) for t in joined), dtype=np.int64, count=len(joined))
    counts = np.maximum(lengths - SHINGLE + 1, 0)
    counts[counts < MIN_SHINGLES + SHINGLE] = 0  # too short: no signature
    out: list[np.ndarray | None] = [None] * len(joined)
    total = int(counts.sum())
    if total == 0:
        return out
    data = np.frombuffer("".join(joined).encode("ascii"), dtype=np.uint8).astype(np.uint64)
    n = len(data) - SHINGLE + 1
    h = data[:n].copy()
    for j in range(1, SHINGLE):  # five bytes fit in 40 bits: the 5-gram itself, exactly
        h <<= np.uint64(8)
        h |= data[j : j + n]
    # the 5-grams that lie inside one text (none across two texts' boundary)
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    kept = np.flatnonzero(counts)
    run_starts = np.repeat(starts[kept], counts[kept])
    run_firsts = np.repeat(np.cumsum(counts[kept]) - counts[kept], counts[kept])
    positions = run_starts + (np.arange(total) - run_firsts)
    hashes = _mix(h[positions])
    # the cell of (text, bin): the low 6 bits pick the bin (BINS is a power of two); its value is the
    # hash's high 32 bits, the odd uint32 halves of the little-endian uint64s
    cells = np.repeat(np.arange(len(kept)) * BINS, counts[kept])
    cells |= (hashes & np.uint64(BINS - 1)).astype(np.int64)
    sigs = np.full(len(kept) * BINS, _EMPTY, dtype=np.uint32)
    np.minimum.at(sigs, cells, hashes.astype("<u8", copy=False).view("<u4")[1::2])
    sigs = sigs.reshape(len(kept), BINS)
    for row, index in enumerate(kept):
        out[index] = _densified(sigs[row].copy())
    return out


def _densified(sig: np.ndarray) -> np.ndarray:
    """An empty bin borrows the next filled bin's value, shifted by the distance (rare: a letter has
    hundreds of 5-grams for 64 bins)."""
    empty = np.flatnonzero(sig == _EMPTY)
    if len(empty):
        filled = np.flatnonzero(sig != _EMPTY)
        source = filled[np.searchsorted(filled, empty) % len(filled)]
        shift = ((source - empty) % BINS).astype(np.uint64) * np.uint64(0x9E3779B1)
        sig[empty] = ((sig[source].astype(np.uint64) + shift) & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    return sig


_BAND_HASHERS = tuple(blake2b(digest_size=8, person=b"band%02d" % b) for b in range(BANDS))


def band_keys(sig: np.ndarray) -> list[int]:
    """One signed 64-bit key per band (fits SQLite INTEGER and PostgreSQL BIGINT)."""
    raw = sig.astype("<u4").tobytes()
    width = ROWS * 4
    keys = []
    for b, hasher in enumerate(_BAND_HASHERS):
        h = hasher.copy()
        h.update(raw[b * width : (b + 1) * width])
        keys.append(int.from_bytes(h.digest(), "little", signed=True))
    return keys


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two letters' 5-gram sets, 0..1."""
    return float(np.count_nonzero(a == b)) / BINS


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4").astype(np.uint32)


def shingle_set(normalised: str) -> np.ndarray:
    """The distinct 5-gram hashes of ``normalised`` (see :func:`shingle_hashes`), sorted. (A sort and a
    mask: three times faster than ``np.unique`` on a letter's thousand hashes.)"""
    hashes = np.sort(shingle_hashes(normalised))
    if len(hashes) < 2:
        return hashes
    return hashes[np.concatenate(([True], hashes[1:] != hashes[:-1]))]


def containment(a: np.ndarray, b: np.ndarray) -> float | None:
    """The share of the smaller of two :func:`shingle_set` results found in the larger, 0..1: a letter
    copied into a longer one (with a cover note, a new letterhead) is contained in it whole, however
    much was added. None when either text is too short to compare."""
    if len(a) < MIN_SHINGLES or len(b) < MIN_SHINGLES:
        return None
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    at = np.searchsorted(large, small)
    at[at == len(large)] = 0
    return int(np.count_nonzero(large[at] == small)) / len(small)
