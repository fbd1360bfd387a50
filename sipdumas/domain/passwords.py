"""The password policy and the wait after repeated failed sign-ins.

A password is refused when it is shorter than :data:`MIN_LENGTH`, one of the commonest passwords
(``resources/passwords/common.txt``: its source and licence are noted in the file), is the user name
or full name with digits or signs added ("andi.saputra-2026"), or is mostly one character. Length alone let "12345678" and "password" through.

After :data:`FREE_FAILURES` failed sign-ins in a row, a user name must wait before the next try: 30
seconds, doubling with each further failure, at most 15 minutes. The count is kept in the database
(``login_throttle``), so the wait holds on every workstation and for every process, and it is kept for
names without an account too, so the wait does not tell which names exist.
"""

from __future__ import annotations

import math
from functools import cache

from sipdumas.resources import RESOURCES

MIN_LENGTH = 8
COMMON_PASSWORDS = RESOURCES / "passwords" / "common.txt"
FREE_FAILURES = 4
FIRST_WAIT_SECONDS = 30
MAX_WAIT_SECONDS = 15 * 60


@cache
def common_passwords() -> frozenset[str]:
    lines = COMMON_PASSWORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


def password_problem(password: str, *, username: str = "", full_name: str = "") -> str | None:
    """Why ``password`` may not be used (Indonesian, for the form), or None when it may."""
    password = password or ""
    if len(password) < MIN_LENGTH:
        return f"Kata sandi paling sedikit {MIN_LENGTH} karakter"
    lowered = password.lower()
    if lowered in common_passwords():
        return "Kata sandi ini termasuk yang paling umum dipakai dan mudah ditebak; pilih yang lain"
    names = {_letters(name) for name in [username, full_name, *full_name.split()]}
    if _letters(password) in {name for name in names if len(name) >= 3}:
        return "Kata sandi tidak boleh berupa nama pengguna atau nama lengkap (ditambah angka atau tanda)"
    if len(set(lowered)) < 4:
        return "Kata sandi terlalu seragam: pakai paling sedikit 4 karakter yang berbeda"
    return None


def _letters(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalpha())


def wait_after(failures: int) -> int:
    """Seconds to wait after ``failures`` failed sign-ins in a row (0 while below the free tries)."""
    if failures <= FREE_FAILURES:
        return 0
    return min(MAX_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** (failures - FREE_FAILURES - 1))


def wait_text(seconds: float) -> str:
    """``seconds`` as a user reads it: "45 detik", "2 menit"."""
    seconds = max(1, math.ceil(seconds))
    if seconds < 60:
        return f"{seconds} detik"
    return f"{math.ceil(seconds / 60)} menit"
