"""What every printed document is checked for, as a records officer would: its text page by page,
its fonts (embedded, no PDF standard font), its properties (a real title, the office as author,
nothing "anonymous" or "unspecified"), PDF/A-2b identification, and that nothing is printed within
5 mm of the paper's edge.

The PDF/A checks are the parts of PDF/A-2b the product controls (no validator installs from PyPI or
Debian; docs/documents.md lists them): an XMP packet naming part 2 level B whose title, author and
dates repeat the Info dictionary, an sRGB output intent with an ICC profile, every font embedded,
no encryption, no JavaScript or actions, no LZW.
"""

from __future__ import annotations

import io
import re

import pypdfium2 as pdfium
from pypdf import PdfReader

from sipdumas.output.pdfium import PDFIUM_LOCK

BASE14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")
MM = 72 / 25.4


def page_texts(data: bytes) -> list[str]:
    """The text of each page, whitespace collapsed."""
    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(data)
        try:
            return [" ".join(page.get_textpage().get_text_range().split()) for page in pdf]
        finally:
            pdf.close()


def text_of(data: bytes) -> str:
    return " ".join(page_texts(data))


def fonts(data: bytes) -> dict[str, bool]:
    """Every font the pages use -> whether its program is embedded."""
    reader = PdfReader(io.BytesIO(data))
    found: dict[str, bool] = {}

    def visit(resources) -> None:
        if not resources:
            return
        resources = resources.get_object()
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = False
            if descriptor is not None:
                d = descriptor.get_object()
                embedded = any(k in d for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font.get("/BaseFont"))] = embedded
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form":
                visit(xobject.get("/Resources"))

    for page in reader.pages:
        visit(page.get("/Resources"))
    return found


def check_fonts(data: bytes) -> None:
    used = fonts(data)
    assert used, "no font at all"
    for name, embedded in used.items():
        assert embedded, f"font {name} is not embedded"
        assert not any(base in name for base in BASE14), f"PDF standard font {name} used"
        assert "DejaVuSans" in name, name


def properties(data: bytes) -> dict[str, str]:
    meta = PdfReader(io.BytesIO(data)).metadata or {}
    return {k.lstrip("/"): str(v) for k, v in meta.items()}


def check_properties(data: bytes, *, title: str, author: str) -> dict[str, str]:
    props = properties(data)
    assert title in props["Title"], props
    assert props["Author"] == author, props
    for value in props.values():
        assert value.lower() not in ("anonymous", "unspecified", "untitled"), props
    return props


def check_pdfa(data: bytes) -> None:
    reader = PdfReader(io.BytesIO(data))
    assert not reader.is_encrypted
    root = reader.trailer["/Root"].get_object()
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    assert "<pdfaid:part>2</pdfaid:part>" in xmp and "<pdfaid:conformance>B</pdfaid:conformance>" in xmp
    props = properties(data)
    title = re.search(r'<rdf:li xml:lang="x-default">(.*?)</rdf:li>', xmp).group(1)
    assert title == _xml(props["Title"]), (title, props["Title"])
    assert f"<rdf:Seq><rdf:li>{_xml(props['Author'])}</rdf:li></rdf:Seq>" in xmp
    created = re.search(r"<xmp:CreateDate>(.*?)</xmp:CreateDate>", xmp).group(1)
    info_date = props["CreationDate"]  # D:YYYYMMDDhhmmss+hh'mm'
    assert created[:19].replace("-", "").replace("T", "").replace(":", "") == info_date[2:16], (
        created,
        info_date,
    )
    intents = root["/OutputIntents"]
    intent = intents[0].get_object()
    assert intent["/S"] == "/GTS_PDFA1"
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 3 and profile.get_data()[36:40] == b"acsp"
    assert "/ID" in reader.trailer
    assert b"/LZWDecode" not in data and b"/JavaScript" not in data and b"/JS " not in data
    check_fonts(data)


def _xml(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ink_margins(data: bytes, *, dpi: int = 72, pages: list[int] | None = None) -> list[tuple[float, ...]]:
    """Per page, the distance in mm from each edge (left, top, right, bottom) to the nearest ink."""
    out = []
    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(data)
        try:
            for index in pages if pages is not None else range(len(pdf)):
                image = pdf[index].render(scale=dpi / 72).to_pil().convert("L")
                box = image.point(lambda v: 255 if v < 200 else 0).getbbox()
                if box is None:
                    out.append((999.0,) * 4)
                    continue
                w, h = image.size
                to_mm = 25.4 / dpi
                out.append((box[0] * to_mm, box[1] * to_mm, (w - box[2]) * to_mm, (h - box[3]) * to_mm))
        finally:
            pdf.close()
    return out


def check_printable(data: bytes, *, margin_mm: float = 5.0) -> None:
    for number, edges in enumerate(ink_margins(data), 1):
        assert min(edges) >= margin_mm, f"page {number}: ink {min(edges):.1f} mm from the edge {edges}"


def check_document(data: bytes, *, title: str, author: str) -> str:
    """Every general rule at once; returns the text."""
    check_properties(data, title=title, author=author)
    check_pdfa(data)
    check_printable(data)
    return text_of(data)


def band_texts(data: bytes, *, from_top_mm: float, to_top_mm: float) -> list[str]:
    """Per page, the text printed between ``from_top_mm`` and ``to_top_mm`` from the top edge (negative
    values count from the bottom edge: ``-20, 0`` is the lowest 2 cm)."""
    out = []
    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(data)
        try:
            for page in pdf:
                height = page.get_height()
                if from_top_mm < 0:  # counted from the bottom edge
                    top, bottom = -from_top_mm * MM, -to_top_mm * MM
                else:
                    top, bottom = height - from_top_mm * MM, height - to_top_mm * MM
                top, bottom = max(top, bottom), min(top, bottom)
                textpage = page.get_textpage()
                out.append(" ".join(textpage.get_text_bounded(0, bottom, page.get_width(), top).split()))
        finally:
            pdf.close()
    return out


def soffice_pdf(xlsx, tmp_path) -> bytes:
    """``xlsx`` printed to PDF by LibreOffice headless, as an office would print it (skips the test,
    saying why, where LibreOffice is not installed: scripts/setup.sh installs it, CI always has it)."""
    import os
    import shutil
    import subprocess

    import pytest

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail(
                "LibreOffice (soffice) is missing on CI: scripts/setup.sh installs libreoffice-calc-nogui"
            )
        pytest.skip("LibreOffice (soffice) not installed: scripts/setup.sh installs libreoffice-calc-nogui")
    out = tmp_path / "soffice"
    out.mkdir(exist_ok=True)
    profile = tmp_path / "soffice-profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(xlsx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return (out / (xlsx.stem + ".pdf")).read_bytes()


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(data)
        try:
            return [(page.get_width(), page.get_height()) for page in pdf]
        finally:
            pdf.close()
