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
_BOILER = re.compile(
    r"\b(?:" + "|".join(re.escape(b) for b in sorted(BOILERPLATE, key=len, reverse=True)) + r")\b"
)
_NOT_LETTERS = re.compile(r"[^a-z]+")


def normalise(text: str | None) -> str:
    """Lower-case letters only, words separated by one space, re-sending sentences and formulas removed."""
    if not text:
        return ""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    folded = " ".join(text.lower().split())
    folded = _RESEND.sub(" ", folded)
    folded = _NOT_LETTERS.sub(" ", folded)
    folded = _BOILER.sub(" ", folded)
    return " ".join(folded.split())


def _mix(h: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: spreads the bits of 64-bit values (wrapping arithmetic)."""
    with np.errstate(over="ignore"):
        h = (h ^ (h >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        h = (h ^ (h >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return h ^ (h >> np.uint64(31))


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
    hashes = shingle_hashes(normalise(text))
    if len(hashes) < MIN_SHINGLES + SHINGLE:
        return None
    bins = (hashes % np.uint64(BINS)).astype(np.intp)
    values = (hashes >> np.uint64(32)).astype(np.uint32)
    sig = np.full(BINS, _EMPTY, dtype=np.uint32)
    order = np.argsort(values)[::-1]  # largest first: with repeated bins the last (smallest) write wins
    sig[bins[order]] = values[order]
    empty = np.flatnonzero(sig == _EMPTY)
    if len(empty):  # densify: an empty bin borrows the next filled bin's value, shifted by the distance
        filled = np.flatnonzero(sig != _EMPTY)
        source = filled[np.searchsorted(filled, empty) % len(filled)]
        shift = ((source - empty) % BINS).astype(np.uint64) * np.uint64(0x9E3779B1)
        sig[empty] = ((sig[source].astype(np.uint64) + shift) & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    return sig


def band_keys(sig: np.ndarray) -> list[int]:
    """One signed 64-bit key per band (fits SQLite INTEGER and PostgreSQL BIGINT)."""
    raw = sig.astype("<u4").tobytes()
    width = ROWS * 4
    return [
        int.from_bytes(
            blake2b(raw[i : i + width], digest_size=8, person=b"band%02d" % b).digest(), "little", signed=True
        )
        for b, i in enumerate(range(0, BINS * 4, width))
    ]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two letters' 5-gram sets, 0..1."""
    return float(np.count_nonzero(a == b)) / BINS


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4").astype(np.uint32)
