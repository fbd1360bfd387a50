"""Reading and writing exchange documents (see ``docs/exchange.md``).

A document is either one ``.json`` file, its attachments inline as base64 (``content_base64``), or a
``.zip`` bundle: ``complaints.json`` (the same document, attachments pointing at ``files/<sha256>``)
and the files themselves, stored once each. Both are checked against the JSON Schema
(``resources/exchange/complaint-exchange-v1.schema.json``, with ``jsonschema``) and every attachment
against its SHA-256 before any of it is used; a document of a newer version is refused by name.
"""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
from functools import cache
from pathlib import Path
from typing import Any

from sipdumas.domain.errors import ServiceError
from sipdumas.output.files import atomic_open
from sipdumas.resources import RESOURCES

FORMAT = "sipdumas-exchange"
VERSION = 1
SCHEMA_PATH = RESOURCES / "exchange" / "complaint-exchange-v1.schema.json"
FINGERPRINT_SCHEME = "minhash-char5-64"
#: The document's name inside a zip bundle.
DOCUMENT = "complaints.json"
#: Larger bundles are refused before they are unpacked (a zip bomb, or not a bundle at all).
MAX_BUNDLE_BYTES = 4 << 30


class InvalidBundle(ServiceError):
    """The file is not an exchange document this version can read; the message says where and why."""


@cache
def schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def validate(document: Any) -> None:
    """Raise :class:`InvalidBundle` naming the first problems (at most five) found by the schema."""
    from jsonschema import Draft202012Validator

    if isinstance(document, dict):
        version = document.get("version")
        if document.get("format") == FORMAT and isinstance(version, int) and version > VERSION:
            raise InvalidBundle(
                f"Berkas pertukaran versi {version} lebih baru dari yang dikenal aplikasi ini (versi {VERSION})"
            )
    validator = Draft202012Validator(schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    if errors:
        lines = []
        for error in errors[:5]:
            where = "/".join(str(p) for p in error.absolute_path) or "(akar)"
            lines.append(f"{where}: {error.message}")
        raise InvalidBundle("Berkas pertukaran tidak sah: " + "; ".join(lines))


def write(path: Path, document: dict[str, Any], files: dict[str, bytes]) -> None:
    """Write ``document`` (its attachments naming their ``sha256``) with ``files`` (sha256 -> bytes):
    a ``.zip`` bundle, or one ``.json`` with the files inline. Validated before it is written."""
    path = Path(path)
    bundle = path.suffix.lower() == ".zip"
    for complaint in document["complaints"]:
        for a in complaint.get("attachments", []):
            if bundle:
                a["path"] = f"files/{a['sha256']}"
            else:
                a["content_base64"] = base64.b64encode(files[a["sha256"]]).decode("ascii")
    validate(document)
    text = json.dumps(document, ensure_ascii=False, indent=1 if not bundle else None)
    if not bundle:
        with atomic_open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
        return
    with atomic_open(path, "wb") as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(DOCUMENT, text)
        written = set()
        for complaint in document["complaints"]:
            for a in complaint.get("attachments", []):
                if a["sha256"] not in written:
                    # scans are compressed already; storing them saves the time of a second deflate
                    zf.writestr(a["path"], files[a["sha256"]], compress_type=zipfile.ZIP_STORED)
                    written.add(a["sha256"])


def read(path: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The document in ``path`` and its attachments (sha256 -> bytes), validated and checked."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
    except OSError as exc:
        raise InvalidBundle(f"Berkas {path.name} tidak dapat dibaca: {exc.strerror or exc}") from None
    files: dict[str, bytes] = {}
    if head.startswith(b"PK"):
        document, files = _read_zip(path)
    else:
        try:
            document = json.loads(path.read_text(encoding="utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InvalidBundle(f"{path.name} bukan JSON: {exc}") from None
        validate(document)
    for complaint in document["complaints"]:
        for a in complaint.get("attachments", []):
            if "content_base64" in a:
                try:
                    data = base64.b64decode(a["content_base64"], validate=True)
                except ValueError:
                    raise InvalidBundle(
                        f"{complaint['ref']}: lampiran {a['file_name']} bukan base64"
                    ) from None
            else:
                data = files.get(a["path"].removeprefix("files/"))
                if data is None:
                    raise InvalidBundle(f"{complaint['ref']}: lampiran {a['path']} tidak ada dalam bundel")
            if hashlib.sha256(data).hexdigest() != a["sha256"] or len(data) != a["size"]:
                raise InvalidBundle(
                    f"{complaint['ref']}: lampiran {a['file_name']} rusak (SHA-256 tidak cocok)"
                )
            files[a["sha256"]] = data
    return document, files


def _read_zip(path: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
    try:
        with zipfile.ZipFile(path) as zf:
            if sum(i.file_size for i in zf.infolist()) > MAX_BUNDLE_BYTES:
                raise InvalidBundle(f"{path.name}: isi bundel terlalu besar")
            try:
                document = json.loads(zf.read(DOCUMENT).decode("utf-8-sig"))
            except KeyError:
                raise InvalidBundle(f"{path.name}: bundel tidak memuat {DOCUMENT}") from None
            validate(document)
            files = {}
            for info in zf.infolist():
                if info.filename.startswith("files/") and not info.is_dir():
                    files[info.filename.removeprefix("files/")] = zf.read(info)
            return document, files
    except zipfile.BadZipFile as exc:
        raise InvalidBundle(f"{path.name} bukan bundel zip yang utuh: {exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidBundle(f"{path.name}: {DOCUMENT} bukan JSON: {exc}") from None
