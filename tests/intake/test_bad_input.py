"""Files that cannot be read: each gives its own error naming the reason, and the batch goes on.

Every bad file is made here, in ``tmp_path``.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from intake_samples import LETTER_PAGE_1, write_text_pdf

from sipdumas.intake import extract_file, extract_files, ocr


def _png_header_only(path: Path, width: int, height: int) -> Path:
    """A tiny PNG whose header claims ``width`` x ``height`` pixels (a decompression bomb's shape)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit grey
    idat = zlib.compress(b"\x00" * 1024)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b""))
    return path


@pytest.fixture
def good_scan(make_scan) -> Path:
    return make_scan("good.png", [LETTER_PAGE_1])


def _error(path: Path, **kwargs) -> str:
    ex = extract_file(path, **kwargs)
    assert ex.error, f"{path.name} was read: {ex.to_json()}"
    assert ex.file == path.name
    data = ex.to_json()
    assert all(v is None for k, v in data.items() if k not in ("file", "error"))
    return ex.error


def test_empty_file(tmp_path):
    path = tmp_path / "kosong.png"
    path.write_bytes(b"")
    assert _error(path) == ocr.ERR_EMPTY


def test_missing_file(tmp_path):
    assert _error(tmp_path / "hilang.png") == ocr.ERR_MISSING


def test_truncated_png(tmp_path, good_scan):
    data = good_scan.read_bytes()
    path = tmp_path / "terpotong.png"
    path.write_bytes(data[: len(data) // 2])
    assert "rusak atau terpotong" in _error(path)


def test_truncated_jpeg(tmp_path, good_scan):
    from PIL import Image

    whole = tmp_path / "utuh.jpg"
    Image.open(good_scan).save(whole, quality=80)
    data = whole.read_bytes()
    path = tmp_path / "terpotong.jpg"
    path.write_bytes(data[: len(data) * 2 // 3])
    assert "rusak atau terpotong" in _error(path)


def test_corrupt_image_bytes(tmp_path, good_scan):
    data = bytearray(good_scan.read_bytes())
    data[200:400] = b"\x00" * 200  # damage inside the compressed pixels: the chunk CRC no longer fits
    path = tmp_path / "rusak.png"
    path.write_bytes(bytes(data))
    assert "rusak atau terpotong" in _error(path)


def test_not_an_image_despite_its_name(tmp_path):
    path = tmp_path / "surat.png"
    path.write_text("ini bukan gambar, hanya teks biasa\n")
    assert "bukan gambar" in _error(path)


@pytest.mark.parametrize("name", ["surat.docx", "surat.zip", "surat"])
def test_unsupported_extension(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04 something that is no letter format we read")
    message = _error(path)
    assert "tidak didukung" in message
    assert "PNG, JPEG, TIFF, PDF" in message


def test_encrypted_pdf(tmp_path):
    path = write_text_pdf(tmp_path / "terkunci.pdf", [LETTER_PAGE_1], encrypt="rahasia")
    assert _error(path) == ocr.ERR_PDF_ENCRYPTED


def test_corrupt_pdf(tmp_path):
    path = tmp_path / "rusak.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage garbage\n")
    assert "PDF rusak" in _error(path)


def test_pdf_name_without_pdf_content(tmp_path):
    path = tmp_path / "palsu.pdf"
    path.write_bytes(b"\x89PNG not really anything")
    assert "PDF rusak" in _error(path)


def test_decompression_bomb(tmp_path):
    path = _png_header_only(tmp_path / "bom.png", 40_000, 40_000)  # 1.6 billion pixels in ~100 bytes
    assert path.stat().st_size < 1000
    message = _error(path)
    assert "terlalu besar" in message and "bom dekompresi" in message


def test_image_just_above_the_pixel_cap_is_refused_too(tmp_path):
    side = int(ocr.MAX_PAGE_PIXELS**0.5) + 10  # above the cap but below Pillow's own hard limit
    message = _error(_png_header_only(tmp_path / "besar.png", side, side))
    assert "terlalu besar" in message


def test_page_timeout(good_scan):
    message = _error(good_scan, page_timeout=0.01)
    assert message == ocr.ERR_TIMEOUT.format(page=1, seconds=0.01)
    assert "batas waktu" in message


def test_binary_text_file(tmp_path):
    path = tmp_path / "surat.txt"
    path.write_bytes(b"\x00\x01\x02\x03" * 100)
    assert "biner" in _error(path)


def test_text_file_in_latin1_is_still_read(tmp_path):
    path = tmp_path / "surat.txt"
    path.write_bytes(
        "Nama : Budi Santoso\nAlamat : Jl. Kenari 5, Kota Bandung, Jawa Barat\n© desa".encode("latin-1")
    )
    ex = extract_file(path)
    assert ex.error is None
    assert ex.sender.name == "Budi Santoso"


def test_the_batch_goes_on_past_every_bad_file(tmp_path, good_scan):
    empty = tmp_path / "kosong.jpg"
    empty.write_bytes(b"")
    fake = tmp_path / "palsu.tiff"
    fake.write_text("bukan tiff")
    bomb = _png_header_only(tmp_path / "bom.png", 40_000, 40_000)
    locked = write_text_pdf(tmp_path / "terkunci.pdf", [LETTER_PAGE_1], encrypt="rahasia")
    typed = tmp_path / "surat.txt"
    typed.write_text(LETTER_PAGE_1, encoding="utf-8")
    paths = [empty, good_scan, fake, bomb, locked, typed]

    results = list(extract_files(paths))

    assert [r.file for r in results] == [p.name for p in paths]
    errors = [r.error for r in results]
    assert errors[0] == ocr.ERR_EMPTY
    assert errors[1] is None and results[1].sender.nik == "7371051203800001"
    assert "bukan gambar" in errors[2]
    assert "bom dekompresi" in errors[3]
    assert errors[4] == ocr.ERR_PDF_ENCRYPTED
    assert errors[5] is None and results[5].sender.name == "Andi Mappanyukki"
    # Each reason is its own: no two different failures share a message.
    assert len({e for e in errors if e}) == 4


def test_unreadable_file_permissions(tmp_path):
    import os

    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    path = tmp_path / "terkunci.txt"
    path.write_text("Nama : Budi\n")
    path.chmod(0)
    assert "tidak dapat dibaca" in _error(path)


def test_a_directory_is_not_a_letter(tmp_path):
    folder = tmp_path / "map.png"
    folder.mkdir()
    assert "bukan berkas" in _error(folder)
