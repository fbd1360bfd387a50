"""Every interface string of the Pengaturan dialogs has its English in resources/translations/english.py
(read from the source, as tests/ui/test_archive_translations.py does for the archive screens)."""

from __future__ import annotations

import sys
from pathlib import Path

from test_archive_translations import interface_strings

ROOT = Path(__file__).resolve().parents[2]
MODULES = ["ui/settings_integration.py", "ui/agencies_dialog.py", "ui/letter_settings_dialog.py", "ui/calendar_dialog.py"]


def test_every_settings_string_has_an_english_translation():
    sys.path.insert(0, str(ROOT / "resources" / "translations"))
    from english import EN

    strings = set().union(*(interface_strings(ROOT / m) for m in MODULES))
    assert len(strings) > 120  # the walk found the strings at all
    assert sorted(s for s in strings if s not in EN) == []
