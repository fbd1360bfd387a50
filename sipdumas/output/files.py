"""Writing a file so that it appears under its name whole or not at all: the one writer of every output
(register and report workbooks and PDFs, forwarding letters, label sheets, reminders, rejection lists,
the file store under the data folder).

The data goes to a temporary file of its own in the target's folder (``.<name>.<random>.part``: hidden,
unique per write, and skipped by the scan-folder watcher), is flushed to the disk, and is renamed over the
target in one step. So a reader, a crash or a full disk never leaves half a file under the name; two
exports to the same path at the same time each write their own temporary file and the last rename wins
with a complete file; and on any failure the temporary file is removed and an existing target is left
as it was. The temporary file is created with the usual permissions (the process's umask), like a file
written directly.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any

TEMP_SUFFIX = ".part"
#: A target's name is cut to this many characters in its temporary file's name, which must stay within
#: the file system's limit of 255.
_NAME_CHARS = 100
_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)


def _temp_file(path: Path) -> tuple[int, Path]:
    """A new, empty temporary file beside ``path`` (created exclusively, so no other write shares it):
    its open descriptor and its path."""
    for _attempt in range(100):
        tmp = path.with_name(f".{path.name[:_NAME_CHARS]}.{secrets.token_hex(6)}{TEMP_SUFFIX}")
        try:
            return os.open(tmp, _FLAGS, 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"{path.parent}: tidak dapat membuat berkas sementara untuk {path.name}")


@contextmanager
def atomic_open(path: str | os.PathLike[str], mode: str = "wb", **options: Any) -> Iterator[IO[Any]]:
    """Open ``path`` for writing (``mode`` ``"wb"`` or ``"w"``; ``options`` as for :func:`open`, e.g.
    ``encoding``, ``newline``); what is written appears under ``path`` when the block ends without an
    error, and never otherwise. The folder is created if missing. The file object must not be closed
    by the writer."""
    if mode not in ("wb", "w"):
        raise ValueError(f"atomic_open writes a new file: mode 'wb' or 'w', not {mode!r}")
    target = Path(path).expanduser()
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _temp_file(target)
    try:
        try:
            fh = open(fd, mode, **options)  # noqa: SIM115 - closed below, before the rename
        except BaseException:
            os.close(fd)
            raise
        with fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with suppress(OSError):  # the error that brought us here is the one to report
            tmp.unlink(missing_ok=True)
        raise


def write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` through :func:`atomic_open`: a reader never sees half a file."""
    with atomic_open(path) as fh:
        fh.write(data)
