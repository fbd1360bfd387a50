"""The disposition sheet (lembar disposisi) and the complainant's receipt (tanda terima)."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle  # noqa: I001
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from sipdumas.output.pdf.common import (
    BOLD,
    MARGINS,
    PAGE,
    PLAIN,
    TITLE,
    esc,
    grid,
    letterhead,
    para,
    qr_drawing,
)
from sipdumas.output.pdf.forwarding_letter import Letterhead

CELL = ParagraphStyle("cell", parent=PLAIN, fontSize=10.5, leading=13)
CELL_BOLD = ParagraphStyle("cellb", parent=CELL, fontName=BOLD)

#: The instructions a disposition sheet offers (DOMAIN.md, "Lembar disposisi").
INSTRUCTIONS = (
    "Tanggapan dan saran",
    "Proses lebih lanjut",
    "Koordinasikan",
    "Telaah dan laporkan",
    "Arsipkan",
)


@dataclass(frozen=True, slots=True)
class DispositionSheet:
    letterhead: Letterhead
    sender: str
    letter_no: str
    letter_date: str
    received_date: str
    agenda_no: str
    urgency: str
    subject: str
    assignee: str
    instructions: tuple[str, ...]
    note: str
    assigned_by: str
    assigned_on: str


@dataclass(frozen=True, slots=True)
class Receipt:
    letterhead: Letterhead
    agenda_no: str
    received_date: str
    channel: str
    sender: str
    subject: str
    letter_no: str
    place_date: str
    officer: str
    qr_payload: str


def _pdf(story: list, title: str) -> tuple[bytes, int]:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=PAGE, invariant=1, title=title, author="SIPDUMAS", **MARGINS)
    doc.build(story)
    return buf.getvalue(), doc.page


def _kop(head: Letterhead, width: float) -> list:
    return letterhead(
        logo=head.logo, lines=head.lines, address=head.address, contact=head.contact, width=width
    )


def render_disposition(sheet: DispositionSheet) -> tuple[bytes, int]:
    width = PAGE[0] - MARGINS["leftMargin"] - MARGINS["rightMargin"]
    half = width / 2

    def cell(label: str, value: str):
        return [Paragraph(esc(label), CELL_BOLD), Paragraph(esc(value or "-"), CELL)]

    boxes = "".join(
        f"{'&#9746;' if item in sheet.instructions else '&#9744;'} {esc(item)}<br/>" for item in INSTRUCTIONS
    )
    extra = [i for i in sheet.instructions if i not in INSTRUCTIONS]
    boxes += "".join(f"&#9746; {esc(i)}<br/>" for i in extra)
    # Times has no ballot-box glyphs: draw them as bracketed marks instead
    boxes = boxes.replace("&#9746;", "[X]").replace("&#9744;", "[&nbsp;&nbsp;]")
    rows = [
        [[*cell("Surat dari", sheet.sender)], [*cell("Diterima tanggal", sheet.received_date)]],
        [[*cell("Nomor surat", sheet.letter_no)], [*cell("Nomor agenda", sheet.agenda_no)]],
        [[*cell("Tanggal surat", sheet.letter_date)], [*cell("Sifat", sheet.urgency)]],
        [[*cell("Hal", sheet.subject)], ""],
        [
            [*cell("Diteruskan kepada", sheet.assignee)],
            [Paragraph("Instruksi", CELL_BOLD), Paragraph(boxes, CELL)],
        ],
        [[*cell("Catatan", sheet.note)], ""],
        [[*cell("Paraf dan tanggal", f"{sheet.assigned_by}, {sheet.assigned_on}"), Spacer(1, 1.2 * cm)], ""],
    ]
    table = grid(rows, [half, half], boxed=True, pad=4)
    table.setStyle([("SPAN", (0, 3), (1, 3)), ("SPAN", (0, 5), (1, 5)), ("SPAN", (0, 6), (1, 6))])
    story = [
        *_kop(sheet.letterhead, width),
        Spacer(1, 0.4 * cm),
        Paragraph("LEMBAR DISPOSISI", TITLE),
        Spacer(1, 0.4 * cm),
        table,
    ]
    return _pdf(story, f"Lembar disposisi {sheet.agenda_no}")


def render_receipt(receipt: Receipt) -> tuple[bytes, int]:
    width = PAGE[0] - MARGINS["leftMargin"] - MARGINS["rightMargin"]
    rows = [
        [para("Nomor agenda"), para(":"), Paragraph(esc(receipt.agenda_no), CELL_BOLD)],
        [para("Tanggal diterima"), para(":"), para(receipt.received_date)],
        [para("Saluran"), para(":"), para(receipt.channel)],
        [para("Dari"), para(":"), para(receipt.sender)],
        [para("Nomor surat"), para(":"), para(receipt.letter_no)],
        [para("Hal"), para(":"), para(receipt.subject)],
    ]
    half = width / 2
    story = [
        *_kop(receipt.letterhead, width),
        Spacer(1, 0.5 * cm),
        Paragraph("TANDA TERIMA SURAT PENGADUAN", TITLE),
        Spacer(1, 0.5 * cm),
        para("Telah kami terima surat pengaduan Saudara dengan keterangan sebagai berikut:"),
        Spacer(1, 0.3 * cm),
        grid(rows, [4 * cm, 0.5 * cm, width - 4.5 * cm]),
        Spacer(1, 0.4 * cm),
        para(
            "Sebutkan nomor agenda di atas bila menanyakan perkembangan pengaduan Saudara. Identitas pengadu "
            "dijaga kerahasiaannya sesuai Peraturan Presiden Nomor 76 Tahun 2013."
        ),
        Spacer(1, 0.6 * cm),
        grid(
            [
                [
                    qr_drawing(receipt.qr_payload, 2.4 * cm),
                    [
                        para(receipt.place_date),
                        para("Petugas penerima,"),
                        Spacer(1, 1.5 * cm),
                        para(receipt.officer),
                    ],
                ]
            ],
            [half, half],
        ),
    ]
    return _pdf(story, f"Tanda terima {receipt.agenda_no}")
