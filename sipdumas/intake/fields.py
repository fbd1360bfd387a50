"""Reading the register fields out of a complaint letter (OCR'd pages, a typed letter, an e-mail).

The letter becomes numbered lines (:mod:`~sipdumas.intake.lines`; for scans with each word's box,
:mod:`~sipdumas.intake.layout`), every line gets its role (:mod:`~sipdumas.intake.roles`), and each
field is read from the lines of its role, in whatever order the letter puts them:

- date and place: :mod:`~sipdumas.intake.place_date`;
- subject: :mod:`~sipdumas.intake.subject`;
- addressee, tembusan and the carbon-copy rule: :mod:`~sipdumas.intake.addressing`;
- the sender (name, NIK, phone, e-mail, address): :mod:`~sipdumas.intake.identity`, names as
  :mod:`~sipdumas.intake.names` cleans them;
- province and regency: :mod:`~sipdumas.intake.region`.

Rules kept everywhere:

- a value the letter does not state is None; nothing is guessed;
- every value found gets a confidence in 0..1 (labelled and valid: high; taken from a sentence or a
  signature, or repaired from OCR look-alike characters: lower), so a screen can mark what to check,
  and its evidence: the line(s) it was read from and, on a scan, the word boxes.
"""

from __future__ import annotations

from collections.abc import Sequence

from sipdumas.domain.identity import identity_complete
from sipdumas.intake.addressing import carbon_copy_of, find_addressee, find_tembusan, names_this_office
from sipdumas.intake.evidence import CONF_LABELLED, CONF_SIGNATURE, Found
from sipdumas.intake.identity import EMAIL, read_sender
from sipdumas.intake.layout import PageLayout
from sipdumas.intake.lines import Doc, Line, doc_from_lines, doc_from_text
from sipdumas.intake.model import Evidence, Extraction, Sender
from sipdumas.intake.names import clean_name
from sipdumas.intake.place_date import find_place_date
from sipdumas.intake.region import fill_region, region_from_address
from sipdumas.intake.roles import read_structure
from sipdumas.intake.subject import find_subject
from sipdumas.intake.text import strip_control

__all__ = [
    "apply_sender_hint",
    "carbon_copy_of",
    "clean_name",
    "default_office_names",
    "names_this_office",
    "parse_letter",
    "parse_pages",
    "region_from_address",
]


def default_office_names() -> tuple[str, ...]:
    """This office's names when the caller gives none: the defaults of :class:`OfficeSettings`.

    Imported on first use: the settings module pulls in the database layer, which OCR worker
    processes (they import this package) have no use for.
    """
    from sipdumas.db.settings import DEFAULT_OFFICE_NAMES

    return tuple(DEFAULT_OFFICE_NAMES)


def parse_letter(text: str, office_names: Sequence[str] | None = None) -> Extraction:
    """The register fields of one letter's text; ``file`` is "" and ``pages`` None.

    ``office_names`` are the names of the office that registers the letter (default: those of
    :class:`sipdumas.db.settings.OfficeSettings`): ``carbon_copy`` is True when one of them is in the
    tembusan but not the addressee.
    """
    ex = _read(doc_from_text(text or ""), office_names)
    ex.text = strip_control(text or "")
    return ex


def parse_pages(pages: Sequence[str | PageLayout], office_names: Sequence[str] | None = None) -> Extraction:
    """The fields of a letter given page by page: a page's text, or its OCR layout (lines with word
    boxes, which then become the fields' evidence). ``text`` is the pages' text joined by form feeds."""
    lines: list[Line] = []
    sizes: dict[int, tuple[int, int]] = {}
    texts = []
    for number, page in enumerate(pages):
        if lines and lines[-1].text:
            lines.append(Line(0, "", number))
        if isinstance(page, PageLayout):
            sizes[number] = (page.width, page.height)
            for line in page.lines:
                line.page = number
                lines.append(line)
            texts.append(page.text)
        else:
            for line in doc_from_text(page).lines:
                line.page = number
                lines.append(line)
            texts.append(page)
    ex = _read(doc_from_lines(lines, sizes), office_names)
    ex.text = strip_control("\f".join(texts))
    ex.page_sizes = [sizes.get(k) for k in range(len(pages))]
    return ex


def _read(doc: Doc, office_names: Sequence[str] | None) -> Extraction:
    offices = tuple(office_names) if office_names else default_office_names()
    st = read_structure(doc)
    ex = Extraction(file="", pages=None)
    confidence: dict[str, float] = {}
    evidence: dict[str, Evidence] = {}

    def keep(key: str, found: Found | None) -> object | None:
        if found is None or found.value is None or found.value == []:
            return None
        confidence[key] = round(max(0.0, min(1.0, found.confidence)), 3)
        evidence[key] = _evidence(doc, found)
        return found.value

    date, place = find_place_date(st)
    ex.letter_date = keep("letter_date", date)  # type: ignore[assignment]
    ex.place = keep("place", place)  # type: ignore[assignment]
    ex.subject = keep("subject", find_subject(st))  # type: ignore[assignment]
    addressee, route = find_addressee(st)
    ex.addressee = keep("addressee", addressee)  # type: ignore[assignment]
    ex.cc = list(keep("cc", find_tembusan(st)) or [])  # type: ignore[call-overload]

    who = read_sender(st)
    sender = Sender()
    sender.name = keep("sender.name", who.name)  # type: ignore[assignment]
    sender.nik = keep("sender.nik", who.nik)  # type: ignore[assignment]
    sender.phone = keep("sender.phone", who.phone)  # type: ignore[assignment]
    sender.email = keep("sender.email", who.email)  # type: ignore[assignment]
    sender.address = keep("sender.address", who.address)  # type: ignore[assignment]
    ex.sender = sender

    ex.identity_complete = identity_complete(sender)
    # As sure as the name and the surest way to reach the sender; "incomplete" is as sure as the reading
    # of a letter without those values can be (a missed value would make it wrong).
    contacts = [confidence[k] for k in ("sender.phone", "sender.email", "sender.address") if k in confidence]
    if ex.identity_complete:
        confidence["identity_complete"] = round(min(confidence["sender.name"], max(contacts)), 3)
    else:
        confidence["identity_complete"] = 0.9

    routed = f"{ex.addressee} c.q. {route}" if ex.addressee and route else ex.addressee
    ex.carbon_copy = carbon_copy_of(routed, ex.cc, offices)
    confidence["carbon_copy"] = round(min(confidence.get("cc", 0.9), confidence.get("addressee", 0.6)), 3)

    fill_region(ex, confidence)
    ex.confidence = confidence
    ex.evidence = evidence
    return ex


def _evidence(doc: Doc, found: Found) -> Evidence:
    numbers = sorted({span.line for span in found.spans})
    boxes = [(b.page, b.left, b.top, b.width, b.height) for b in doc.boxes(found.spans)]
    return Evidence([doc.lines[i].text for i in numbers], numbers, boxes)


def apply_sender_hint(ex: Extraction, hint: dict[str, str]) -> None:
    """Fill the sender's name and e-mail from an e-mail's ``From`` header where the letter is silent.

    The letter's own words win: the header names the mailbox, which may belong to someone writing on
    the complainant's behalf. A display name is used only when it looks like a person's name.
    """
    if ex.error is not None:
        return
    sender = ex.sender or Sender()
    name = clean_name(hint.get("name"))
    if sender.name is None and name:
        sender.name = name
        ex.confidence["sender.name"] = CONF_SIGNATURE
        ex.evidence["sender.name"] = Evidence([f"From: {hint.get('name')}"])
    address = hint.get("email")
    if sender.email is None and address and EMAIL.fullmatch(address):
        sender.email = address
        ex.confidence["sender.email"] = CONF_LABELLED
        ex.evidence["sender.email"] = Evidence([f"From: {address}"])
    ex.sender = sender
    ex.identity_complete = identity_complete(sender)
    if ex.identity_complete:
        contacts = [ex.confidence.get(f"sender.{k}", 0.0) for k in ("phone", "email", "address")]
        ex.confidence["identity_complete"] = round(min(ex.confidence["sender.name"], max(contacts)), 3)
