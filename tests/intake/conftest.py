"""Fixtures of the intake tests; the sample letters and file makers are in ``intake_samples``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from intake_samples import LETTER_PAGE_1, LETTER_PAGE_2, render_pages


@pytest.fixture
def letter_pages() -> list[str]:
    return [LETTER_PAGE_1, LETTER_PAGE_2]


@pytest.fixture
def make_scan(tmp_path):
    """``make_scan(name, pages)``: a scan of ``pages`` in the format ``name``'s suffix says."""

    def make(name: str, pages: Sequence[str]) -> Path:
        images = render_pages(pages, tmp_path)
        path = tmp_path / name
        suffix = path.suffix.lower()
        if suffix in (".tif", ".tiff"):
            images[0].save(path, save_all=True, append_images=images[1:], compression="tiff_lzw")
        elif suffix == ".pdf":
            images[0].save(path, save_all=True, append_images=images[1:], resolution=200)
        else:
            assert len(images) == 1, "one image per page: use .tif or .pdf for several"
            images[0].save(path)
        return path

    return make
