"""Reading the rows of a legacy register file (``.jsonl``, ``.csv``, ``.xlsx``) as dictionaries keyed
like ``sipdumas list --json``, before anything is checked or stored.

``sender`` is an object in JSONL, or flattened as ``sender_name``/``sender.name`` columns in CSV and
spreadsheets; the usual Indonesian column headings of a buku agenda are understood too
(:data:`HEADER_ALIASES`), and a column mapping chosen by the user (see
:mod:`sipdumas.services.imports.mapping`) overrides them.

Files are streamed (CSV, JSONL and, through openpyxl's read-only mode, XLSX), so memory does not grow
with the file; a JSONL line longer than :data:`MAX_LINE_CHARS` becomes an error row instead of being
read whole. A row that cannot be read (bad JSON, not an object) is yielded as ``{"__error__": reason}``
so that it is rejected with its line number; a file that cannot be read as a whole (not a workbook, a
binary file named ``.csv``, a damaged sheet, a field beyond the CSV field limit) raises
:class:`ImportFailed` naming the file and the reason.
"""

from __future__ import annotations

import codecs
import csv
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sipdumas.domain.errors import ServiceError

#: A column heading -> the key it is read as (see :func:`header_key`); None or "": not read.
ColumnMapping = dict[str, str | None]
#: A row's line number in the file and its values by key.
RawRow = tuple[int, dict[str, Any]]
#: A JSONL line longer than this (characters) is rejected without being read into memory whole.
MAX_LINE_CHARS = 8 * 1024 * 1024

# Column headings seen in offices' spreadsheets -> the contract's keys.
HEADER_ALIASES: dict[str, str] = {
    "nomor agenda": "agenda_no",
    "no agenda": "agenda_no",
    "tanggal diterima": "received_at",
    "tgl diterima": "received_at",
    "pengirim": "sender.name",
    "nama pengirim": "sender.name",
    "nik": "sender.nik",
    "telepon": "sender.phone",
    "no hp": "sender.phone",
    "email": "sender.email",
    "e-mail": "sender.email",
    "alamat": "sender.address",
    "tanggal surat": "letter_date",
    "nomor surat": "letter_no",
    "hal": "subject",
    "perihal": "subject",
    "hal/ringkasan": "subject",
    "ringkasan": "summary",
    "kategori": "category",
    "saluran": "channel",
    "status": "status",
    "kepada": "addressee",
    "tembusan": "cc",
    "kode berkas": "archive_code",
    "isi": "text",
}
#: The sender's keys, read from ``sender.*`` columns (or ``sender_*`` headings).
SENDER_KEYS = ("name", "nik", "phone", "email", "address")


class ImportFailed(ServiceError):
    """The file as a whole cannot be read (not the rows in it)."""


class JsonLine(str):
    """A JSONL row not decoded yet (see ``read_rows(defer_json=True)``)."""

    __slots__ = ()


def read_rows(
    path: Path, mapping: ColumnMapping | None = None, *, defer_json: bool = False
) -> Iterator[RawRow]:
    """(line number, row) pairs of a register file; raises :class:`ImportFailed` for an unreadable file.

    ``mapping`` maps a column heading (a top-level key in JSONL) as written in the file to a key of
    ``list --json`` (``sender.name`` ...); a heading mapped to None or "" is ignored, one not in the
    mapping is recognised as without it. ``defer_json`` (JSONL without a mapping): a row is
    its line as a :class:`JsonLine`, decoded later by :func:`decoded` (in the worker processes that check rows:
    a line of text crosses to them far cheaper than the decoded row)."""
    suffix = path.suffix.lower()
    if not path.exists():
        raise ImportFailed(f"{path}: berkas tidak ditemukan")
    if suffix == ".jsonl":
        return _jsonl_rows(path, mapping, defer=defer_json and not mapping)
    if suffix == ".csv":
        return _csv_rows(path, mapping)
    if suffix == ".xlsx":
        return _xlsx_rows(path, mapping)
    raise ImportFailed(f"{path.name}: format tidak didukung (gunakan .jsonl, .csv atau .xlsx)")


def jsonl_lines(fh) -> Iterator[str | None]:
    """The lines of an open JSONL file; ``None`` stands for a line longer than :data:`MAX_LINE_CHARS`,
    which is skipped without being held in memory (a broken or hostile file can be one huge line)."""
    while text := fh.readline(MAX_LINE_CHARS + 1):
        if len(text) > MAX_LINE_CHARS and not text.endswith("\n"):
            while (rest := fh.readline(MAX_LINE_CHARS)) and not rest.endswith("\n"):
                pass
            yield None
        else:
            yield text


def _jsonl_rows(path: Path, mapping: ColumnMapping | None = None, *, defer: bool = False) -> Iterator[RawRow]:
    with open(path, encoding="utf-8-sig", errors="replace") as fh:
        for number, text in enumerate(jsonl_lines(fh), start=1):
            if text is None:
                yield number, {"__error__": f"baris lebih panjang dari {MAX_LINE_CHARS} karakter"}
                continue
            if not text.strip():
                continue
            if defer:
                yield number, JsonLine(text)  # type: ignore[misc]
                continue
            value = _json_row(text)
            if mapping and "__error__" not in value:
                yield number, _unflatten([_mapped_key(k, mapping) for k in value], list(value.values()))
            else:
                yield number, value


def decoded(raw: dict[str, Any] | JsonLine) -> dict[str, Any]:
    """``raw`` with its JSON decoded when :func:`read_rows` deferred it, else ``raw`` itself."""
    return _json_row(raw) if isinstance(raw, JsonLine) else raw


def _json_row(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError as exc:
        return {"__error__": f"JSON tidak valid ({exc.msg})"}
    if not isinstance(value, dict):
        return {"__error__": "baris bukan objek JSON"}
    return value


def _csv_encoding(path: Path) -> tuple[str, str]:
    """(encoding, errors) to read a CSV register with: UTF-16 when it starts with a byte-order mark
    (Excel's "Unicode text"), else UTF-8 (with or without BOM) when the whole file is valid UTF-8, else
    Windows-1252 (older Excel exports) with undecodable bytes replaced. The file is scanned in pieces,
    never held whole. A NUL byte means it is no text file (a workbook or PDF renamed ``.csv``)."""
    with open(path, "rb") as fh:
        head = fh.read(2)
        if head in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            return "utf-16", "strict"
        fh.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        utf8 = True
        while chunk := fh.read(1 << 20):
            if b"\x00" in chunk:
                raise ImportFailed(
                    f"{path.name}: bukan berkas teks CSV (berisi byte NUL; mungkin buku kerja atau PDF "
                    "yang diberi akhiran .csv)"
                )
            if utf8:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    utf8 = False
        if utf8:
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                utf8 = False
    return ("utf-8-sig", "strict") if utf8 else ("cp1252", "replace")


@contextmanager
def open_csv(path: Path) -> Iterator[tuple[list[str] | None, Iterator[tuple[int, list[str]]]]]:
    """The heading row (None for an empty file) and the (line, values) rows after it, streamed.
    Raises :class:`ImportFailed` for a file that is no CSV text or breaks the CSV rules (a field beyond
    ``csv.field_size_limit()``, an unclosed quote at the end), naming the file and the row."""
    encoding, errors = _csv_encoding(path)
    try:
        with open(path, encoding=encoding, errors=errors, newline="") as fh:
            try:
                dialect = csv.Sniffer().sniff(fh.read(4096), delimiters=",;\t")
            except csv.Error:
                dialect = csv.excel
            fh.seek(0)
            reader = csv.reader(fh, dialect)
            number = 1  # the row being read, for the error message

            def rows() -> Iterator[tuple[int, list[str]]]:
                nonlocal number
                for values in reader:
                    yield number, values
                    number += 1

            try:
                header = next(reader, None)
                number = 2
                yield header, rows()
            except csv.Error as exc:
                raise ImportFailed(f"{path.name}: baris {number}: CSV rusak ({exc})") from exc
    except UnicodeDecodeError as exc:  # a UTF-16 file broken after its byte-order mark
        raise ImportFailed(f"{path.name}: teks tidak dapat dibaca ({exc.reason})") from exc


def _csv_rows(path: Path, mapping: ColumnMapping | None = None) -> Iterator[RawRow]:
    with open_csv(path) as (header, rows):
        if not header:
            raise ImportFailed(f"{path.name}: berkas CSV kosong")
        keys = [_mapped_key(h, mapping) for h in header]
        for number, values in rows:
            if any(v.strip() for v in values):
                yield number, _unflatten(keys, values)


def open_workbook(path: Path):
    """The workbook of an ``.xlsx`` register in read-only (streaming) mode, or :class:`ImportFailed`."""
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for damaged files
        raise ImportFailed(
            f"{path.name}: bukan berkas xlsx yang dapat dibaca ({type(exc).__name__}: {exc})"
        ) from exc
    if workbook.active is None or not hasattr(workbook.active, "iter_rows"):
        workbook.close()
        raise ImportFailed(f"{path.name}: buku kerja tanpa lembar kerja yang dapat dibaca")
    return workbook


def _xlsx_rows(path: Path, mapping: ColumnMapping | None = None) -> Iterator[RawRow]:
    workbook = open_workbook(path)
    number = 1
    try:
        rows = workbook.active.iter_rows(values_only=True)
        header = next(rows, None)
        if not header:
            raise ImportFailed(f"{path.name}: lembar kerja kosong")
        keys = [_mapped_key("" if h is None else str(h), mapping) for h in header]
        for number, values in enumerate(rows, start=2):
            if any(v not in (None, "") for v in values):
                yield number, _unflatten(keys, ["" if v is None else v for v in values])
    except ImportFailed:
        raise
    except Exception as exc:  # a damaged sheet is found while streaming it (bad XML, a broken zip entry)
        raise ImportFailed(
            f"{path.name}: lembar kerja rusak setelah baris {number} ({type(exc).__name__}: {exc})"
        ) from exc
    finally:
        workbook.close()


def _mapped_key(heading: str, mapping: ColumnMapping | None) -> str:
    if mapping is not None:
        # Spreadsheets keep stray spaces around headings; the mapping step shows them trimmed.
        for candidate in (heading, heading.strip()):
            if candidate in mapping:
                return mapping[candidate] or ""
    return header_key(heading)


def header_key(heading: str) -> str:
    """The key a column heading is read as without a mapping: a key of ``list --json`` (``sender.name``
    ...) for the headings it knows (:data:`HEADER_ALIASES`, ``sender_*``), else the heading lower-cased
    with spaces as underscores."""
    text = " ".join(heading.strip().lower().replace("_", " ").split()).rstrip(".")
    if text in HEADER_ALIASES:
        return HEADER_ALIASES[text]
    text = text.replace(" ", "_")
    if text.startswith("sender_") and text[7:] in SENDER_KEYS:
        return "sender." + text[7:]
    return text


def _unflatten(keys: list[str], values: list[Any]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for key, value in zip(keys, values, strict=False):
        if not key:
            continue
        if key.startswith("sender."):
            row.setdefault("sender", {})[key[7:]] = value
        elif key == "cc" and isinstance(value, str):
            row["cc"] = [c.strip() for c in re.split(r"[;\n]", value) if c.strip()]
        else:
            row[key] = value
    return row
