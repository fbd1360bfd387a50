"""Barcode labels for files, boxes and incoming letters, and the way back: a scanned page carrying an
agenda-number (or file) label is attached to its letter by reading the code.

The agenda-number label is stuck on the paper letter at registration; when the letter is scanned
later, :func:`attach_scan_by_code` finds the label's Code128/QR in the image and stores the scan as a
document of that letter, so nobody types the agenda number.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from sqlalchemy import select

from sipdumas.db import audit
from sipdumas.db.engine import Database
from sipdumas.db.storage import FileStore, sha256_of
from sipdumas.domain.errors import NotFound, ServiceError, ValidationFailed
from sipdumas.domain.indonesian import long_date
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.models.archive import ArchiveFile, ArchiveLocation, labelled
from sipdumas.models.letters import Document, DocumentPage, IncomingLetter
from sipdumas.output.pdf import archive as archive_pdf
from sipdumas.services.admin import workflow_settings
from sipdumas.services.archive.files import find_file, location_text

SCAN_DPI = 200  # PDF scans are rendered at this resolution to look for labels


class NoLabelFound(ServiceError):
    pass


@dataclass(frozen=True, slots=True)
class AttachedScan:
    letter_id: int
    agenda_no: str
    code: str  # the code read from the label
    document_id: int
    already_attached: bool


def _office(session) -> str:
    lines = workflow_settings.load(session).office_lines
    return lines[0] if lines else "SIPDUMAS"


def file_labels_pdf(db: Database, actor: Actor, *, codes: Sequence[str], skip: int = 0) -> bytes:
    """Labels for physical files: the code as Code128, the title and the place on the shelf."""
    actor.require(Permission.MANAGE_ARCHIVE)
    labels = []
    with db.session() as session:
        office = _office(session)
        for code in codes:
            f = find_file(session, code)
            labels.append(
                archive_pdf.Label(
                    code=f.archive_code,
                    lines=(
                        f.title or "(tanpa judul)",
                        " · ".join(x for x in (f.classification_code, location_text(session, f)) if x),
                    ),
                )
            )
    return archive_pdf.label_sheet_pdf(labels, skip=skip, office=office)


def box_labels_pdf(db: Database, actor: Actor, *, location_codes: Sequence[str], skip: int = 0) -> bytes:
    """Labels for boxes on the shelf: the location code as QR and Code128, with building, shelf, box."""
    actor.require(Permission.MANAGE_ARCHIVE)
    labels = []
    with db.session() as session:
        office = _office(session)
        for code in location_codes:
            loc = session.scalar(select(ArchiveLocation).where(ArchiveLocation.code == code.strip().upper()))
            if loc is None:
                raise NotFound(f"Lokasi {code} tidak dikenal")
            labels.append(
                archive_pdf.Label(
                    code=loc.code,
                    lines=(labelled("Boks", loc.box) if loc.box else loc.code, loc.describe()),
                    qr=True,
                )
            )
    return archive_pdf.label_sheet_pdf(labels, skip=skip, office=office)


def agenda_labels_pdf(db: Database, actor: Actor, *, letter_ids: Sequence[int], skip: int = 0) -> bytes:
    """The agenda-number label to stick on each incoming letter: its agenda number as Code128, the date
    received and the file it belongs to."""
    actor.require(Permission.VIEW_REGISTER)
    labels = []
    with db.session() as session:
        office = _office(session)
        for letter_id in letter_ids:
            letter = session.get(IncomingLetter, letter_id)
            if letter is None:
                raise NotFound(f"Surat dengan id {letter_id} tidak ditemukan")
            file_code = letter.archive_file.archive_code if letter.archive_file else "-"
            labels.append(
                archive_pdf.Label(
                    code=letter.agenda_no,
                    lines=(f"Diterima {long_date(letter.received_at)}", f"Berkas {file_code}"),
                )
            )
    return archive_pdf.label_sheet_pdf(labels, skip=skip, office=office)


def read_codes(path: Path) -> list[str]:
    """Every barcode/QR text found in an image file or in the pages of a PDF, in reading order."""
    import zxingcpp

    images: list[Image.Image] = []
    if path.suffix.lower() == ".pdf":
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        try:
            images = [page.render(scale=SCAN_DPI / 72).to_pil() for page in pdf]
        finally:
            pdf.close()
    else:
        with Image.open(path) as img:
            try:
                for frame in range(getattr(img, "n_frames", 1)):
                    img.seek(frame)
                    images.append(img.convert("L"))
            except EOFError:
                pass
    found: list[str] = []
    for image in images:
        for result in zxingcpp.read_barcodes(image):
            text = result.text.strip()
            if text and text not in found:
                found.append(text)
    return found


def attach_scan_by_code(db: Database, actor: Actor, path: Path) -> AttachedScan:
    """Store the scan ``path`` as a document of the letter whose agenda-number label it shows (or of the
    only letter in the file whose label it shows). Scanning the same file twice attaches it once."""
    actor.require(Permission.EDIT_LETTER)
    path = Path(path)
    if not path.is_file():
        raise ValidationFailed({"path": f"Berkas {path} tidak ada"})
    codes = read_codes(path)
    if not codes:
        raise NoLabelFound(f"{path.name}: tidak ada label kode batang/QR yang terbaca pada pindaian")
    with db.transaction() as session:
        letter, code = None, None
        for text in codes:
            letter = session.scalar(select(IncomingLetter).where(IncomingLetter.agenda_no == text))
            if letter is not None:
                code = text
                break
        if letter is None:
            for text in codes:
                f = session.scalar(select(ArchiveFile).where(ArchiveFile.archive_code == text))
                if f is None:
                    continue
                letters = list(
                    session.scalars(select(IncomingLetter).where(IncomingLetter.archive_file_id == f.id))
                )
                if len(letters) != 1:
                    raise NoLabelFound(
                        f"{path.name}: label berkas {text} berisi {len(letters)} surat; pindai bersama label nomor agenda"
                    )
                letter, code = letters[0], text
                break
        if letter is None:
            raise NoLabelFound(
                f"{path.name}: kode {', '.join(codes)} tidak cocok dengan nomor agenda atau kode berkas mana pun"
            )
        sha = sha256_of(path)
        existing = session.scalar(
            select(Document).where(Document.letter_id == letter.id, Document.sha256 == sha)
        )
        if existing is not None:
            return AttachedScan(letter.id, letter.agenda_no, code, existing.id, True)
        FileStore(db.data_dir).put_file(path)
        pages = _page_count(path)
        document = Document(
            letter_id=letter.id,
            sha256=sha,
            file_name=path.name,
            media_type=mimetypes.guess_type(path.name)[0] or "application/octet-stream",
            size=path.stat().st_size,
            page_count=pages,
        )
        session.add(document)
        session.flush()
        session.add_all(
            DocumentPage(document_id=document.id, page_no=i, ocr_text=None) for i in range(1, pages + 1)
        )
        audit.record(
            session,
            actor,
            "scan_attached",
            "letter",
            letter.id,
            agenda_no=letter.agenda_no,
            file=path.name,
            sha256=sha,
            code=code,
        )
        return AttachedScan(letter.id, letter.agenda_no, code, document.id, False)


def _page_count(path: Path) -> int:
    if path.suffix.lower() == ".pdf":
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        try:
            return len(pdf)
        finally:
            pdf.close()
    with Image.open(path) as img:
        return getattr(img, "n_frames", 1)
