"""Every interface string of the archive screens has its English in resources/translations/english.py,
so the next ``lupdate`` + ``english.py`` + ``lrelease`` run leaves none of them Indonesian in the
English interface. Read from the source (``self.tr``, ``QCoreApplication.translate``,
``QT_TRANSLATE_NOOP`` with a literal), not from the compiled ``.qm``, which is regenerated separately."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MODULES = [
    "ui/loan_desk_view.py",
    "ui/overdue_view.py",
    "ui/file_history_view.py",
    "ui/approvals_dialog.py",
    "ui/archive_integration.py",
    "ui/pdf_dialog.py",
    "ui/archive_text.py",
]


def interface_strings(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        args = node.args
        if name == "tr" and args:
            literal = args[0]
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
            literal = args[1]
        else:
            continue
        if isinstance(literal, ast.Constant) and isinstance(literal.value, str):
            found.add(literal.value)
    return found


def test_every_archive_string_has_an_english_translation():
    sys.path.insert(0, str(ROOT / "resources" / "translations"))
    from english import EN

    strings = set().union(*(interface_strings(ROOT / m) for m in MODULES))
    assert len(strings) > 200  # the walk found the strings at all
    missing = sorted(s for s in strings if s not in EN)
    assert missing == []
