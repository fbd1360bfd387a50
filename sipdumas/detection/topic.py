"""What a letter is about, as a set of words that survive rewriting: the complaint's own words.

A person who sends a complaint again rarely copies it: the second letter has another layout, a cover
sentence, other words for the same things. What stays are the words that name the matter (``pdam``,
``tagihan``, ``meteran``; ``pensiun``, ``janda``, ``taspen``). :func:`content_words` keeps those: the
text is normalised like the fingerprint's, the words every complaint letter uses (formulas, forms of
address, dates, administrative units, function words: :data:`STOP_WORDS`) and the sender's own name and
address are dropped, and each word is cut to a rough stem (:func:`stem`) so that ``dibayarkan``,
``pembayaran`` and ``membayar`` are one word.

:func:`mentions_date` and :func:`mentions_number` find a letter citing an earlier one ("surat saya
tertanggal 10 Maret 2025", "surat kami Nomor 003/KT-SM/I/2025").
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from sipdumas.detection.fingerprint import normalise
from sipdumas.domain.indonesian import MONTHS

#: Words that say nothing about what a complaint is about: function words, the formulas and forms of
#: address of letters, dates, numbers in words, administrative units, and the vocabulary of
#: complaining itself.
_STOP_WORDS_TEXT = """
    yang dan di ke dari untuk dengan ini itu pada dalam atas oleh saya kami kita kamu anda engkau beliau
    mereka dia ia aku tidak tak bukan belum sudah telah akan bisa dapat boleh harus karena sebagai agar
    supaya sejak sampai hingga para tersebut adalah ialah merupakan atau namun tetapi tapi serta jadi maka
    lalu kemudian setelah sebelum masih ada pun lah kah bahwa hal perihal mohon kepada yth hormat terima
    kasih demikian perhatian surat pengaduan aduan mengadukan menyampaikan sampaikan disampaikan bersama
    bertanda tangan bawah nama alamat nik telepon telp tlp hp wa whatsapp no nomor rt rw desa dusun kampung
    kelurahan kel kecamatan kec kabupaten kab kota provinsi jl jln jalan gang gg tahun bulan tanggal tgl
    hari minggu jam pukul republik indonesia ri presiden menteri jakarta pusat tempat perkenankan berikut
    assalamualaikum assalamu alaikum wr wb warahmatullahi wabarakatuh wassalamualaikum wassalamu salam
    sejahtera syalom shalom om swastiastu ulang kembali kirim kirimkan dikirim mengirim mengirimkan
    pengiriman tanggapan jawaban balasan respon sekarang saat lampiran sifat biasa segera tembusan arsip
    pertinggal januari februari maret april mei juni juli agustus september oktober november desember
    jan feb mar apr jun jul agu agt agust sep sept okt nov des senin selasa rabu kamis jumat sabtu bpk
    sdr sdri ny tuan bapak ibu saudara terhormat berkenan membantu bantu tolong pihak terkait berwenang
    instansi pemerintah memohon permohonan kiranya ditindaklanjuti tindak lanjut menindaklanjuti
    sebagaimana mana apa siapa kapan mengapa kenapa bagaimana sebab hanya saja sangat lebih kurang sekali
    semua setiap beberapa banyak satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas
    puluh ratus ribu juta miliar rupiah rp orang warga masyarakat kata katanya sekitar selama antara tanpa
    bagi tentang terhadap sehingga bila jika kalau apabila walaupun meskipun padahal bahkan pula lagi pernah
    sering selalu terus tetap baru lama sendiri masing cq up sekretaris negara sekretariat kementerian
    rumah umur lahir email mail subjek kepada dikirimkan kirimkan tanggal seperti yaitu yakni juga sama
    sudah agar kepadanya daripada hal ketika waktu kali hal tsb dll dsb dst ybs mohon berharap harap
    harapan besar kecil baik buruk benar salah mudah sulit lain tadi nanti kini dulu dahulu demi
    diri kita anak istri suami keluarga adik kakak bapaknya ibunya pak bu
    mas mbak kang bang dik nak ananda pengirim penerima terlampir melampirkan lampirkan salinan fotokopi
    berkas bukti dokumen pengadu pelapor melaporkan laporan lapor menanyakan pertanyaan keterangan
    penjelasan informasi kabar jelas kejelasan kepastian keadilan keberatan masalah permasalahan persoalan
    perkara kasus urusan kejadian peristiwa hal upaya usaha cara proses prosedur aturan peraturan ketentuan
    hak kewajiban pelayanan layanan
"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())

_PARTICLES = ("lah", "kah", "pun", "tah")
_POSSESSIVES = ("nya", "ku", "mu")
_SUFFIXES = ("kan", "an", "i")
#: Prefixes in the order they are tried, with the letter a nasal prefix replaced (``menulis`` -> tulis).
_PREFIXES = (
    ("meng", ""),
    ("meny", "s"),
    ("mem", "p"),
    ("men", "t"),
    ("me", ""),
    ("peng", ""),
    ("peny", "s"),
    ("pem", "p"),
    ("pen", "t"),
    ("per", ""),
    ("pe", ""),
    ("ber", ""),
    ("be", ""),
    ("ter", ""),
    ("di", ""),
    ("ke", ""),
    ("se", ""),
)
_VOWELS = frozenset("aeiou")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A rough stem of an Indonesian word: one particle, one possessive, one derivational suffix and one
    prefix removed while at least three or four letters remain. Not a linguist's stem: the same word
    written with other affixes in two letters gets the same stem, which is all a comparison needs."""
    if len(word) <= 4:
        return word
    for group in (_PARTICLES, _POSSESSIVES, _SUFFIXES):
        for ending in group:
            if word.endswith(ending) and len(word) - len(ending) >= 4:
                word = word[: -len(ending)]
                break
    for prefix, nasal in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            rest = word[len(prefix) :]
            return nasal + rest if nasal and rest[0] in _VOWELS else rest
    return word


def content_words(text: str | None, *, drop: frozenset[str] | set[str] = frozenset()) -> frozenset[str]:
    """The stems of the words that name what ``text`` is about (see the module docstring); ``drop``:
    further words to leave out (the senders' names and addresses, normalised)."""
    return normalised_content_words(normalise(text), drop=drop)


def normalised_content_words(
    normalised: str, *, drop: frozenset[str] | set[str] = frozenset()
) -> frozenset[str]:
    """:func:`content_words` of a text already normalised (the fingerprint's normalisation)."""
    words = set()
    for word in normalised.split():
        if len(word) < 3 or word in STOP_WORDS or word in drop:
            continue
        stemmed = stem(word)
        if stemmed not in STOP_WORDS:
            words.add(stemmed)
    return frozenset(words)


def sender_words(*parts: str | None) -> frozenset[str]:
    """The normalised words of a sender's name, address and e-mail, to be left out of a comparison:
    two letters of one person share them whatever they are about."""
    return frozenset(normalise(" ".join(p for p in parts if p)).split())


def overlap(a: frozenset[str], b: frozenset[str]) -> float | None:
    """Jaccard similarity of two word sets, 0..1; None when either is empty (nothing to compare)."""
    if not a or not b:
        return None
    return len(a & b) / len(a | b)


def covered(part: frozenset[str], whole: frozenset[str]) -> float | None:
    """The share of ``part``'s words found in ``whole``, 0..1; None when ``part`` is empty."""
    if not part:
        return None
    return len(part & whole) / len(part)


_ABBREVIATED = {
    1: ("jan",),
    2: ("feb", "peb"),
    3: ("mar",),
    4: ("apr",),
    5: ("mei",),
    6: ("jun",),
    7: ("jul",),
    8: ("agu", "agt", "ags", "agust"),
    9: ("sep", "sept"),
    10: ("okt", "oct"),
    11: ("nov", "nop"),
    12: ("des", "dec"),
}


def _date_patterns(d: date) -> re.Pattern[str]:
    months = "|".join((MONTHS[d.month - 1].lower(), *_ABBREVIATED[d.month]))
    day = rf"0?{d.day}"
    month = rf"0?{d.month}"
    return re.compile(
        rf"(?<!\d){day}\s*(?:{months})\.?\s*,?\s*{d.year}(?!\d)"
        rf"|(?<!\d){day}\s*([-/.])\s*{month}\s*\1\s*(?:{d.year}|{d.year % 100:02d})(?!\d)"
    )


#: Words one of which must stand near a cited date for it to cite a letter, not an event.
LETTER_WORDS = re.compile(r"\b(?:surat|pengaduan|aduan|e-?mail|laporan saya|laporan kami)\b")
#: How near (characters, either side) the word must stand.
CITATION_WINDOW = 120


def mentions_date(text: str | None, d: date | None) -> bool:
    """Whether ``text`` cites a letter of the date ``d`` (``10 Maret 2025``, ``10 Mar 2025``,
    ``10-03-2025``, ``10/3/25`` ...): the date written with a word such as "surat" or "pengaduan"
    within :data:`CITATION_WINDOW` characters, so that a date of an event both letters tell of does
    not count."""
    if not text or d is None:
        return False
    flat = " ".join(text.lower().split())
    for m in _date_patterns(d).finditer(flat):
        near = flat[max(0, m.start() - CITATION_WINDOW) : m.end() + CITATION_WINDOW]
        if LETTER_WORDS.search(near):
            return True
    return False


def mentions_number(text: str | None, letter_no: str | None) -> bool:
    """Whether ``text`` cites the letter number ``letter_no`` (spaces ignored; numbers without a digit or
    shorter than five characters are too common to count)."""
    if not text or not letter_no:
        return False
    number = "".join(letter_no.lower().split())
    if len(number) < 5 or not any(c.isdigit() for c in number):
        return False
    return number in "".join(text.lower().split())
