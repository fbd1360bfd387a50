"""The near-duplicate index: each letter's MinHash signature and its LSH band keys
(:mod:`sipdumas.detection`)."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    ForeignKey,
    Integer,
    LargeBinary,
)
from sqlalchemy.orm import Mapped, mapped_column

from sipdumas.models.base import Base


class LetterFingerprint(Base):
    """A letter's MinHash signature (see :mod:`sipdumas.detection.fingerprint`), for verifying candidates."""

    __tablename__ = "letter_fingerprints"

    letter_id: Mapped[int] = mapped_column(
        ForeignKey("incoming_letters.id", ondelete="CASCADE"), primary_key=True
    )
    signature: Mapped[bytes] = mapped_column(LargeBinary)


class LetterBand(Base):
    """One LSH band key of a letter: letters sharing a key are near-duplicate candidates."""

    __tablename__ = "letter_bands"
    __table_args__ = ({"sqlite_with_rowid": False},)

    key: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    letter_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
