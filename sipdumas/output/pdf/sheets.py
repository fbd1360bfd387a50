"""The disposition sheet (lembar disposisi) and the complainant's receipt (tanda terima).

The disposition sheet lists the office's units and officials to tick (``recipients``, from the
workflow settings) and the instructions, the completion deadline, and names with positions, not user
names; where a person writes by hand (a blank note, the initials and date) it leaves ruled lines, never
a "-". The receipt carries the letter's date, its attachments, the officer's name and NIP and a QR code
that ``sipdumas verify`` checks.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer

from sipdumas.output.pdf.common import (
    BOLD,
    MARGINS,
    PAGE,
    PLAIN,
    SMALL,
    TITLE,
    esc,
    grid,
    letterhead,
    para,
    qr_drawing,
)
from sipdumas.output.pdf.document import DocumentInfo, canvas_maker
from sipdumas.output.pdf.forwarding_letter import Letterhead

CELL = ParagraphStyle("cell", parent=PLAIN, fontSize=9.5, leading=12.5)
CELL_BOLD = ParagraphStyle("cellb", parent=CELL, fontName=BOLD)
TICKED, EMPTY = "\u2612", "\u2610"  # ☒ ☐ (DejaVu Sans has both)

#: The instructions a disposition sheet offers (DOMAIN.md, "Lembar disposisi").
INSTRUCTIONS = (
    "Tanggapan dan saran",
    "Proses lebih lanjut",
    "Koordinasikan",
    "Telaah dan laporkan",
    "Arsipkan",
)
URGENCIES = ("Biasa", "Segera", "Sangat Segera", "Rahasia")


class WritingLines(Flowable):
    """``count`` dotted lines to write on by hand."""

    def __init__(self, count: int, *, gap: float = 0.75 * cm):
        super().__init__()
        self.count, self.gap = count, gap

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return avail_width, self.count * self.gap

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setDash(1, 2)
        c.setLineWidth(0.5)
        for i in range(self.count):
            y = i * self.gap + 2
            c.line(0, y, self.width, y)
        c.restoreState()


@dataclass(frozen=True, slots=True)
class DispositionSheet:
    """``assignee``/``assigned_by``: "Name (position)" as printed, empty when the supervisor writes by
    hand; ``recipients``: the office's units and officials to tick, ``ticked`` those chosen."""

    letterhead: Letterhead
    sender: str
    letter_no: str
    letter_date: str
    received_date: str
    agenda_no: str
    urgency: str
    subject: str
    recipients: tuple[str, ...]
    ticked: tuple[str, ...]
    assignee: str
    instructions: tuple[str, ...]
    deadline: str
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
    letter_date: str
    attachments: str
    place_date: str
    officer: str
    officer_nip: str
    qr_payload: str
    copy_for: str = ""  # "instansi": the redacted copy sent to an agency
    dated: object = None  # the date received (the PDF's date)


def _pdf(story: list, info: DocumentInfo, *, marking: str = "") -> tuple[bytes, int]:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=PAGE, **MARGINS)
    doc.build(story, canvasmaker=canvas_maker(info, page_numbers="letter", marking=marking))
    return buf.getvalue(), doc.page


def _kop(head: Letterhead, width: float) -> list:
    return letterhead(
        logo=head.logo, lines=head.lines, address=head.address, contact=head.contact, width=width
    )


def _boxes(options, chosen) -> str:
    chosen = set(chosen)
    return "<br/>".join(f"{TICKED if o in chosen else EMPTY} {esc(o)}" for o in options)


def render_disposition(sheet: DispositionSheet) -> tuple[bytes, int]:
    width = PAGE[0] - MARGINS["leftMargin"] - MARGINS["rightMargin"]
    half = width / 2

    def cell(label: str, value: str, lines: int = 1):
        body = Paragraph(esc(value), CELL) if value else WritingLines(lines)
        return [Paragraph(esc(label), CELL_BOLD), body]

    recipients = list(sheet.recipients) + [t for t in sheet.ticked if t not in sheet.recipients]
    to = [Paragraph("Diteruskan kepada", CELL_BOLD), Paragraph(_boxes(recipients, sheet.ticked), CELL)]
    to += [Paragraph("Nama dan jabatan:", CELL)]
    to += [Paragraph(esc(sheet.assignee), CELL)] if sheet.assignee else [WritingLines(2)]
    extra = [i for i in sheet.instructions if i not in INSTRUCTIONS]
    instructions = [
        Paragraph("Instruksi", CELL_BOLD),
        Paragraph(_boxes([*INSTRUCTIONS, *extra], sheet.instructions), CELL),
    ]
    urgency = Paragraph(
        "<b>Sifat</b><br/>"
        + "&nbsp;&nbsp;".join(f"{TICKED if u == sheet.urgency else EMPTY} {u}" for u in URGENCIES),
        CELL,
    )
    signed = [Paragraph("Paraf dan tanggal", CELL_BOLD)]
    if sheet.assigned_by:
        signed += [Paragraph(esc(f"{sheet.assigned_by}, {sheet.assigned_on}"), CELL), Spacer(1, 1.0 * cm)]
    else:
        signed += [WritingLines(3)]
    rows = [
        [cell("Surat dari", sheet.sender), cell("Diterima tanggal", sheet.received_date)],
        [cell("Nomor surat", sheet.letter_no), cell("Nomor agenda", sheet.agenda_no)],
        [cell("Tanggal surat", sheet.letter_date), [urgency]],
        [cell("Hal", sheet.subject), ""],
        [to, instructions],
        [cell("Batas waktu penyelesaian", sheet.deadline), ""],
        [cell("Catatan", sheet.note, lines=4), ""],
        [signed, ""],
    ]
    table = grid(rows, [half, half], boxed=True, pad=4)
    table.setStyle([("SPAN", (0, r), (1, r)) for r in (3, 5, 6, 7)])
    story = [
        *_kop(sheet.letterhead, width),
        Spacer(1, 0.4 * cm),
        Paragraph("LEMBAR DISPOSISI", TITLE),
        Spacer(1, 0.4 * cm),
        table,
    ]
    info = DocumentInfo(
        title=f"Lembar disposisi {sheet.agenda_no}",
        author=sheet.letterhead.office,
        subject="Lembar disposisi surat masuk",
    )
    return _pdf(story, info, marking="RAHASIA" if sheet.urgency == "Rahasia" else "")


def render_receipt(receipt: Receipt) -> tuple[bytes, int]:
    width = PAGE[0] - MARGINS["leftMargin"] - MARGINS["rightMargin"]
    rows = [
        [para("Nomor agenda"), para(":"), Paragraph(esc(receipt.agenda_no), CELL_BOLD)],
        [para("Tanggal diterima"), para(":"), para(receipt.received_date)],
        [para("Saluran"), para(":"), para(receipt.channel)],
        [para("Dari"), para(":"), para(receipt.sender)],
        [para("Nomor surat"), para(":"), para(receipt.letter_no)],
        [para("Tanggal surat"), para(":"), para(receipt.letter_date)],
        [para("Hal"), para(":"), para(receipt.subject)],
        [para("Lampiran"), para(":"), para(receipt.attachments)],
    ]
    half = width / 2
    title = "TANDA TERIMA SURAT PENGADUAN"
    officer = [para(receipt.place_date), para("Petugas penerima,"), Spacer(1, 1.8 * cm)]
    officer.append(Paragraph(f"<u>{esc(receipt.officer)}</u>", CELL_BOLD))
    officer.append(para(f"NIP {receipt.officer_nip}" if receipt.officer_nip else "NIP -"))
    story = [
        *_kop(receipt.letterhead, width),
        Spacer(1, 0.5 * cm),
        Paragraph(title, TITLE),
    ]
    if receipt.copy_for:
        story.append(
            Paragraph(f"Salinan untuk {esc(receipt.copy_for)}: identitas pengadu dirahasiakan", SMALL)
        )
    story += [
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
        KeepTogether(
            grid(
                [
                    [
                        [
                            qr_drawing(receipt.qr_payload, 2.4 * cm),
                            Paragraph("Pindai untuk memeriksa keaslian tanda terima", SMALL),
                        ],
                        officer,
                    ]
                ],
                [half, half],
            )
        ),
    ]
    info = DocumentInfo(
        title=f"Tanda terima {receipt.agenda_no}",
        author=receipt.letterhead.office,
        subject="Tanda terima surat pengaduan"
        + (f" (salinan untuk {receipt.copy_for})" if receipt.copy_for else ""),
        created=receipt.dated,
    )
    return _pdf(story, info)
