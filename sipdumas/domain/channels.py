"""How a complaint reached the office (saluran): one register for every channel."""

from __future__ import annotations

import enum


class Channel(enum.StrEnum):
    LETTER = "surat"
    EMAIL = "email"
    WHATSAPP = "whatsapp"
    WALK_IN = "datang_langsung"
    TELEPHONE = "telepon"
    LAPOR = "lapor"
