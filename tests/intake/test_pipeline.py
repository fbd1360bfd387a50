"""The batch contract of ``extract_files``: one result per path in input order, progress after every
page and file, cancel, and OCR only where a page has no text of its own."""

from __future__ import annotations

import threading
from email.message import EmailMessage
from pathlib import Path

import pytest
from intake_samples import LETTER_PAGE_1, LETTER_PAGE_2, write_text_pdf

from sipdumas.intake import Extraction, Progress, extract_file, extract_files, ocr


def _eml(path: Path, *, body: str, sender: str = "Rina Wati <Rina.Wati@Example.com>") -> Path:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "pengaduan@setneg.go.id"
    msg["Subject"] = "Pengaduan bantuan sosial yang tidak tepat sasaran"
    msg["Date"] = "Mon, 04 Mar 2024 09:15:00 +0700"
    msg.set_content(body)
    path.write_bytes(bytes(msg))
    return path


@pytest.fixture
def no_ocr(monkeypatch):
    """Fails the test if Tesseract is started."""

    def refuse(self, *args, **kwargs):
        raise AssertionError("OCR was run for a page that has text")

    monkeypatch.setattr(ocr.Tesseract, "read", refuse)


def test_text_layer_pdf_skips_ocr(tmp_path, letter_pages, no_ocr):
    path = write_text_pdf(tmp_path / "diketik.pdf", letter_pages)
    ex = extract_file(path)
    assert ex.error is None
    assert ex.pages == 2
    assert ex.text.count("\f") == 1
    assert ex.sender.nik == "7371051203800001"
    assert ex.cc == ["Bapak Presiden RI", "Wali Kota Makassar"]
    assert ex.carbon_copy is True


def test_scanned_pdf_and_multipage_tiff_are_ocrd_page_by_page(make_scan, letter_pages):
    pdf = make_scan("pindaian.pdf", letter_pages)
    tiff = make_scan("pindaian.tif", letter_pages)
    for ex in extract_files([pdf, tiff]):
        assert ex.error is None, ex.error
        assert ex.pages == 2
        assert ex.text.count("\f") == 1
        assert ex.sender.name == "Andi Mappanyukki"
        assert ex.sender.phone == "+6281234567890"
        assert ex.letter_date.isoformat() == "2024-03-14"
        assert ex.cc == ["Bapak Presiden RI", "Wali Kota Makassar"]


def test_eml_subject_body_and_from_header(tmp_path, no_ocr):
    body = "Dengan hormat,\nSaya melaporkan bantuan sosial di desa kami tidak tepat sasaran.\n"
    ex = extract_file(_eml(tmp_path / "surel.eml", body=body))
    assert ex.error is None
    assert ex.subject == "Pengaduan bantuan sosial yang tidak tepat sasaran"
    # The letter names nobody: the From header fills the sender, marked as less sure.
    assert ex.sender.name == "Rina Wati"
    assert ex.sender.email == "rina.wati@example.com"
    assert ex.identity_complete is True
    assert ex.confidence["sender.name"] < 0.9


def test_eml_letter_text_wins_over_the_from_header(tmp_path, no_ocr):
    body = "Nama : Budi Santoso\nAlamat : Jl. Kenari 5, Kota Bandung, Jawa Barat\n\nDengan hormat, ...\n"
    ex = extract_file(_eml(tmp_path / "surel.eml", body=body, sender="Admin Desa <admin@desa.id>"))
    assert ex.sender.name == "Budi Santoso"
    assert ex.sender.email == "admin@desa.id"


def test_results_come_in_input_order_with_one_per_path(tmp_path, make_scan, letter_pages):
    typed = tmp_path / "a.txt"
    typed.write_text("Nama : Budi Santoso\nTelp : 0812-1111-2222\n", encoding="utf-8")
    scan = make_scan("b.png", [LETTER_PAGE_1])
    text_pdf = write_text_pdf(tmp_path / "c.pdf", letter_pages)
    broken = tmp_path / "d.png"
    broken.write_bytes(b"")
    tiff = make_scan("e.tif", letter_pages)
    mail = _eml(tmp_path / "f.eml", body="Isi surat.")
    # The slow OCR files sit between fast ones: order must not follow completion.
    paths = [scan, typed, tiff, text_pdf, broken, mail, scan]

    results = list(extract_files(paths, workers=2))

    assert [r.file for r in results] == [p.name for p in paths]
    assert [r.pages for r in results] == [1, 1, 2, 2, None, 1, 1]
    assert [r.error is None for r in results] == [True, True, True, True, False, True, True]
    assert results[0].to_json() == results[6].to_json()


def test_paths_may_be_strings(tmp_path):
    typed = tmp_path / "a.txt"
    typed.write_text("Nama : Budi Santoso\n", encoding="utf-8")
    (ex,) = extract_files([str(typed)])
    assert isinstance(ex, Extraction) and ex.file == "a.txt"


def test_progress_after_every_page_and_file(tmp_path, make_scan, letter_pages):
    tiff = make_scan("a.tif", letter_pages)
    typed = tmp_path / "b.txt"
    typed.write_text(LETTER_PAGE_2, encoding="utf-8")
    broken = tmp_path / "c.pdf"
    broken.write_bytes(b"%PDF-1.4 broken")
    seen: list[Progress] = []

    results = list(extract_files([tiff, typed, broken], on_progress=seen.append))

    assert len(results) == 3
    assert seen, "no progress reported"
    # 2 OCR'd pages + 3 files: at least one report for each.
    assert len(seen) >= 5
    assert all(p.files_total == 3 and p.pages_total == 4 for p in seen)
    pages = [p.pages_done for p in seen]
    files = [p.files_done for p in seen]
    assert pages == sorted(pages) and files == sorted(files)
    assert seen[-1].pages_done == 4 and seen[-1].files_done == 3
    assert seen[-1].errors == [f"c.pdf: {results[2].error}"]
    assert {p.current_file for p in seen} >= {"a.tif", "b.txt", "c.pdf"}


def _copies(make_scan, n: int) -> list[Path]:
    first = make_scan("salinan0.png", [LETTER_PAGE_1])
    out = [first]
    for i in range(1, n):
        path = first.with_name(f"salinan{i}.png")
        path.write_bytes(first.read_bytes())
        out.append(path)
    return out


def test_cancel_with_an_event_stops_the_batch(make_scan):
    paths = _copies(make_scan, 6)
    stop = threading.Event()

    def on_progress(progress: Progress) -> None:
        if progress.files_done >= 1:
            stop.set()

    results = list(extract_files(paths, workers=1, on_progress=on_progress, cancel=stop))

    assert [r.file for r in results] == [p.name for p in paths]
    assert results[0].error is None
    # With one worker, at most the page already running when the cancel came can still finish.
    cancelled = [r for r in results if r.error == ocr.ERR_CANCELLED]
    assert len(cancelled) >= 4, [r.error for r in results]
    assert all(r.error in (None, ocr.ERR_CANCELLED) for r in results)


def test_cancel_with_a_callable_before_anything_ran(tmp_path, make_scan):
    paths = _copies(make_scan, 3)
    results = list(extract_files(paths, cancel=lambda: True))
    assert [r.error for r in results] == [ocr.ERR_CANCELLED] * 3


def test_abandoning_the_generator_stops_tesseract(make_scan):
    paths = _copies(make_scan, 4)
    batch = extract_files(paths, workers=1)
    first = next(batch)
    assert first.error is None
    batch.close()  # the caller walked away: the pending pages are dropped, not read
    assert list(batch) == []


def test_empty_batch():
    assert list(extract_files([])) == []
