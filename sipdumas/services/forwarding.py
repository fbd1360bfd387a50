"""Forwarding a complaint to the agency with authority over it (penerusan), and the letters that go
with the complaint: the forwarding letter itself, the disposition sheet and the complainant's receipt.

Forwarding a letter takes the next serial of the year from ``forwarding_counters`` (the row is locked by
``UPDATE ... RETURNING`` inside the transaction, as agenda numbers are: never duplicated, never
skipped), records the :class:`~sipdumas.models.ForwardingLetter`, moves the letter to
"forwarded" (through "under review" when it was not reviewed yet), teaches the routing model, enters
the letter in the register of outgoing letters and renders the PDF from the record, all in one
transaction: a number is never spent on a letter that did not print (a letter whose attachment cannot
be read still prints, with a page saying so; any other failure rolls the whole transaction back). The
attachments are converted before the transaction (the conversion is cached), so the counter is only
held for the layout. The same record always renders the same bytes.

Confidential mode (Perpres 76/2013): the complainant's name, NIK, address, phone and e-mail are left
out of every part of the letter, also where they appear inside the subject or summary and in other
forms (:mod:`sipdumas.domain.redaction`, the one redaction of every confidential output); the agency
is asked to answer the office, not the complainant; the complainant is not among the tembusan; the
scan is not attached.
"""

from __future__ import annotations

import hashlib
import re
import string
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from sipdumas.db import audit
from sipdumas.db.engine import Database
from sipdumas.db.storage import FileStore
from sipdumas.domain.channels import Channel
from sipdumas.domain.errors import NotFound, ValidationFailed
from sipdumas.domain.indonesian import counted, long_date
from sipdumas.domain.permissions import Actor, Permission
from sipdumas.domain.redaction import redactor
from sipdumas.domain.statuses import TRANSITIONS, LetterStatus
from sipdumas.models.forwarding import Agency, ForwardingLetter, RoutingRule
from sipdumas.models.letters import Complainant, Document, IncomingLetter
from sipdumas.output.pdf import forwarding_letter as forwarding_pdf
from sipdumas.output.pdf.common import signature_lines
from sipdumas.output.pdf.scan_pages import ScanFile, attachment_parts
from sipdumas.services import outgoing, routing
from sipdumas.services.admin import workflow_settings as wf_settings
from sipdumas.services.letters import CHANNEL_LABELS, load_letter
from sipdumas.services.workflow import move

S = LetterStatus
QR_PREFIX = "SIPDUMAS-FWD"
CONFIDENTIAL_COMPLAINANT = "seorang pengadu (identitas dirahasiakan)"
DRAFT_NUMBER = "DRAF (nomor diberikan saat diteruskan)"


@dataclass(frozen=True, slots=True)
class ForwardingResult:
    id: int
    letter_id: int
    number: str
    agency: str
    forwarded_on: date
    confidential: bool
    checksum: str
    file_sha256: str | None
    pages: int
    pdf: bytes
    reused: bool = False  # an existing forwarding to the same agency was printed again

    def to_json(self, file: str | None = None) -> dict:
        return {
            "id": self.id,
            "letter_id": self.letter_id,
            "number": self.number,
            "agency": self.agency,
            "date": self.forwarded_on.isoformat(),
            "confidential": self.confidential,
            "checksum": self.checksum,
            "file": file,
            "sha256": self.file_sha256,
            "pages": self.pages,
            "reused": self.reused,
        }


@dataclass(frozen=True, slots=True)
class Verification:
    """The answer to a scanned QR code: ``valid`` when the register holds that number with the same
    content; otherwise ``reason`` says what is wrong."""

    valid: bool
    number: str | None
    reason: str | None = None
    agency: str | None = None
    forwarded_on: date | None = None
    subject: str | None = None
    letter_id: int | None = None
    kind: str = "forwarding"  # or "receipt" (tanda terima)


#: The QR code of a complainant's receipt (tanda terima): ``SIPDUMAS-TT|agenda number|checksum``.
RECEIPT_PREFIX = "SIPDUMAS-TT"


def checksum(number: str, addressee: str, subject: str, day: date) -> str:
    """First 16 hex digits of SHA-256 over what identifies a forwarding letter's content."""
    data = "\n".join([number, addressee, subject, day.isoformat()]).encode("utf-8")
    return hashlib.sha256(data).hexdigest()[:16]


def qr_payload(number: str, check: str) -> str:
    return f"{QR_PREFIX}|{number}|{check}"


# ---------------------------------------------------------------- actions


@dataclass(frozen=True, slots=True)
class ForwardRequest:
    """One letter of a batch for :func:`forward_letters` (the arguments of :func:`forward_letter`)."""

    letter_id: int
    agency_id: int | None = None
    agency_name: str | None = None
    confidential: bool = False
    urgency: str = "Biasa"
    note: str = ""


def forward_letter(
    db: Database,
    actor: Actor,
    *,
    letter_id: int,
    agency_id: int | None = None,
    agency_name: str | None = None,
    confidential: bool = False,
    urgency: str = "Biasa",
    note: str = "",
    today: date | None = None,
    reuse: bool = True,
) -> ForwardingResult:
    """Forward letter ``letter_id`` to an agency (by id, or by name fuzzy-matched against the managed
    list) and render the forwarding letter. ``reuse``: when this letter was already forwarded to that
    agency, print that letter again instead of taking a new number (staff reprinting need only
    ``print_letters``)."""
    request = ForwardRequest(letter_id, agency_id, agency_name, confidential, urgency, note)
    return next(iter(forward_letters(db, actor, [request], today=today, reuse=reuse)))


BATCH_CHUNK = 50  # letters numbered in one transaction by forward_letters


def forward_letters(
    db: Database,
    actor: Actor,
    requests: Iterable[ForwardRequest],
    *,
    today: date | None = None,
    reuse: bool = True,
    chunk: int = BATCH_CHUNK,
) -> Iterator[ForwardingResult]:
    """:func:`forward_letter` for many letters, yielding each result in order.

    ``chunk`` letters at a time are numbered, recorded and rendered in one write transaction (one lock
    of the counter, not one per letter; the attachments are converted before it), which keeps parallel
    batch workers from queueing on SQLite's single write lock. Numbers stay unique and gapless, and
    every number belongs to a printed letter: when a letter of a chunk is refused or does not render,
    that chunk's transaction (numbers included) is rolled back and the error raised; the chunks before
    it stay forwarded. Permissions and urgencies are checked when called; the letters are forwarded as
    the results are consumed."""
    actor.require(Permission.PRINT_LETTERS)
    today = today or date.today()
    pending = list(requests)
    for r in pending:
        if r.urgency not in wf_settings.URGENCIES:
            raise ValidationFailed(
                {"urgency": f"Sifat '{r.urgency}' tidak dikenal ({', '.join(wf_settings.URGENCIES)})"}
            )
    return _forward_chunks(db, actor, pending, today=today, reuse=reuse, chunk=max(1, chunk))


def _forward_chunks(
    db: Database, actor: Actor, pending: list[ForwardRequest], *, today: date, reuse: bool, chunk: int
) -> Iterator[ForwardingResult]:
    store = FileStore(db.data_dir) if db.data_dir else None
    for start in range(0, len(pending), chunk):
        part = pending[start : start + chunk]
        _convert_attachments(db, part)
        with db.transaction() as session:
            recorded = [_forward_one(session, actor, r, today=today, reuse=reuse) for r in part]
            session.flush()
            results = [
                _render_in(session, store, forwarding_id, reused) for forwarding_id, reused in recorded
            ]
        yield from results


def _convert_attachments(db: Database, requests: list[ForwardRequest]) -> None:
    """Convert the scans the letters of ``requests`` will attach, before the counter is locked: the
    conversion is cached by content, so the rendering inside the transaction only lays pages out."""
    ids = [r.letter_id for r in requests if not r.confidential]
    if not ids or not db.data_dir:
        return
    store = FileStore(db.data_dir)
    with db.session() as session:
        documents = list(session.scalars(select(Document).where(Document.letter_id.in_(ids))))
        for d in documents:
            try:
                attachment_parts(ScanFile(store.read(d.sha256), d.media_type, d.file_name, d.sha256))
            except Exception:  # reported where it matters: inside the transaction, which then rolls back
                continue


def _forward_one(
    session: Session, actor: Actor, r: ForwardRequest, *, today: date, reuse: bool
) -> tuple[int, bool]:
    """Record (or find, with ``reuse``) the forwarding of one request: (forwarding id, reused)."""
    letter = load_letter(session, r.letter_id)
    agency = _agency(session, r.agency_id, r.agency_name)
    existing = None
    if reuse:
        existing = session.scalar(
            select(ForwardingLetter)
            .where(
                ForwardingLetter.letter_id == r.letter_id,
                ForwardingLetter.agency_id == agency.id,
                ForwardingLetter.confidential.is_(r.confidential),
            )
            .order_by(ForwardingLetter.id.desc())
            .limit(1)
        )
    if existing is None:
        actor.require(Permission.FORWARD_LETTER)
        record = _record(
            session,
            actor,
            letter,
            agency,
            confidential=r.confidential,
            urgency=r.urgency,
            note=r.note,
            today=today,
        )
    else:
        record = existing
        audit.record(session, actor, "forwarding_reprinted", "letter", r.letter_id, number=record.number)
    return record.id, existing is not None


def render_forwarding(db: Database, actor: Actor, *, forwarding_id: int) -> ForwardingResult:
    """Print a recorded forwarding letter again (same number, same content, same bytes)."""
    actor.require(Permission.PRINT_LETTERS)
    return _render_and_store(db, forwarding_id, reused=True)


def verify_forwarding(db: Database, actor: Actor, qr_payload: str) -> Verification:
    """Check a scanned QR code against the register. A forwarding letter's code: the number must exist,
    have been printed (a number whose letter never printed is not a letter), and the checksum must match
    both the stored one and the one recomputed from the stored number, addressee, subject and date. A
    receipt's code (tanda terima, :func:`receipt_checksum`): the agenda
    number must exist and the checksum match its date received, letter number and subject."""
    actor.require(Permission.VIEW_REGISTER)
    parts = (qr_payload or "").strip().split("|")
    if len(parts) >= 3 and parts[0] == RECEIPT_PREFIX:
        return _verify_receipt(db, "|".join(parts[1:-1]), parts[-1].lower())
    if len(parts) < 3 or parts[0] != QR_PREFIX:
        return Verification(False, None, "Kode QR bukan kode surat penerusan atau tanda terima SIPDUMAS")
    number, check = "|".join(parts[1:-1]), parts[-1].lower()
    with db.session() as session:
        row = session.scalar(select(ForwardingLetter).where(ForwardingLetter.number == number))
        if row is None:
            return Verification(False, number, "Nomor surat tidak terdaftar")
        agency = session.get(Agency, row.agency_id)
        recomputed = checksum(row.number, row.addressee, row.subject, row.forwarded_on)
        ok = check == row.checksum == recomputed
        reason = None if ok else "Checksum tidak cocok: isi surat berbeda dari yang terdaftar"
        if ok and row.file_sha256 is None:
            ok, reason = False, "Surat dengan nomor ini tidak pernah tercetak"
        return Verification(
            ok, number, reason, agency.name if agency else None, row.forwarded_on, row.subject, row.letter_id
        )


def receipt_checksum(letter: IncomingLetter) -> str:
    """First 16 hex digits of SHA-256 over what identifies a receipt (tanda terima): agenda number, date
    received, letter number and subject; its QR code carries it."""
    data = "\n".join(
        [letter.agenda_no, letter.received_at.isoformat(), letter.letter_no or "", letter.subject or ""]
    )
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]


def _verify_receipt(db: Database, agenda_no: str, check: str) -> Verification:
    with db.session() as session:
        letter = session.scalar(select(IncomingLetter).where(IncomingLetter.agenda_no == agenda_no))
        if letter is None:
            return Verification(False, agenda_no, "Nomor agenda tidak terdaftar", kind="receipt")
        ok = check == receipt_checksum(letter)
        return Verification(
            ok,
            agenda_no,
            None if ok else "Checksum tidak cocok: isi tanda terima berbeda dari yang terdaftar",
            None,
            letter.received_at,
            None,
            letter.id,
            kind="receipt",
        )


def list_forwardings(db: Database, actor: Actor, *, letter_id: int) -> list[dict]:
    actor.require(Permission.VIEW_REGISTER)
    with db.session() as session:
        stmt = (
            select(ForwardingLetter, Agency.name).join(Agency).where(ForwardingLetter.letter_id == letter_id)
        )
        return [
            {
                "id": f.id,
                "number": f.number,
                "agency": name,
                "date": f.forwarded_on.isoformat(),
                "confidential": f.confidential,
                "checksum": f.checksum,
                "sha256": f.file_sha256,
            }
            for f, name in session.execute(stmt.order_by(ForwardingLetter.id))
        ]


# ---------------------------------------------------------------- the record


def _agency(session: Session, agency_id: int | None, agency_name: str | None) -> Agency:
    if agency_id is not None:
        agency = session.get(Agency, agency_id)
        if agency is None or not agency.active:
            raise NotFound(f"Instansi dengan id {agency_id} tidak ditemukan")
        return agency
    if not agency_name:
        raise ValidationFailed({"agency": "Instansi tujuan wajib diisi"})
    return routing.find_agency(session, agency_name)


def _record(
    session: Session,
    actor: Actor,
    letter: IncomingLetter,
    agency: Agency,
    *,
    confidential: bool,
    urgency: str,
    note: str,
    today: date,
) -> ForwardingLetter:
    if letter.status == S.CLOSED:
        raise ValidationFailed(
            {"status": f"Surat {letter.agenda_no} sudah selesai dan tidak dapat diteruskan"}
        )
    if letter.status in (S.RECEIVED, S.FILED):
        move(session, actor, letter, S.UNDER_REVIEW, "Ditelaah untuk diteruskan")
    if letter.status != S.FORWARDED:
        if S.FORWARDED not in TRANSITIONS.get(letter.status, frozenset()):
            raise ValidationFailed({"status": f"Surat berstatus '{letter.status}' tidak dapat diteruskan"})
        move(session, actor, letter, S.FORWARDED, note or f"Diteruskan kepada {agency.name}")
    conf = wf_settings.load(session)
    serial = outgoing.next_serial(session, today.year)
    number = conf.number(urgency=urgency, serial=serial, month=today.month, year=today.year)
    addressee, subject = _heading(letter, agency, confidential=confidential)
    record = ForwardingLetter(
        letter_id=letter.id,
        agency_id=agency.id,
        number=number,
        year=today.year,
        serial=serial,
        forwarded_on=today,
        urgency=urgency,
        confidential=confidential,
        addressee=addressee,
        subject=subject,
        checksum=checksum(number, addressee, subject, today),
        created_by=actor.username,
    )
    session.add(record)
    session.flush()
    outgoing.enter(
        session,
        actor,
        kind=outgoing.FORWARDING,
        number=number,
        year=today.year,
        serial=serial,
        dated=today,
        addressee=f"{addressee}, {agency.name}"
        if agency.name.lower() not in addressee.lower()
        else addressee,
        subject=subject,
        urgency=urgency,
        confidential=confidential,
        letter_id=letter.id,
        forwarding_id=record.id,
    )
    routing.learn_letter(session, agency.id, letter)
    audit.record(
        session,
        actor,
        "forwarded",
        "letter",
        letter.id,
        number=number,
        agency=agency.name,
        confidential=confidential,
        checksum=record.checksum,
    )
    return record


def _addressee(agency: Agency) -> str:
    return agency.addressee_position or f"Pimpinan {agency.name}"


def _heading(letter: IncomingLetter, agency: Agency, *, confidential: bool) -> tuple[str, str]:
    """The addressee (Yth.) and the Hal of the forwarding letter, redacted in confidential mode."""
    redact = redactor(letter.complainant) if confidential else (lambda s: s)
    return _addressee(agency), redact(
        f"Penerusan Pengaduan Masyarakat perihal {letter.subject or letter.summary or '-'}"
    )


def preview_forwarding(
    db: Database,
    actor: Actor,
    *,
    letter_id: int,
    agency_id: int,
    confidential: bool = False,
    urgency: str = "Biasa",
    today: date | None = None,
) -> bytes:
    """The forwarding letter as it would print, recording nothing and taking no number.

    The record is built as :func:`forward_letter` builds it but never added to the session; its Nomor
    reads :data:`DRAFT_NUMBER`, so a preview can never be mistaken for a sent letter. Content,
    attachments and confidential redaction are the real ones."""
    actor.require(Permission.PRINT_LETTERS)
    today = today or date.today()
    with db.session() as session:
        letter = load_letter(session, letter_id)
        agency = _agency(session, agency_id, None)
        addressee, subject = _heading(letter, agency, confidential=confidential)
        record = ForwardingLetter(
            letter_id=letter.id,
            agency_id=agency.id,
            number=DRAFT_NUMBER,
            year=today.year,
            serial=0,
            forwarded_on=today,
            urgency=urgency,
            confidential=confidential,
            addressee=addressee,
            subject=subject,
            checksum="0" * 16,
            created_by=actor.username,
        )
        doc = build_document(session, record, FileStore(db.data_dir))
    pdf, _pages = forwarding_pdf.render(doc)
    return pdf


def preview_settings(
    db: Database,
    actor: Actor,
    *,
    settings: wf_settings.WorkflowSettings,
    urgency: str = "Biasa",
    today: date | None = None,
) -> bytes:
    """A sample forwarding letter printed with ``settings`` as they are in the settings dialog, before
    they are saved: the same layout and body template as a real letter, filled with a made-up complaint
    (no real complainant's data), addressed to the managed agency the routing rules choose for it (the
    first one by name when none matches, a sample one when the list is empty). Nothing is recorded and
    no number is taken; the Nomor is the example the number pattern gives, marked "(contoh)"."""
    actor.require(Permission.MANAGE_SETTINGS)
    today = today or date.today()
    received = today - timedelta(days=3)
    letter = IncomingLetter(
        agenda_no=f"D-{today.year}-00123",
        received_at=received,
        channel=Channel.LETTER.value,
        letter_no=f"01/PKH/{today.year}",
        letter_date=received - timedelta(days=4),
        subject="Bantuan sosial PKH tidak diterima sejak tiga bulan",
        summary=(
            "Pengadu menyampaikan bahwa bantuan sosial Program Keluarga Harapan (PKH) yang biasa diterimanya "
            "tidak lagi cair sejak tiga bulan terakhir tanpa pemberitahuan dari pendamping"
        ),
        category="02 Pelayanan publik",
        reported_party="Dinas Sosial Kota Medan",
        complainant=Complainant(
            name="Siti Rahmawati",
            regency="Kota Medan",
            province="Sumatera Utara",
            address="Jalan Mawar Nomor 5, Medan",
        ),
    )
    with db.session() as session:
        agency = _sample_agency(session, letter)
    try:
        number = f"{wf_settings.example_number(settings, urgency=urgency, today=today)} (contoh)"
    except Exception:  # a broken pattern is reported by problems(); the preview still shows the rest
        number = DRAFT_NUMBER
    addressee, subject = _heading(letter, agency, confidential=False)
    record = ForwardingLetter(
        number=number,
        year=today.year,
        serial=0,
        forwarded_on=today,
        urgency=urgency,
        confidential=False,
        addressee=addressee,
        subject=subject,
        checksum="0" * 16,
        created_by=actor.username,
    )
    pdf, _pages = forwarding_pdf.render(_document(settings, record, letter, agency, ()))
    return pdf


#: The agency of the settings preview while the managed list is still empty.
SAMPLE_AGENCY = {
    "name": "Kementerian Sosial Republik Indonesia",
    "addressee_position": "Menteri Sosial",
    "address": "Jalan Salemba Raya Nomor 28\nJakarta Pusat 10430",
}


def _sample_agency(session: Session, letter: IncomingLetter) -> Agency:
    """A detached copy of the agency the active rules score highest for the sample ``letter``."""
    agencies = list(session.scalars(select(Agency).where(Agency.active.is_(True)).order_by(Agency.name)))
    if not agencies:
        return Agency(active=True, **SAMPLE_AGENCY)
    values = routing.rule_fields(letter)
    score = dict.fromkeys((a.id for a in agencies), 0.0)
    for rule in session.scalars(select(RoutingRule).where(RoutingRule.active.is_(True))):
        if rule.agency_id in score and routing.rule_matches(
            rule.kind, rule.pattern, values.get(rule.field, "")
        ):
            score[rule.agency_id] += rule.weight
    best = max(agencies, key=lambda a: score[a.id])  # the first by name among equals
    return Agency(
        name=best.name, address=best.address, addressee_position=best.addressee_position, active=True
    )


# ---------------------------------------------------------------- rendering


def _render_and_store(db: Database, forwarding_id: int, *, reused: bool) -> ForwardingResult:
    return _render_and_store_many(db, [(forwarding_id, reused)])[0]


def _render_in(
    session: Session, store: FileStore | None, forwarding_id: int, reused: bool
) -> ForwardingResult:
    """Render the forwarding ``forwarding_id`` inside the caller's transaction and store its file and
    hash there: if this raises, the transaction (and the number it took) rolls back."""
    record = session.get(ForwardingLetter, forwarding_id)
    doc = build_document(session, record, store)
    pdf, pages = forwarding_pdf.render(doc)
    sha = store.put_bytes(pdf) if store else hashlib.sha256(pdf).hexdigest()
    if record.file_sha256 != sha:
        record.file_sha256, record.pages = sha, pages
        outgoing.set_pages(session, forwarding_id=record.id, attachment=doc.attachment)
    agency_name = session.get(Agency, record.agency_id).name
    return ForwardingResult(
        record.id,
        record.letter_id,
        record.number,
        agency_name,
        record.forwarded_on,
        record.confidential,
        record.checksum,
        sha,
        pages,
        pdf,
        reused,
    )


def _render_and_store_many(db: Database, items: list[tuple[int, bool]]) -> list[ForwardingResult]:
    """Render recorded forwardings ``(id, reused)``: what they print is read in one session, the PDFs
    are made outside any transaction, and the hashes that changed are stored in one transaction."""
    store = FileStore(db.data_dir) if db.data_dir else None
    read = []
    with db.session() as session:
        for forwarding_id, reused in items:
            record = session.get(ForwardingLetter, forwarding_id)
            if record is None:
                raise NotFound(f"Surat penerusan dengan id {forwarding_id} tidak ditemukan")
            doc = build_document(session, record, FileStore(db.data_dir))
            agency_name = session.get(Agency, record.agency_id).name
            read.append((record, doc, agency_name, record.file_sha256, reused))
    results, changed = [], {}
    for record, doc, agency_name, stored_sha, reused in read:
        pdf, pages = forwarding_pdf.render(doc)
        sha = store.put_bytes(pdf) if store else hashlib.sha256(pdf).hexdigest()
        if stored_sha != sha:
            changed[record.id] = (sha, pages)
        results.append(
            ForwardingResult(
                record.id,
                record.letter_id,
                record.number,
                agency_name,
                record.forwarded_on,
                record.confidential,
                record.checksum,
                sha,
                pages,
                pdf,
                reused,
            )
        )
    if changed:
        with db.transaction() as session:
            for forwarding_id, (sha, pages) in changed.items():
                row = session.get(ForwardingLetter, forwarding_id)
                row.file_sha256, row.pages = sha, pages
    return results


def build_document(
    session: Session, record: ForwardingLetter, store: FileStore | None
) -> forwarding_pdf.ForwardingDocument:
    """What the forwarding letter ``record`` prints, made confidential where it must be."""
    conf = wf_settings.load(session)
    letter = session.get(IncomingLetter, record.letter_id)
    agency = session.get(Agency, record.agency_id)
    scans: tuple[ScanFile, ...] = ()
    if not record.confidential and store is not None:
        scans = tuple(
            ScanFile(store.read(d.sha256), d.media_type, d.file_name, d.sha256) for d in letter.documents
        )
    return _document(conf, record, letter, agency, scans)


def _document(
    conf: wf_settings.WorkflowSettings,
    record: ForwardingLetter,
    letter: IncomingLetter,
    agency: Agency,
    scans: tuple[ScanFile, ...],
) -> forwarding_pdf.ForwardingDocument:
    c = letter.complainant
    confidential = record.confidential
    redact = redactor(c) if confidential else (lambda s: s)
    values = {k: redact(v) for k, v in _template_values(letter, agency, conf, confidential).items()}
    body = string.Template(conf.body()).safe_substitute(values)
    paragraphs = tuple(p.strip() for p in re.split(r"\n\s*\n", body) if p.strip())
    tembusan = list(conf.tembusan)
    # in confidential mode the complainant is no visible recipient: the agency answers the office
    if conf.cc_complainant and not confidential:
        tembusan.append(f"Sdr. {c.name}" if c and c.name else "Pengadu")
    lines = [agency.name] if agency.name.lower() not in record.addressee.lower() else []
    lines += [ln.strip() for ln in (agency.address or "").splitlines() if ln.strip()]
    return forwarding_pdf.ForwardingDocument(
        letterhead=forwarding_pdf.Letterhead(
            conf.logo, conf.office_lines, conf.office_address, conf.office_contact
        ),
        number=record.number,
        place_date=f"{conf.place}, {long_date(record.forwarded_on)}",
        urgency=record.urgency,
        attachment=counted(len(scans), "berkas") if scans else "-",
        subject=record.subject,
        addressee=record.addressee,
        addressee_lines=tuple(redact(x) for x in lines),
        paragraphs=tuple(redact(p) for p in paragraphs),
        signer_lines=tuple(signer_lines(conf)),
        signer_name=conf.signer_name,
        signer_nip=conf.signer_nip,
        tembusan=tuple(redact(t) for t in tembusan),
        qr_payload=qr_payload(record.number, record.checksum),
        scans=scans,
        dated=record.forwarded_on,
    )


def signer_lines(conf: wf_settings.WorkflowSettings) -> list[str]:
    """The lines above the signature of the office's letters, from the settings (a.n., u.b.)."""
    return signature_lines(
        position=conf.signer_position, on_behalf_of=conf.signer_on_behalf_of, through=conf.signer_through
    )


def _template_values(letter: IncomingLetter, agency: Agency, conf, confidential: bool) -> dict[str, str]:
    c = letter.complainant
    if confidential:
        who = CONFIDENTIAL_COMPLAINANT
    elif c and c.name:
        who = f"Sdr. {c.name}" + (f" ({c.regency})" if c.regency else "")
    else:
        who = "pengadu yang tidak mencantumkan identitas lengkap"
    channel = CHANNEL_LABELS.get(letter.channel, letter.channel)
    if letter.letter_no and letter.letter_date:
        ref = f"melalui surat Nomor {letter.letter_no} tanggal {long_date(letter.letter_date)}"
    elif letter.letter_date:
        ref = f"melalui surat tanggal {long_date(letter.letter_date)}"
    else:
        ref = f"melalui {channel.lower() if channel != 'SP4N-LAPOR!' else channel}"
    summary = (letter.summary or letter.subject or "-").strip()
    if summary[-1:] not in ".!?":
        summary += "."
    office = conf.office_lines[0].title() if conf.office_lines else "kami"
    return {
        "office": office,
        "complainant": who,
        "complainant_name": "" if confidential or not c else (c.name or ""),
        "complainant_address": "" if confidential or not c else (c.address or ""),
        "region": " ".join(filter(None, [c.regency, c.province])) if c else "",
        "letter_ref": ref,
        "letter_no": letter.letter_no or "-",
        "letter_date": long_date(letter.letter_date) if letter.letter_date else "-",
        "subject": letter.subject or "-",
        "summary": summary,
        "category": letter.category or "-",
        "reported_party": letter.reported_party or "-",
        "agenda_no": letter.agenda_no,
        "received_date": long_date(letter.received_at),
        "channel": channel,
        "agency": agency.name,
        "addressee": _addressee(agency),
        "settle_days": str(conf.settle_days),
        "forward_days": str(conf.forward_days),
        "reply_to": "kepada kami" if confidential else "kepada pengadu dengan tembusan kepada kami",
    }
