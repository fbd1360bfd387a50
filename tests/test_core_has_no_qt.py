"""The core (``sipdumas``) must run without Qt: on servers, in scripts, in CI without a display."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHECK = """
import importlib, pkgutil, sys
import sipdumas
for m in pkgutil.walk_packages(sipdumas.__path__, "sipdumas."):
    importlib.import_module(m.name)
loaded = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
print(",".join(loaded))
"""


def test_importing_every_core_module_never_loads_qt():
    # A fresh interpreter: this test process may already have Qt loaded by the client's tests.
    out = subprocess.run([sys.executable, "-c", CHECK], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "", f"core modules pulled in Qt: {out.stdout.strip()}"
