"""Hostile input at scale, property-based (hypothesis): arbitrary Unicode, control characters, very long
strings, markup, values of the wrong type. Nothing crashes, nothing unreadable is stored, and every
document made from such data still opens (PDFs with PDFium, workbooks with openpyxl).

Examples are few and derandomised (``derandomize=True``: the same examples every run, in CI too) and
without deadlines, so the suite stays within minutes; raise ``max_examples`` locally to search harder.
"""

from __future__ import annotations

import csv
import json
from datetime import date, datetime
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from sipdumas.domain.errors import ServiceError
from sipdumas.domain.permissions import Actor
from sipdumas.intake import parse_letter, parse_pages
from sipdumas.output.register import export_register
from sipdumas.output.reports import export_report
from sipdumas.output.reports.periodic import Period
from sipdumas.services import letters as L
from sipdumas.services import routing
from sipdumas.services.archive.labels import agenda_labels_pdf, file_labels_pdf
from sipdumas.services.archive.loan_papers import loan_slip_pdf
from sipdumas.services.archive.loans import Borrower, lend_file
from sipdumas.services.forwarding import forward_letter
from sipdumas.services.imports import checking
from sipdumas.services.imports import legacy_register as importing
from sipdumas.services.letter_papers import disposition_sheet_pdf, receipt_pdf

TODAY = date(2026, 6, 1)
FEW = settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
MANY = settings(max_examples=150, deadline=None, derandomize=True)

#: Markup, formula and escape tricks seen in real attacks on document generators and spreadsheets.
TRICKS = [
    "<b>tebal</b> & <script>alert(1)</script>",
    '=HYPERLINK("http://contoh.invalid","klik")',
    "+62 812; DROP TABLE incoming_letters;--",
    "‮kiri-ke-kanan‬ \u200b\u200d",
    "\\f\\n%PDF-1.4 ) ( \\\\",
    "{year} {serial:05d} %s %(x)s $subject ${agency}",
    'NEAR(jalan rusak) OR "bansos AND* ^ -x:y',
]
#: Any character a string can hold, surrogates included (they cannot be encoded: a classic crash).
ANY_CHAR = st.characters(codec=None, exclude_categories=())
hostile_text = st.one_of(
    st.text(ANY_CHAR, max_size=200),
    st.sampled_from(TRICKS),
    st.builds(lambda t, n: t * n, st.sampled_from(TRICKS + ["x", "é", "\x00"]), st.integers(50, 2000)),
)
#: The same for documents, with repeats up to ~15,000 characters: a 100,000-character paragraph makes
#: dozens of pages and would keep each example busy for minutes.
document_text = st.one_of(
    st.text(ANY_CHAR, max_size=200),
    st.sampled_from(TRICKS),
    st.builds(lambda t, n: t * n, st.sampled_from(TRICKS + ["x", "é", "\x00"]), st.integers(50, 300)),
)
json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | hostile_text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
ROW_KEYS = [
    "agenda_no",
    "received_at",
    "letter_no",
    "letter_date",
    "place",
    "subject",
    "summary",
    "category",
    "addressee",
    "cc",
    "sender",
    "status",
    "channel",
    "text",
    "archive_code",
    "carbon_copy",
]


def pdf_opens(data: bytes) -> int:
    pdf = pdfium.PdfDocument(data)
    try:
        assert len(pdf) >= 1
        for page in pdf:
            page.get_textpage().get_text_range()
        return len(pdf)
    finally:
        pdf.close()


# ------------------------------------------------------------------ the letter parser (no database)


@MANY
@given(text=hostile_text)
def test_the_letter_parser_never_crashes(text):
    ex = parse_letter(text)
    for value in (ex.subject, ex.place, ex.addressee, *(ex.cc or [])):
        assert value is None or isinstance(value, str)


@MANY
@given(pages=st.lists(hostile_text, min_size=1, max_size=4))
def test_pages_of_hostile_text_are_parsed_without_crashing(pages):
    ex = parse_pages(pages)
    assert ex.error is None or isinstance(ex.error, str)


# ------------------------------------------------------------------ importers


@MANY
@given(raw=st.dictionaries(st.sampled_from(ROW_KEYS), json_value, max_size=len(ROW_KEYS)))
def test_a_row_of_any_json_is_checked_or_rejected_never_crashes(raw):
    row = checking.check_row(1, raw, TODAY, (), agenda_pattern="D-{year}-{serial:05d}")
    if isinstance(row, checking.RejectedRow):
        assert row.reason and isinstance(row.reason, str)
        return
    data = row.data
    texts = [data.letter_no, data.place, data.subject, data.summary, data.category, data.addressee, data.text]
    texts += [data.sender.name, data.sender.address, *data.cc, row.agenda_no, row.archive_code, row.status]
    assert all(t is None or isinstance(t, str) for t in texts)
    assert not any(t and t.startswith(("{'", "['")) for t in texts)  # never a Python representation


@st.composite
def register_rows(draw) -> list[dict]:
    """A few rows of a legacy register: most valid with hostile texts, some with wrong types."""
    out = []
    for i in range(draw(st.integers(1, 4))):
        row = {
            "received_at": f"2026-0{1 + i}-1{i}",
            "subject": draw(hostile_text),
            "summary": draw(hostile_text),
            "place": draw(st.text(ANY_CHAR, max_size=40)),
            "sender": {"name": draw(st.text(ANY_CHAR, max_size=40)), "address": draw(hostile_text)},
            "cc": draw(st.lists(st.text(ANY_CHAR, max_size=30), max_size=3)),
        }
        if draw(st.booleans()):
            row[draw(st.sampled_from(ROW_KEYS))] = draw(json_value)
        out.append(row)
    return out


def _write(path: Path, rows: list[dict]) -> Path:
    if path.suffix == ".jsonl":
        # ensure_ascii keeps lone surrogates writable; the reader sees them again
        path.write_text("\n".join(json.dumps(r, default=str) for r in rows) + "\n", encoding="utf-8")
        return path
    flat = [
        {
            "Tanggal diterima": r.get("received_at"),
            "Perihal": r.get("subject"),
            "Ringkasan": r.get("summary"),
            "Tempat": r.get("place"),
            "Nama pengirim": (r.get("sender") or {}).get("name")
            if isinstance(r.get("sender"), dict)
            else None,
            "Alamat": (r.get("sender") or {}).get("address") if isinstance(r.get("sender"), dict) else None,
        }
        for r in rows
    ]
    if path.suffix == ".csv":
        with path.open("w", encoding="utf-8", errors="surrogatepass", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(flat[0]))
            writer.writeheader()
            writer.writerows(flat)
        return path
    wb = Workbook()
    wb.active.append(list(flat[0]))
    for r in flat:
        wb.active.append(
            [
                checking_safe(v)
                if isinstance(v, str)
                else (v if isinstance(v, int | float | datetime) else None)
                for v in r.values()
            ]
        )
    wb.save(path)
    return path


def checking_safe(value: str) -> str:
    """What a spreadsheet can hold at all (no control characters, no surrogates): an office's workbook."""
    return "".join(ch for ch in value if ch >= " " and not 0xD800 <= ord(ch) <= 0xDFFF)


@FEW
@given(rows=register_rows(), suffix=st.sampled_from([".jsonl", ".csv", ".xlsx"]))
def test_importing_hostile_registers_never_crashes_and_stores_only_text(db, tmp_path, rows, suffix):
    admin = Actor.local_admin()
    path = _write(tmp_path / f"lama{suffix}", rows)
    try:
        result = importing.import_register(db, admin, path=path, today=TODAY)
    except ServiceError as exc:  # a file that cannot be read as a whole: refused with a reason
        assert str(exc)
        return
    assert result.imported + result.rejected + result.skipped == len(rows)
    for row in L.iter_letters(db, admin):
        assert "\x00" not in json.dumps(row.to_json(), default=str)


# ------------------------------------------------------------------ search


@pytest.fixture
def few_letters(db):
    admin = Actor.local_admin()
    for subject in ("Jalan desa rusak berat", "Bantuan sosial PKH tidak diterima", "Pungli di kantor desa"):
        L.register_letter(db, admin, data=L.LetterInput(received_at=TODAY, subject=subject), today=TODAY)
    return db


@FEW
@given(words=hostile_text)
def test_searching_for_anything_gives_rows_or_nothing_never_an_error(few_letters, words):
    admin = Actor.local_admin()
    rows = L.list_letters(few_letters, admin, query=L.LetterQuery(text=words, sort="id", descending=False))
    assert isinstance(rows, list)
    L.count_letters(few_letters, admin, query=L.LetterQuery(text=words))


def test_the_list_command_searches_for_operators_and_markup_without_an_error(few_letters):
    from test_cli import run

    for words in TRICKS + ['"', "*", "(", "NOT", "jalan AND"]:
        proc = run(
            ["list", "--search", words], db_url=few_letters.url, data_dir=few_letters.data_dir, check=False
        )
        assert proc.returncode == 0 and "Traceback" not in proc.stderr, (words, proc.stderr)


# ------------------------------------------------------------------ every document renderer


@st.composite
def hostile_letters(draw) -> L.LetterInput:
    return L.LetterInput(
        received_at=TODAY,
        letter_no=draw(st.text(ANY_CHAR, max_size=120)) or None,
        letter_date=date(2026, 5, 20),
        place=draw(st.text(ANY_CHAR, max_size=120)) or None,
        subject=draw(document_text) or "Perihal",
        summary=draw(document_text),
        category=draw(st.text(ANY_CHAR, max_size=100)) or None,
        addressee=draw(document_text),
        cc=draw(st.lists(document_text, max_size=3)),
        sender=L.SenderData(name=draw(st.text(ANY_CHAR, max_size=200)) or None, address=draw(document_text)),
        reported_party=draw(st.text(ANY_CHAR, max_size=300)) or None,
        text=draw(document_text),
    )


@settings(FEW, max_examples=6)
@given(data=hostile_letters(), agency=st.text(ANY_CHAR, min_size=1, max_size=80), borrower=hostile_text)
def test_every_document_made_from_hostile_data_still_opens(db, tmp_path, data, agency, borrower):
    admin = Actor.local_admin()
    try:
        row = L.register_letter(db, admin, data=data, today=TODAY)
    except ServiceError as exc:  # refused with a reason a user reads (e.g. only unprintable text)
        assert str(exc)
        return
    pdf_opens(receipt_pdf(db, admin, letter_id=row.id).data)
    pdf_opens(disposition_sheet_pdf(db, admin, letter_id=row.id).data)
    try:
        routing.save_agency(db, admin, name=agency, addressee_position=agency, address=data.summary)
        forwarded = forward_letter(db, admin, letter_id=row.id, agency_name=agency, today=TODAY)
        pdf_opens(forwarded.pdf)
        pdf_opens(
            forward_letter(
                db, admin, letter_id=row.id, agency_name=agency, confidential=True, today=TODAY, reuse=False
            ).pdf
        )
    except ServiceError as exc:  # an agency name that cannot be stored or matched: refused in words
        assert str(exc)
    pdf_opens(agenda_labels_pdf(db, admin, letter_ids=[row.id]))
    pdf_opens(file_labels_pdf(db, admin, codes=[row.archive_code]))
    try:
        loan = lend_file(
            db,
            admin,
            code=row.archive_code,
            borrower=Borrower(name=borrower or "Budi", unit=borrower or "TU"),
        )
    except ServiceError as exc:
        assert str(exc)
    else:
        pdf_opens(loan_slip_pdf(db, admin, loan_id=loan.loan_id).data)
    out = tmp_path / "agenda.xlsx"
    export_register(db, admin, out=out, pdf=out.with_suffix(".pdf"))
    assert sum(1 for _row in load_workbook(out, read_only=True).active.iter_rows()) >= 2
    pdf_opens(out.with_suffix(".pdf").read_bytes())
    report = tmp_path / "laporan.xlsx"
    export_report(
        db, admin, period=Period("year", 2026), out=report, pdf=report.with_suffix(".pdf"), as_of=TODAY
    )
    load_workbook(report, read_only=True)
    pdf_opens(report.with_suffix(".pdf").read_bytes())
