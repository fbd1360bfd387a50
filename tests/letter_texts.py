"""Complaint letters written for tests, in the layouts offices receive: identity as a list, identity
inside a sentence, signature only; with OCR-like noise on demand. Not taken from the sample corpus."""

from __future__ import annotations

import random

COMPLAINTS = {
    "jalan": (
        "Jalan penghubung antara Desa Sukamaju dan Desa Mekarsari rusak berat sejak tiga tahun lalu dan "
        "belum pernah diperbaiki meskipun sudah kami usulkan dalam musyawarah desa. Anak-anak kesulitan "
        "berangkat ke sekolah dan hasil panen warga tidak dapat diangkut ke pasar ketika musim hujan."
    ),
    "bansos": (
        "Keluarga kami terdaftar sebagai penerima Program Keluarga Harapan namun sejak bulan Maret bantuan "
        "tidak lagi kami terima. Petugas pendamping menyatakan nama kami dicoret tanpa pemberitahuan, "
        "padahal keadaan ekonomi kami tidak berubah dan suami saya sakit menahun."
    ),
    "tanah": (
        "Sebidang tanah milik orang tua kami seluas 450 meter persegi kini dikuasai pihak lain yang memegang "
        "sertifikat baru, padahal sertifikat asli masih kami simpan. Kantor pertanahan belum menjawab "
        "permohonan pengukuran ulang yang kami ajukan dua kali."
    ),
    "pegawai": (
        "Saya telah bekerja sebagai tenaga honorer di puskesmas selama dua belas tahun dan lulus seleksi "
        "PPPK, tetapi surat keputusan pengangkatan saya belum juga diterbitkan sementara rekan seangkatan "
        "sudah menerimanya sejak awal tahun."
    ),
}
REQUEST = "Kami mohon Bapak berkenan memerintahkan instansi terkait agar masalah ini segera diselesaikan."
RESEND = "Surat ini merupakan pengiriman ulang atas surat kami terdahulu yang belum mendapat tanggapan."


def compose(
    *,
    name: str | None,
    complaint: str,
    nik: str | None = None,
    phone: str | None = None,
    address: str | None = "Jl. Merdeka No. 10, Kota Bandung",
    date: str = "Bandung, 3 Maret 2025",
    layout: str = "list",
    resend: bool = False,
    opening: str = "",
) -> str:
    head = f"{date}\nHal: Pengaduan\n\nKepada Yth.\nBapak Presiden Republik Indonesia\ndi Jakarta\n\nDengan hormat,\n"
    if layout == "list" and name:
        ident = "Saya yang bertanda tangan di bawah ini:\n" + f"Nama : {name}\n"
        ident += f"NIK : {nik}\n" if nik else ""
        ident += f"Alamat : {address}\n" if address else ""
        ident += f"No. HP : {phone}\n" if phone else ""
        ident += "dengan ini menyampaikan pengaduan sebagai berikut.\n"
    elif layout == "sentence" and name:
        ident = (
            f"Perkenankan saya {name}"
            + (f", NIK {nik}" if nik else "")
            + (f", beralamat di {address}" if address else "")
        )
        ident += (f", telepon {phone}" if phone else "") + ", menyampaikan pengaduan sebagai berikut.\n"
    else:
        ident = "Kami warga menyampaikan pengaduan sebagai berikut.\n"
    body = (
        (opening + "\n" if opening else "")
        + (RESEND + "\n" if resend else "")
        + COMPLAINTS[complaint]
        + "\n"
        + REQUEST
    )
    close = "\nDemikian pengaduan ini kami sampaikan. Atas perhatian Bapak kami ucapkan terima kasih.\n\nHormat saya,\n"
    return head + ident + body + close + (name or "") + "\n"


def ocr_noise(text: str, rate: float, seed: int = 7) -> str:
    """Letters swapped for look-alikes and words split or joined, as a poor scan reads."""
    rng = random.Random(seed)
    swaps = {"l": "1", "o": "0", "e": "c", "i": "l", "m": "rn", "a": "o", " ": "", "n": "n "}
    return "".join(swaps[ch] if ch in swaps and rng.random() < rate else ch for ch in text)
