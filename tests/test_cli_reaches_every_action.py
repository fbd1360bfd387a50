"""One function per user action, on both faces: every service function (a public function of
``sipdumas/services/`` taking ``db, actor``) is called by a command of ``sipdumas/cli/``, so anything the
client does can be scripted and checked without a screen. A few read-only helpers exist only to draw a
screen faster; they are named here with the reason, and the list must stay short."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: Service functions with no command of their own, and why.
SCREEN_ONLY = {
    "count_letters": "the register's page counter; `list` prints the letters themselves",
    "count_my_work": "the Tugas saya tab's counter; `work` prints the letters themselves",
    "my_work": "the items of work_page, which `work` calls",
    "desk_status": "the loan desk's card after a scan; `loan history` and `archive show` print the same",
    "recent_borrowers": "completion in the loan desk's borrower field",
    "borrower_categories": "the loan desk's Golongan choices; `loan rules` prints the categories rules name",
    "preview_settings": "draws unsaved letter settings in the settings dialog; `forward` prints the letter",
    "preview_forwarding": "the forwarding dialog's draft, which takes no number; `forward` prints the letter",
    "categories": "the category filter's choices (category_choices)",
    "category_choices": "the category filter's choices; `list` prints each letter's category",
    "work_assignees": "the supervisor's analyst picker in Tugas saya; `user list` prints the accounts",
    "search_files": "the loan desk's text search for files without a label",
    "register_extraction": "the per-file step of ingest_files, which `ingest` calls",
    "register_message": "the per-message step of `mail import`, `mail poll` and `whatsapp import`",
}


def service_actions() -> dict[str, str]:
    found = {}
    for path in sorted((ROOT / "sipdumas" / "services").rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            public = isinstance(node, ast.FunctionDef) and not node.name.startswith("_")
            if public and [a.arg for a in node.args.args[:2]] == ["db", "actor"]:
                found[node.name] = str(path.relative_to(ROOT))
    return found


def names_used_by_the_cli() -> set[str]:
    used = set()
    for path in (ROOT / "sipdumas" / "cli").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sipdumas.services"):
                used.update(alias.name for alias in node.names)
            elif isinstance(node, ast.Attribute):
                used.add(node.attr)
    return used


def test_every_service_action_has_a_command():
    actions = service_actions()
    assert len(actions) > 60  # the walk found the services at all
    missing = {
        name: where
        for name, where in actions.items()
        if name not in names_used_by_the_cli() and name not in SCREEN_ONLY
    }
    assert missing == {}


def test_the_screen_only_list_names_real_services():
    assert set(SCREEN_ONLY) <= set(service_actions())
