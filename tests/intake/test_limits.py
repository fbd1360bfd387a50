"""What one file may cost, and what a killed run leaves behind.

A file of more pages than the limit is refused before any page is read, with the count and the limit in
the message; a file whose pages take longer than the per-file time fails with that reason while the batch
goes on. Pages are rendered into the run's own temporary folder; a run killed with SIGKILL cannot remove
it, so the next run does, and never the folder of a run that is still alive.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from intake_samples import write_text_pdf

from sipdumas.intake import Limits, extract_files
from sipdumas.intake.ocr import ERR_TOO_MANY_PAGES
from sipdumas.intake.pipeline import ERR_FILE_TIME
from sipdumas.intake.scratch import LOCK_NAME, PREFIX, RunDir, clean_stale, is_live

ROOT = Path(__file__).resolve().parents[2]


def test_a_file_over_the_page_limit_is_refused_before_reading_and_the_batch_goes_on(tmp_path, letter_pages):
    long = write_text_pdf(tmp_path / "tebal.pdf", [letter_pages[0]] * 4)
    short = write_text_pdf(tmp_path / "tipis.pdf", letter_pages[:1])
    results = list(extract_files([long, short], limits=Limits(max_pages=3)))
    assert results[0].error == ERR_TOO_MANY_PAGES.format(pages=4, limit=3)
    assert "4 halaman" in results[0].error and "batas 3 halaman" in results[0].error
    assert results[1].error is None and results[1].pages == 1


def test_the_extract_command_takes_the_page_limit_and_says_which_file(tmp_path, letter_pages):
    long = write_text_pdf(tmp_path / "tebal.pdf", [letter_pages[0]] * 3)
    proc = subprocess.run(
        [sys.executable, "-m", "sipdumas", "extract", str(long), "--max-pages", "2"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1
    assert "tebal.pdf: berkas berisi 3 halaman, melebihi batas 2 halaman" in proc.stderr


def test_a_file_whose_pages_take_too_long_fails_with_the_file_limit(make_scan, letter_pages, tmp_path):
    scan = make_scan("lambat.png", letter_pages[:1])
    typed = tmp_path / "ketik.txt"
    typed.write_text(letter_pages[0], encoding="utf-8")
    results = list(extract_files([scan, typed], limits=Limits(file_seconds=0.001)))
    assert results[0].error == ERR_FILE_TIME.format(seconds=0.001)
    assert results[1].error is None  # the batch goes on


def test_pages_are_rendered_in_the_run_folder_which_is_gone_after_the_run(make_scan, letter_pages, tmp_path):
    scan = make_scan("surat.tif", letter_pages)  # TIFF frames are rendered before OCR
    before = {p for p in Path(os.environ.get("TMPDIR", "/tmp")).iterdir() if p.name.startswith(PREFIX)}
    results = list(extract_files([scan]))
    assert results[0].error is None and results[0].pages == 2
    after = {p for p in Path(os.environ.get("TMPDIR", "/tmp")).iterdir() if p.name.startswith(PREFIX)}
    assert not {p for p in after - before if p.name.startswith(f"{PREFIX}{os.getpid()}-")}


def test_the_folder_of_a_killed_run_is_removed_by_the_next_and_a_live_ones_is_kept(tmp_path):
    script = (
        "import sys\n"
        "from sipdumas.intake.scratch import RunDir\n"
        f"run = RunDir({str(tmp_path)!r})\n"
        "(run.path / 'page-1.pnm').write_bytes(b'P5 render')\n"
        "print(run.path, flush=True)\n"
        "sys.stdin.read()\n"  # alive until told
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        folder = Path(child.stdout.readline().strip())
        assert is_live(folder)
        with RunDir(tmp_path) as mine:
            assert folder.is_dir() and mine.removed == []  # a live run's folder is never touched
            assert is_live(mine.path)
        assert not mine.path.exists()
        os.kill(child.pid, signal.SIGKILL)
        child.wait(30)
        assert folder.is_dir() and not is_live(folder)  # left behind by the kill
        with RunDir(tmp_path) as next_run:
            assert next_run.removed == [folder] and not folder.exists()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(30)


def test_a_folder_without_a_lock_is_left_alone_until_it_is_old(tmp_path):
    young = tmp_path / f"{PREFIX}123-young"
    young.mkdir()
    old = tmp_path / f"{PREFIX}abc"  # a page folder of an older version
    old.mkdir()
    os.utime(old, (1_000_000, 1_000_000))
    empty_lock = tmp_path / f"{PREFIX}456-starting"
    empty_lock.mkdir()
    (empty_lock / LOCK_NAME).touch()
    unrelated = tmp_path / "other-tool-abc"
    unrelated.mkdir()
    assert clean_stale(tmp_path) == [old]
    assert young.is_dir() and empty_lock.is_dir() and unrelated.is_dir()
