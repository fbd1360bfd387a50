"""The screenshots of ``docs/client.md``, made again at the office laptop's 1366 × 768.

    python scripts/screenshots.py              # every screenshot into docs/
    python scripts/screenshots.py /tmp/shots register compare   # some of them, elsewhere

Sample registers are made through the services in a temporary folder (the letters of
``tests/ui/ui_samples.py``, the archive of ``tests/ui/loan_samples.py``, and scans: the sample letters
of ``../shared/corpus/letters`` read by the real OCR, or letters drawn by ``tests/scan_samples.py``
when the corpus is not there), then the client is driven as people use it and each window is saved
as it is on screen. Qt's offscreen platform is given the laptop's screen (``tests/ui/laptop.py``), so
every window has the size it really opens with there: the main window maximised, dialogs fitted.
Look at every picture before committing it.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests" / "ui"), str(ROOT / "tests"), str(ROOT)]

from laptop import LAPTOP  # noqa: E402

os.environ["QT_QPA_PLATFORM"] = os.environ.get("SIPDUMAS_SHOTS_PLATFORM", LAPTOP)
os.environ["SIPDUMAS_LANG"] = "id"
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="sipdumas-shots-config-")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from sipdumas.db.engine import Database  # noqa: E402
from sipdumas.db.location import Location  # noqa: E402
from sipdumas.domain.permissions import Actor, Role  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "letters"
#: Corpus letters registered as scans: two re-sent copies (L0005 of L0002, L0018 of L0017) and more.
SCANS = ["L0002.png", "L0017.png", "L0001.png", "L0013.png", "L0005.png", "L0018.png"]
#: A scan read in the intake view, not registered yet: a re-sent copy of L0001.
INTAKE = ["L0009.jpg", "L0021.png"]
PASSWORD = "rahasia-123"

ANALYST = Actor("rina", Role.ANALYST, full_name="Rina Kartika")
SUPERVISOR = Actor("bos", Role.SUPERVISOR, full_name="Bambang Supervisor")
ADMIN = Actor.local_admin()


def wait(app: QApplication, ready: Callable[[], bool], timeout: float = 120.0) -> None:
    """Let the client work until ``ready()``, then a moment more for the last paint."""
    end = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > end:
            raise TimeoutError("the client did not get there in time")
        app.processEvents()
        time.sleep(0.01)
    settle(app, 0.3)


def settle(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, folder: Path, name: str) -> Path:
    path = folder / name
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    print(f"{path}  {widget.width()}x{widget.height()}")
    return path


def open_database(folder: Path, name: str) -> Database:
    data = folder / f"{name}-data"
    data.mkdir(parents=True, exist_ok=True)
    return Database.open(Location(f"sqlite:///{folder / name}.sqlite3", data))


# ------------------------------------------------------------------ sample registers


def scanned_register(folder: Path) -> tuple[Database, dict[str, int]]:
    """Forty typed letters, the flagged letters, the analysts' work, and scanned letters (two re-sent);
    returns the database and the ids of the scans by file name."""
    from ui_samples import fill_register, register_flagged, register_work

    from sipdumas.services.admin.users import create_first_admin, create_user
    from sipdumas.services.registration import ingest_files

    db = open_database(folder, "register")
    fill_register(db, ADMIN, 40)
    register_flagged(db, ADMIN)
    boss = create_first_admin(db, username="admin", full_name="Administrator", password=PASSWORD)
    for actor in (ANALYST, Actor("budi", Role.ANALYST, full_name="Budi Santoso"), SUPERVISOR):
        create_user(
            db, boss, username=actor.username, full_name=actor.full_name, password=PASSWORD, role=actor.role
        )
    register_work(db, ADMIN)
    ids: dict[str, int] = {}
    if CORPUS.is_dir():
        paths = [CORPUS / name for name in SCANS]
        for path, result in zip(paths, ingest_files(db, ANALYST, paths=paths), strict=True):
            if result.error:
                raise RuntimeError(f"{path.name}: {result.error}")
            ids[path.name] = result.id
    else:
        from ui_samples import RESENDERS, register_scanned

        siti, budi, _ratna = RESENDERS
        drawn = folder / "drawn"
        drawn.mkdir(exist_ok=True)
        plan = [
            ("L0002.png", siti, "bansos", {}),
            ("L0017.png", budi, "tanah", {}),
            ("L0001.png", siti, "jalan", {}),
            ("L0013.png", budi, "pegawai", {}),
            ("L0005.png", siti, "bansos", {"resend": True, "date": "Bandung, 2 Juni 2025"}),
            ("L0018.png", budi, "tanah", {"resend": True}),
        ]
        for name, sender, complaint, kw in plan:
            result, _ = register_scanned(db, ANALYST, drawn / name, sender, complaint, **kw)
            ids[name] = result.id
    return db, ids


def intake_batch(folder: Path):
    """The scans of the intake view's picture, read by OCR (or drawn when the corpus is not there)."""
    from ui.intake.view import BatchItem

    if CORPUS.is_dir():
        from sipdumas.intake import extract_files

        paths = [CORPUS / name for name in INTAKE]
        return [BatchItem(p, e) for p, e in zip(paths, extract_files(paths), strict=True)]
    from letter_texts import compose
    from scan_samples import scanned_letter
    from ui_samples import RESENDERS

    path, extraction = scanned_letter(
        folder / "baru.png", compose(**RESENDERS[0], complaint="jalan", resend=True)
    )
    return [BatchItem(path, extraction)]


# ------------------------------------------------------------------ the pictures


def main_window(db: Database, actor: Actor, view: str, tasks):
    from ui.main_window import MainWindow

    window = MainWindow(db, actor, tasks=tasks, settings=None, start_view=view)
    ready = []
    window.ready.connect(lambda: ready.append(True))
    window.show()
    wait(QApplication.instance(), lambda: bool(ready))
    return window


def select(window, letter_id: int) -> None:
    row = window.model.row_of(letter_id)
    if row is None:
        raise LookupError(f"letter {letter_id} is not on the register's first page")
    window.table.setCurrentIndex(window.model.index(row, 0))
    window.table.scrollTo(window.model.index(row, 0))


def page_on_screen(scan_view) -> bool:
    pages = scan_view.pages
    return pages.stack.currentWidget() is not pages.message and (
        pages.stack.currentWidget() is pages.text_page or not pages.image_label.pixmap().isNull()
    )


def register_shots(app, db: Database, ids: dict[str, int], out: Path, wanted: set[str], tasks) -> None:
    from ui.register.duplicate_compare import DuplicateCompareDialog
    from ui.register.letter_form import LetterForm

    resent = ids["L0018.png"]
    window = main_window(db, SUPERVISOR, "register", tasks)
    if "register" in wanted:
        window.show_document_pane(True)
        select(window, resent)
        wait(app, lambda: window.document_pane.view is not None and page_on_screen(window.document_pane.scan))
        save(window, out, "screenshot-register.png")
        window.show_document_pane(False)
    if "letter-form" in wanted:
        select(window, ids["L0017.png"])
        window.edit_current()
        wait(app, lambda: any(f.isVisible() for f in window.findChildren(LetterForm)))
        form = next(f for f in window.findChildren(LetterForm) if f.isVisible())
        wait(app, lambda: form.scan is not None and page_on_screen(form.scan_view))
        form.sender_name.setFocus()
        wait(app, lambda: bool(form.scan_view.pages.evidence_boxes))
        save(form, out, "screenshot-letter-form.png")
        form.reject()
    if "compare" in wanted:
        dialog = window.open_comparison(resent)
        assert isinstance(dialog, DuplicateCompareDialog)
        wait(app, lambda: dialog.shown_both and page_on_screen(dialog.original_scan))
        wait(app, lambda: page_on_screen(dialog.letter_scan))
        save(dialog, out, "screenshot-compare.png")
        dialog.reject()
    if "forwarding" in wanted:
        select(window, resent)
        dialog = window.integrations["forwarding"].forward_current()
        shown = []
        dialog.shown.connect(lambda n: shown.append(n))
        wait(app, lambda: dialog.choice() is not None)
        dialog.preview()
        wait(app, lambda: bool(shown))
        save(dialog, out, "screenshot-forwarding.png")
        dialog.reject()
    if "register-half" in wanted:
        window.showNormal()
        window.resize(683, 728)
        settle(app, 0.5)
        save(window, out, "screenshot-register-half.png")
    window.close()

    if "my-work" in wanted:
        window = main_window(db, ANALYST, "my_work", tasks)
        wait(app, lambda: not tasks.busy)
        save(window, out, "screenshot-my-work.png")
        window.close()

    if "settings" in wanted:
        window = main_window(db, ADMIN, "register", tasks)
        dialog = window.integrations["settings"].open_letter_settings()
        previewed = []
        dialog.previewed.connect(lambda n: previewed.append(n))
        wait(app, lambda: dialog.stored is not None)
        dialog.preview()
        wait(app, lambda: bool(previewed))
        save(dialog, out, "screenshot-settings.png")
        dialog.reject()
        window.close()


def intake_shot(app, db: Database, folder: Path, out: Path, tasks) -> None:
    from ui.intake.view import IntakeView

    view = IntakeView(db, ANALYST, tasks, intake_batch(folder))
    view.show()
    wait(app, lambda: view.pages.page_count > 0)
    wait(app, lambda: not any("Memeriksa" in t for t in view.badge_texts()))
    view.subject.setFocus()
    settle(app, 0.3)
    save(view, out, "screenshot-intake.png")
    view.hide()
    view.deleteLater()


def import_shot(app, db: Database, folder: Path, out: Path, tasks) -> None:
    from openpyxl import Workbook

    from ui.main_window import MainWindow

    path = folder / "buku-agenda-2025.xlsx"
    book = Workbook()
    book.active.append(["No. Agenda", "Tgl Masuk", "Dari", "NIK", "No HP", "Perihal", "Catatan petugas"])
    for row in (
        [
            "AG/2025/001",
            date(2025, 3, 3),
            "Siti Rahmawati",
            "3273014507850003",
            "0812-2233-4455",
            "Jalan desa rusak",
            "cek lapangan",
        ],
        ["AG/2025/002", date(2025, 3, 4), "Budi Santoso", "3273011203800007", "", "Bantuan sosial", ""],
        ["AG/2025/003", date(2025, 3, 5), "Andi Harahap", "", "", "Pungutan liar", ""],
        ["AG/2025/004", date(2025, 3, 6), "Dewi Lestari", "", "0857-1234-5678", "Puskesmas lambat", "lanjut"],
    ):
        book.active.append(row)
    book.save(path)
    window = MainWindow(db, ADMIN, tasks=tasks, settings=None, start_view="register")
    window.show()
    dialog = window.integrations["register_import"].open_import(path)
    wait(app, lambda: dialog._reading is None and bool(dialog.headings()))
    dialog.set_mapping("Tgl Masuk", "received_at")
    dialog.set_mapping("Dari", "sender.name")
    settle(app, 0.3)
    save(dialog, out, "screenshot-import-mapping.png")
    dialog.stop_jobs()
    dialog.reject()
    window.close()


def dashboard_shot(app, folder: Path, out: Path, tasks) -> None:
    from ui_samples import fill_year

    db = open_database(folder, "dashboard")
    fill_year(db, ADMIN, 300)
    window = main_window(db, ADMIN, "dashboard", tasks)
    wait(app, lambda: window.dashboard.board is not None and not tasks.busy)
    save(window, out, "screenshot-dashboard.png")
    window.close()
    db.dispose()


def loan_shots(folder: Path, out: Path) -> None:
    from loan_samples import fill_archive, screenshots

    db = open_database(folder, "archive")
    roles = fill_archive(db, ADMIN)
    for path in screenshots(db, ADMIN, roles, out):
        print(path)
    db.dispose()


ALL = (
    "register",
    "letter-form",
    "compare",
    "forwarding",
    "register-half",
    "my-work",
    "settings",
    "intake",
    "import",
    "dashboard",
    "loans",
)


def main(argv: list[str]) -> int:
    from ui.app import install_translations
    from ui.tasks import TaskRunner

    out = Path(argv[0]) if argv and argv[0] not in ALL else ROOT / "docs"
    wanted = set(a for a in argv if a in ALL) or set(ALL)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["sipdumas-screenshots"])
    install_translations(app)
    screen = app.primaryScreen()
    print(f"screen {screen.geometry().width()}x{screen.geometry().height()}, writing to {out}")
    folder = Path(tempfile.mkdtemp(prefix="sipdumas-shots-"))
    tasks = TaskRunner()
    try:
        if wanted & {
            "register",
            "letter-form",
            "compare",
            "forwarding",
            "register-half",
            "my-work",
            "settings",
            "intake",
            "import",
        }:
            db, ids = scanned_register(folder)
            register_shots(app, db, ids, out, wanted, tasks)
            if "intake" in wanted:
                intake_shot(app, db, folder, out, tasks)
            if "import" in wanted:
                import_shot(app, db, folder, out, tasks)
            db.dispose()
        if "dashboard" in wanted:
            dashboard_shot(app, folder, out, tasks)
        if "loans" in wanted:
            loan_shots(folder, out)
    finally:
        tasks.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
