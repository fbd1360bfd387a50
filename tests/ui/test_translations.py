"""Every interface string of the client has its English, both in resources/translations/english.py and
in the committed ``sipdumas_en.ts`` that ``sipdumas_en.qm`` is built from, so the English interface
never shows a screen half in Indonesian. Read from the source (``self.tr``,
``QCoreApplication.translate``, ``QT_TRANSLATE_NOOP`` with a literal), not from the compiled ``.qm``."""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


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


def _client_strings() -> set[str]:
    strings = set().union(*(interface_strings(p) for p in sorted((ROOT / "ui").rglob("*.py"))))
    assert len(strings) > 900  # the walk found the strings at all
    return strings


def test_every_client_string_has_an_english_translation():
    sys.path.insert(0, str(TRANSLATIONS))
    from english import EN

    assert sorted(s for s in _client_strings() if s not in EN) == []


def test_the_committed_translation_file_holds_every_client_string():
    """Fails when strings were added without running lupdate, english.py and lrelease (english.py's
    docstring has the three commands)."""
    translated = {
        m.findtext("source"): m.find("translation")
        for m in ET.parse(TRANSLATIONS / "sipdumas_en.ts").getroot().iter("message")
    }
    missing = sorted(
        s
        for s in _client_strings()
        if s not in translated or not (translated[s].text or "") or translated[s].get("type") == "unfinished"
    )
    assert missing == []
