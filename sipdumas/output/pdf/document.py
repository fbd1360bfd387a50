"""What every PDF the product writes has in common: the embedded Unicode font, real document
properties, PDF/A-2b identification, and what is printed on every page (page numbers, the RAHASIA
marking).

**Font.** DejaVu Sans (``resources/fonts``, with its licence) is embedded, subset, in every document:
names such as "Ḥasan" or "Ĕni", or written in other scripts, print as they are written, not as boxes,
and the file does not depend on the fonts of the machine that opens it. :data:`FONT` and :data:`BOLD` are
its two faces; nothing prints in the PDF standard fonts (the canvas starts in :data:`FONT` too).

**Properties.** :class:`DocumentInfo` carries the title, the author (the office, never "anonymous"),
the subject and the date. The date is the document's own (the day a forwarding letter is dated), so a
reprint of the same record gives the same bytes; dates without a time are written as midnight UTC.

**PDF/A-2b.** :class:`ArchivalCanvas` adds what the standard asks beyond an ordinary reportlab file:
an XMP metadata stream that repeats the document properties and names the file PDF/A-2 level B, and an
sRGB output intent (the ICC profile is made by Pillow's littleCMS, so none has to be shipped). Fonts are
embedded, nothing is encrypted, no page uses LZW, JavaScript, actions or annotations. No validator
(veraPDF is Java, on neither PyPI nor Debian) checks the files in the tests; what the tests check is
listed in docs/documents.md.

**Pages.** ``page_numbers="letter"`` prints ``- 2 -`` centred at the foot of every page after the first
(Tata Naskah Dinas: the first page of a letter carries no number); ``"of_total"`` prints ``Halaman n
dari m`` at the foot of every page, the total written once at the end into a form every page shows (no
second pass over a long register). ``marking="RAHASIA"`` prints the security classification at the top
and the foot of every page. Everything printed here stays at least :data:`PRINTABLE_MARGIN` from the
paper's edge, where office printers still print.
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from functools import lru_cache, partial
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.fonts import addMapping
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from sipdumas.resources import RESOURCES

FONT_DIR = RESOURCES / "fonts"
FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
PRINTABLE_MARGIN = 5 * mm
MARKING_COLOUR = colors.HexColor("#b00000")
PRODUCER = "SIPDUMAS (ReportLab)"
TOTAL_PAGES_FORM = "sipdumasTotalPages"


def register_fonts() -> None:
    """Register the shipped DejaVu Sans faces with reportlab once per process (``<b>`` in a paragraph
    picks the bold face; there is no italic face, so ``<i>`` prints upright)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in ((FONT, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        font = TTFont(name, str(FONT_DIR / file))
        _cache_subsets(font.face)
        pdfmetrics.registerFont(font)
    for bold, italic, face in ((0, 0, FONT), (1, 0, BOLD), (0, 1, FONT), (1, 1, BOLD)):
        addMapping(FONT, bold, italic, face)
        addMapping(BOLD, bold, italic, BOLD)
    # reportlab's own defaults (a table cell, a style, a chart label without a font of its own) become
    # DejaVu Sans too, so that no PDF standard font can slip into a file through a forgotten default
    from reportlab import rl_config
    from reportlab.graphics import shapes
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import tables

    rl_config.canvas_basefontname = FONT
    ParagraphStyle.defaults.update(fontName=FONT, bulletFontName=FONT)
    tables.CellStyle.fontname = FONT
    shapes.STATE_DEFAULTS["fontName"] = FONT


def _cache_subsets(face) -> None:
    """Keep the font subsets a process made: a batch of letters embeds the same characters in the same
    order letter after letter, and cutting a subset out of the font (about 15 ms) was a third of a
    letter's time. The subset bytes depend on nothing but the characters, so the file does not change."""
    make = face.makeSubset
    cache: dict[tuple, bytes] = {}
    lock = threading.Lock()

    def make_subset(subset):
        key = tuple(subset)
        with lock:
            found = cache.get(key)
        if found is None:
            found = make(subset)
            with lock:
                if len(cache) >= 512:
                    cache.clear()
                cache[key] = found
        return found

    face.makeSubset = make_subset


register_fonts()


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """The document's properties. ``author``: the office that issues it (the first line of its
    letterhead); ``created``: the document's own date (None: now)."""

    title: str
    author: str
    subject: str = ""
    keywords: str = ""
    created: datetime | date | None = None

    def moment(self) -> datetime:
        value = self.created
        if value is None:
            return datetime.now().astimezone().replace(microsecond=0)
        if not isinstance(value, datetime):
            return datetime.combine(value, time(), tzinfo=UTC)
        return value if value.tzinfo else value.replace(tzinfo=UTC)


class _Stamp:
    """What reportlab reads from its ``TimeStamp`` to write the Info dictionary's dates."""

    def __init__(self, moment: datetime):
        offset = moment.utcoffset().total_seconds() // 60
        self.t = moment.timestamp()
        self.YMDhms = (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)
        self.lt = self.YMDhms
        self.dhh, self.dmm = int(offset // 60), int(abs(offset) % 60)
        self.tzname = moment.tzname()


class ArchivalCanvas(Canvas):
    """A reportlab canvas writing PDF/A-2b files with :class:`DocumentInfo` properties and the page
    decorations described in the module docstring. For platypus documents pass
    ``canvasmaker=canvas_maker(...)`` to ``build``."""

    def __init__(
        self,
        filename,
        *,
        info: DocumentInfo,
        page_numbers: str | None = None,
        marking: str = "",
        **kwargs,
    ):
        kwargs["invariant"] = 1
        kwargs["initialFontName"] = FONT
        kwargs.setdefault("pageCompression", 1)
        super().__init__(filename, **kwargs)
        self._info = info
        self._moment = info.moment()
        self._doc._timeStamp = _Stamp(self._moment)
        self._page_numbers = page_numbers
        self._marking = marking
        self._numbered = False

    # -------------------------------------------------------------------- every page

    def showPage(self):
        self._decorate(self.getPageNumber())
        super().showPage()

    def _decorate(self, number: int) -> None:
        width, height = self._pagesize
        self.saveState()
        if self._marking:
            self.setFillColor(MARKING_COLOUR)
            self.setFont(BOLD, 11)
            self.drawCentredString(width / 2, height - PRINTABLE_MARGIN - 11, self._marking)
            self.drawCentredString(width / 2, PRINTABLE_MARGIN + 3, self._marking)
            self.setFillColor(colors.black)
        if self._page_numbers == "letter" and number > 1:
            self.setFont(FONT, 9)
            self.drawCentredString(
                width / 2, PRINTABLE_MARGIN + (17 if self._marking else 5), f"- {number} -"
            )
        elif self._page_numbers == "of_total":
            self.setFont(FONT, 7.5)
            label = f"Halaman {number} dari "
            x = width - 1 * 28.35 - self.stringWidth(label + "0000", FONT, 7.5)
            y = PRINTABLE_MARGIN + (17 if self._marking else 3)
            self.drawString(x, y, label)
            self.saveState()
            self.translate(x + self.stringWidth(label, FONT, 7.5), y)
            self.doForm(TOTAL_PAGES_FORM)
            self.restoreState()
            self._numbered = True
        self.restoreState()

    # -------------------------------------------------------------------- at the end

    def save(self):
        if self._code:  # a page drawn but not yet shown (platypus shows every page itself)
            self.showPage()
        total = self.getPageNumber() - 1
        if self._numbered:
            self.beginForm(TOTAL_PAGES_FORM)
            self.setFont(FONT, 7.5)
            self.drawString(0, 0, str(total))
            self.endForm()
        self._write_properties()
        super().save()

    def _write_properties(self) -> None:
        info = self._info
        self.setTitle(info.title)
        self.setAuthor(info.author)
        self.setSubject(info.subject)
        self.setKeywords(info.keywords)
        self.setCreator("SIPDUMAS")
        self.setProducer(PRODUCER)
        doc = self._doc
        metadata = pdfdoc.PDFStream(
            pdfdoc.PDFDictionary({"Type": pdfdoc.PDFName("Metadata"), "Subtype": pdfdoc.PDFName("XML")}),
            xmp_packet(info, self._moment).encode("utf-8"),
            filters=[],
        )
        doc.Catalog.Metadata = doc.Reference(metadata)
        profile = pdfdoc.PDFStream(pdfdoc.PDFDictionary({"N": 3}), srgb_profile())
        intent = pdfdoc.PDFDictionary(
            {
                "Type": pdfdoc.PDFName("OutputIntent"),
                "S": pdfdoc.PDFName("GTS_PDFA1"),
                "OutputConditionIdentifier": pdfdoc.PDFString("sRGB IEC61966-2.1"),
                "Info": pdfdoc.PDFString("sRGB IEC61966-2.1"),
                "DestOutputProfile": doc.Reference(profile),
            }
        )
        catalog = doc.Catalog
        # the catalog writes only the keys its class lists; OutputIntents is not among them
        catalog.__NoDefault__ = [*type(catalog).__NoDefault__, "OutputIntents"]
        catalog.OutputIntents = pdfdoc.PDFArray([intent])


def canvas_maker(info: DocumentInfo, *, page_numbers: str | None = None, marking: str = ""):
    """The ``canvasmaker`` for a platypus ``build``: an :class:`ArchivalCanvas` with these settings."""
    return partial(ArchivalCanvas, info=info, page_numbers=page_numbers, marking=marking)


def xmp_date(moment: datetime) -> str:
    return moment.isoformat()


def xmp_packet(info: DocumentInfo, moment: datetime) -> str:
    """The XMP metadata of a PDF/A-2b file, repeating the Info dictionary's values."""

    def e(value: str) -> str:
        return escape(value or "")

    when = xmp_date(moment)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
        ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/">\n'
        "<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n"
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{e(info.title)}</rdf:li></rdf:Alt></dc:title>\n'
        f"<dc:creator><rdf:Seq><rdf:li>{e(info.author)}</rdf:li></rdf:Seq></dc:creator>\n"
        '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">'
        f"{e(info.subject)}</rdf:li></rdf:Alt></dc:description>\n"
        f"<pdf:Keywords>{e(info.keywords)}</pdf:Keywords>\n"
        f"<pdf:Producer>{PRODUCER}</pdf:Producer>\n"
        "<xmp:CreatorTool>SIPDUMAS</xmp:CreatorTool>\n"
        f"<xmp:CreateDate>{when}</xmp:CreateDate>\n<xmp:ModifyDate>{when}</xmp:ModifyDate>\n"
        "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n" + (" " * 100 + "\n") * 4 + '<?xpacket end="w"?>'
    )


@lru_cache(maxsize=1)
def srgb_profile() -> bytes:
    """An sRGB ICC profile (the output intent of every file), made by littleCMS through Pillow."""
    from PIL import ImageCms

    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
    return profile.tobytes()


def pdf_bytes(draw, *, info: DocumentInfo, pagesize, **options) -> bytes:
    """Run ``draw(canvas)`` on a fresh :class:`ArchivalCanvas` and return the file's bytes."""
    buf = io.BytesIO()
    c = ArchivalCanvas(buf, info=info, pagesize=pagesize, **options)
    draw(c)
    c.save()
    return buf.getvalue()
