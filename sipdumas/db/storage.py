"""Content-addressed storage of scans and received files under the data folder.

A file is stored once under ``files/<first two hex digits>/<sha256>``; reading it back checks the hash,
so a file damaged on disk is reported instead of silently shown or printed.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sipdumas.domain.errors import ServiceError
from sipdumas.output.files import write_atomically


class CorruptFile(ServiceError):
    pass


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class FileStore:
    def __init__(self, data_dir: Path):
        self.root = Path(data_dir) / "files"

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def put_bytes(self, data: bytes) -> str:
        sha = hashlib.sha256(data).hexdigest()
        target = self.path_for(sha)
        if not target.exists():
            # A crash never leaves a half-written file under its hash.
            write_atomically(target, data)
        return sha

    def put_file(self, path: Path) -> str:
        return self.put_bytes(Path(path).read_bytes())

    def verified_path(self, sha256: str) -> Path:
        """The stored file of ``sha256``, after checking that it is there and still has that hash (read
        in chunks: a scan is never held in memory whole); :class:`CorruptFile` otherwise."""
        path = self.path_for(sha256)
        try:
            actual = sha256_of(path)
        except FileNotFoundError:
            raise CorruptFile(f"Berkas pindaian {sha256[:12]}… hilang dari folder data ({path})") from None
        if actual != sha256:
            raise CorruptFile(f"Berkas pindaian {path} rusak: isinya tidak cocok dengan sidik SHA-256")
        return path

    def read(self, sha256: str) -> bytes:
        path = self.path_for(sha256)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise CorruptFile(f"Berkas pindaian {sha256[:12]}… hilang dari folder data ({path})") from None
        if hashlib.sha256(data).hexdigest() != sha256:
            raise CorruptFile(f"Berkas pindaian {path} rusak: isinya tidak cocok dengan sidik SHA-256")
        return data
