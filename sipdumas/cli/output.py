"""JSON Lines on stdout, one-line errors on stderr, and the exit statuses of CONTRACT.md."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Callable
from datetime import date
from typing import Any

from sipdumas.domain.filenames import shown_name

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
#: The sign-in was refused (wrong password, unknown user, a wait after repeated failures). A case of
#: "nothing could be done" (2) that scripts must tell from bad usage: retrying with the same password
#: only lengthens the wait, while a usage error is fixed by changing the command.
EXIT_SIGN_IN_REFUSED = 3


class UsageError(Exception):
    """Bad usage of the command line (exit status 2): a missing option, an answer that cannot be asked."""


def emit(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()


def error(message: str) -> None:
    """One line on stderr, with bidirectional and other control characters removed: a file name such as
    ``invoice\u202egpj.exe`` must not read as something else in a terminal."""
    print(shown_name(" ".join(str(message).split())), file=sys.stderr)


def as_json(item: Any) -> dict[str, Any]:
    """A service's result as a JSON object: a dict as it is, else its ``to_json()``, else its dataclass
    fields with dates and times in ISO 8601."""
    if isinstance(item, dict):
        return item
    if hasattr(item, "to_json"):
        return item.to_json()
    out = dataclasses.asdict(item)
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in out.items()}


def emit_outcome(action: Callable[[], Any]) -> int:
    """Run one user action and print what it returns (one result or a list, a JSON line each); a refusal
    of the service is one line on stderr and exit status 1 (CONTRACT.md), with nothing on stdout."""
    from sipdumas.domain.errors import ServiceError

    try:
        result = action()
    except ServiceError as exc:
        error(str(exc))
        return EXIT_SOME_FAILED
    for item in result if isinstance(result, list) else [result]:
        emit(as_json(item))
    return EXIT_OK
