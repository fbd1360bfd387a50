"""Sending many small records between processes cheaply.

A large import checks its rows in worker processes and sends them back, hundreds of thousands of
records. Python pickles a ``slots`` dataclass by listing its fields for every object and loads it field
by field, and a NumPy array with its type description each time; in the import process, loading them
competed with storing the rows. :func:`pickled_as_arguments` pickles a dataclass as the arguments of its
constructor instead: loading is one call, a few times faster (measured on 2,000 checked rows: 59 ms
before, 24 ms after).
"""

from __future__ import annotations

import dataclasses
from typing import TypeVar

T = TypeVar("T")


def pickled_as_arguments(cls: type[T]) -> type[T]:
    """Pickle instances of the dataclass ``cls`` as its constructor's arguments, in field order. Apply
    it above ``@dataclass`` (``slots=True`` makes a new class); every field must be an ``__init__``
    argument."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if any(not f.init for f in fields):
        raise TypeError(f"{cls.__name__}: every field must be a constructor argument")
    names = tuple(f.name for f in fields)

    def __reduce__(self):  # noqa: N807 - the pickle protocol's name
        return cls, tuple(getattr(self, name) for name in names)

    cls.__reduce__ = __reduce__  # type: ignore[method-assign]
    return cls
