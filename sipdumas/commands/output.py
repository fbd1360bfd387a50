"""JSON Lines on stdout, one-line errors on stderr, and the exit statuses of CONTRACT.md."""

from __future__ import annotations

import json
import sys
from typing import Any

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def emit(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()


def error(message: str) -> None:
    print(" ".join(str(message).split()), file=sys.stderr)
