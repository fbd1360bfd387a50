"""Fingerprints worked out for many texts at once (an import's worker processes) are exactly those of the
plain one-text algorithm (registration, the check): both end up in the same band index, so a letter
imported and the same letter registered by hand must have the same band keys."""

from __future__ import annotations

import random

import numpy as np
from letter_texts import compose, ocr_noise

from sipdumas.detection import fingerprint
from sipdumas.detection.index import Fingerprint

SITI = {"name": "Siti Rahmawati", "nik": "3273014507850003", "phone": "0812-2233-4455"}


def _reference_signature(text: str | None) -> np.ndarray | None:
    """One-permutation MinHash of one text written out plainly: the smallest hash per bin, empty bins
    filled from the next filled bin."""
    hashes = fingerprint.shingle_hashes(fingerprint.normalise(text))
    if len(hashes) < fingerprint.MIN_SHINGLES + fingerprint.SHINGLE:
        return None
    sig = [0xFFFFFFFF] * fingerprint.BINS
    for h in hashes.tolist():
        b, v = h % fingerprint.BINS, h >> 32
        sig[b] = min(sig[b], v)
    filled = [i for i, v in enumerate(sig) if v != 0xFFFFFFFF]
    out = list(sig)
    for i, v in enumerate(sig):
        if v == 0xFFFFFFFF:
            source = next((j for j in filled if j > i), filled[0])
            out[i] = (sig[source] + ((source - i) % fingerprint.BINS) * 0x9E3779B1) & 0xFFFFFFFF
    return np.array(out, dtype=np.uint32)


def _texts() -> list[str | None]:
    rng = random.Random(5)
    alphabet = "abc def.,ÉghiJKL\n\t-1234 hal tembusan ulang surat ini merupakan pengiriman "
    texts: list[str | None] = [
        compose(**SITI, complaint="pegawai"),
        ocr_noise(compose(**SITI, complaint="pegawai", resend=True), 0.02, seed=3),
        compose(name="Budi Santoso", complaint="tanah"),
        None,
        "",
        "terlalu pendek",
        "abcdefghijklmnopqrstuvwx",  # 20 five-grams: too short for a signature
        "abcdefghijklmnopqrstuvwxy",  # 21: the shortest text that has one
        "Straße Ünïcödé ‘kutip’ — pisah " * 20,
        "Dengan hormat, surat ini merupakan pengiriman ulang. Hal perihal hormat saya kepada yth " * 3,
        "abcdefghijklmnopqrstuvwxyzab",  # few five-grams for 64 bins: most bins borrowed
    ]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 500))) for _ in range(60)]
    return texts


def test_signatures_of_many_texts_equal_the_plain_algorithm():
    texts = _texts()
    together = fingerprint.signatures(texts)
    assert len(together) == len(texts)
    for text, sig in zip(texts, together, strict=True):
        expected = _reference_signature(text)
        if expected is None:
            assert sig is None, text
        else:
            assert sig is not None and np.array_equal(expected, sig), text
        alone = fingerprint.signature(text)
        assert (alone is None and sig is None) or np.array_equal(alone, sig)
    assert sum(sig is not None for sig in together) > 40


def test_fingerprints_of_many_have_the_band_keys_of_each():
    texts = _texts()
    for many, one in zip(Fingerprint.of_many(texts), [Fingerprint.of(t) for t in texts], strict=True):
        assert many.keys == one.keys
        assert (many.signature is None) == (one.signature is None)
