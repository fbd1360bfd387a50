"""Fingerprints worked out for many texts at once (an import's worker processes) are exactly those of the
plain one-text algorithm (registration, the check): both end up in the same band index, so a letter
imported and the same letter registered by hand must have the same band keys."""

from __future__ import annotations

import hashlib
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


def test_a_letters_fingerprint_is_the_one_registers_already_hold():
    """The band keys of a text are stored in every register; a later version that worked them out
    differently (another hash, another normalisation) would no longer find re-sent letters among the
    letters indexed before it. Pinned to the values of the version that first stored them."""
    text = (
        "Dengan hormat, saya yang bertanda tangan di bawah ini menyampaikan pengaduan sebagai berikut. "
        "Jalan desa di Kampung Sukamaju rusak berat sejak banjir bulan Maret; dana perbaikan yang "
        "dijanjikan kepala desa tidak pernah cair. Surat ini merupakan pengiriman ulang. Atas perhatian "
        "Bapak kami ucapkan terima kasih. Hormat saya, Budi Santoso"
    )
    assert fingerprint.normalise(text) == (
        "jalan desa di kampung sukamaju rusak berat sejak banjir bulan maret dana perbaikan yang "
        "dijanjikan kepala desa tidak pernah cair budi santoso"
    )
    [one] = Fingerprint.of_many([text, "pendek"])[:1]
    assert hashlib.sha256(fingerprint.to_bytes(one.signature)).hexdigest() == (
        "13d9f241377eb07bab601ca642a1fea1a8b9cd95744fa68755ead56879c6814e"
    )
    assert one.keys[:4] == (
        7709783092847295514,
        -1827155309578938794,
        1766774345600752869,
        1821014768071141395,
    )
