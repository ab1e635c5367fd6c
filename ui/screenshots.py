"""Screenshot QA: every screen and important dialog at 1280x800 with demo data and a fixed clock."""

from __future__ import annotations

import html
import json
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSettings, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QWidget

from lawfulreq import __version__
from lawfulreq.demo import DEMO_NOW, DEMO_SEED, create_demo_database, generate_password
from lawfulreq.errors import ConflictError, LawfulreqError
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from ui import navigation as nav
from ui.about import AboutDialog
from ui.app import application, build_main_window
from ui.errors import CrashDialog, ErrorReporter, describe, message_box
from ui.fitting import fit_height
from ui.i18n import install_language
from ui.logging_setup import log_file_path
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.navigation import LookupRequest
from ui.preferences import Preferences
from ui.screen_texts import visible_texts
from ui.screens.audit_log import AuditLogScreen
from ui.screenshots_cases import case_history_shot, case_shots
from ui.screenshots_disclosures import disclosure_shots
from ui.screenshots_secrecy import secrecy_shots
from ui.screenshots_statistics import statistics_shots
from ui.sections import visible_sections
from ui.security_dialogs import PassphraseDialog
from ui.tasks import TaskRunner
from ui.theme import LIGHT, apply_theme, colour, current_choice, current_theme

SIZE = QSize(1280, 800)
# Screenshots show this instead of a temporary path, so images do not change between runs.
LOCATION_LABEL = "lawfulreq-demo.db"
LOOKUP_SAMPLE = "van der Stael"  # a two-letter search ("de") is refused: too broad
DEMO_SUBSCRIBERS = 300
DEMO_CASES = 40


@dataclass
class Shot:
    number: int
    name: str
    title: str
    image: QImage
    # The live widget tree the image shows (for layout checks while the shot is current).
    widget: QWidget


# Shots whose pixels hold a signature's hash: pyHanko signs with a fresh ECDSA nonce, so the
# signed report's SHA-256 (and the audit chain's head that records it) differs on every run.
# The golden-image checks render and clip-check them but do not compare their pixels.
VOLATILE_SHOTS = frozenset({"case-disclosure", "audit-log-verified"})


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def _centre(canvas: QImage, picture: QImage) -> QPoint:
    """Where `picture` sits centred on `canvas`, in logical pixels (the same at 200% scaling)."""
    outer, inner = canvas.deviceIndependentSize(), picture.deviceIndependentSize()
    return QPoint(
        max(0, int(outer.width() - inner.width()) // 2),
        max(0, int(outer.height() - inner.height()) // 2),
    )


def _over_window(window: MainWindow, dialog: QWidget) -> QImage:
    """The main window dimmed, with the dialog drawn in its centre (how a user sees it)."""
    image = window.grab().toImage()
    _fit(dialog)
    dialog_image = dialog.grab().toImage()
    painter = QPainter(image)
    painter.fillRect(
        QRect(QPoint(0, 0), image.deviceIndependentSize().toSize()), QColor(20, 30, 40, 110)
    )
    painter.drawImage(_centre(image, dialog_image), dialog_image)
    painter.end()
    return image


def _fit(dialog: QWidget) -> None:
    fit_height(dialog)
    QApplication.processEvents()


def _on_canvas(dialog: QWidget) -> QImage:
    _fit(dialog)
    dialog_image = dialog.grab().toImage()
    ratio = dialog_image.devicePixelRatio()
    image = QImage(SIZE * ratio, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(colour("shot_canvas"))
    painter = QPainter(image)
    painter.drawImage(_centre(image, dialog_image), dialog_image)
    painter.end()
    return image


def _sample_crash_details() -> str:
    """Fixed text: real details name the machine and paths, which would change every image."""
    return (
        f"LawfulReq {__version__}\n\nTraceback (most recent call last):\n"
        '  File "ui/screens/example.py", line 42, in _on_save_button_clicked\n'
        "RuntimeError: example of an unexpected error (screenshot)\n"
    )


def iterate_shots(
    services: AppServices,
    actor: Actor,
    *,
    language: str,
    settings_dir: Path,
    pseudo_translate: bool = False,
    theme: str = LIGHT,
) -> Iterator[Shot]:
    """Yield each shot while its widgets are alive; callers save images or inspect layouts.

    `theme`: light, dark or high-contrast, for these shots only (the theme chosen before
    is back once the shots are done)."""
    app = application()
    previous = current_choice()
    apply_theme(app, theme)
    try:
        yield from _iterate_shots(
            app,
            services,
            actor,
            language=language,
            settings_dir=settings_dir,
            pseudo_translate=pseudo_translate,
        )
    finally:
        apply_theme(app, previous)


def _iterate_shots(
    app: QApplication,
    services: AppServices,
    actor: Actor,
    *,
    language: str,
    settings_dir: Path,
    pseudo_translate: bool,
) -> Iterator[Shot]:
    install_language(language, pseudo_translate=pseudo_translate)
    settings = QSettings(str(settings_dir / "screenshots.ini"), QSettings.Format.IniFormat)
    preferences = Preferences(settings)
    preferences.set_language(language)
    preferences.set_theme(current_theme())
    errors = ErrorReporter(log_file_path(), interactive=False)
    number = 0

    def shot(name: str, title: str, image: QImage, widget: QWidget) -> Shot:
        nonlocal number
        number += 1
        return Shot(number, name, title, image, widget)

    login = LoginDialog(
        services, TaskRunner(errors.report, synchronous=True), location_label=LOCATION_LABEL
    )
    login.username.setText(actor.username)
    login.show()
    _settle(app)
    yield shot("login", login.windowTitle(), _on_canvas(login), login)
    login.close()
    login.deleteLater()

    window = build_main_window(
        services,
        actor,
        preferences=preferences,
        errors=errors,
        synchronous=True,
        location_label=LOCATION_LABEL,
        pseudo_translate=pseudo_translate,
    )
    window.resize(SIZE)
    window.show()
    try:
        for entry in visible_sections(actor):
            window.navigate_to(entry.key)
            _settle(app)
            yield shot(entry.key.replace("_", "-"), entry.title(), window.grab().toImage(), window)
        if any(entry.key == nav.LOOKUP for entry in visible_sections(actor)):
            # The lookup with an answer: a name search, details and history of the first holder,
            # for a case chosen as a user would (the screen never chooses one by itself).
            cases = services.lookup.cases(actor)
            chosen = cases[0].ref if cases else None
            window.navigate_to(nav.LOOKUP, LookupRequest(LOOKUP_SAMPLE, chosen))
            _settle(app)
            yield shot("lookup-result", window.page_title.text(), window.grab().toImage(), window)

        dialogs: list[tuple[str, Callable[[], QDialog]]] = [
            ("about", lambda: AboutDialog(errors.log_path, window)),
            ("error-message", lambda: _conflict_box(window)),
            ("crash-dialog", lambda: CrashDialog(_sample_crash_details(), errors.log_path, window)),
            ("progress-dialog", lambda: _progress_dialog(window)),
        ]
        for name, make in dialogs:
            dialog = make()
            dialog.show()
            _settle(app)
            yield shot(name, dialog.windowTitle(), _over_window(window, dialog), dialog)
            dialog.close()
            dialog.deleteLater()
        # Issue 5: a case page, the filled new-case form, Settings > Legal rules.
        for name, title, image, widget in case_shots(
            window, services, actor, lambda dialog: _over_window(window, dialog)
        ):
            yield shot(name, title, image, widget)
        # Issue 11: the Disclosure tab with its preview, the list, Verify, the report pages.
        for name, title, image, widget in disclosure_shots(window, services, actor, language):
            yield shot(name, title, image, widget)
        # Issue 12: a flag's review, the access-request form and the answer's preview.
        for name, title, image, widget in secrecy_shots(
            window, actor, lambda dialog: _over_window(window, dialog)
        ):
            yield shot(name, title, image, widget)
        for name, title, image, widget in _security_shots(app, window, services):
            yield shot(name, title, image, widget)
        # Issue 16: the statistics per identifier, on the outcome tab.
        for name, title, image, widget in statistics_shots(window):
            yield shot(name, title, image, widget)
        # Issue 15: the case's history as a timeline (last, so earlier numbers stay).
        for name, title, image, widget in case_history_shot(window, services, actor):
            yield shot(name, title, image, widget)
        if errors.reported:
            raise errors.reported[0]
    finally:
        window.close()
        window.deleteLater()
        _settle(app)


def _security_shots(
    app: QApplication, window: MainWindow, services: AppServices
) -> Iterator[tuple[str, str, QImage, QWidget]]:
    """The audit log after a chain check, the idle lock, a backup passphrase, the first start."""
    window.navigate_to(nav.AUDIT_LOG)
    screen = window.current_screen()
    if isinstance(screen, AuditLogScreen):
        screen.verify_button.click()
        screen.select_row(0)
        _settle(app)
        yield "audit-log-verified", screen.verify_button.text(), window.grab().toImage(), window
    guard = window.context.session
    if guard is not None:
        guard.lock()
        _settle(app)
        prompt = guard.prompt
        assert prompt is not None
        yield "idle-lock", prompt.windowTitle(), _over_window(window, prompt), prompt
        guard.release()
    window.navigate_to(nav.SETTINGS)
    passphrase = PassphraseDialog(confirm=True, parent=window)
    passphrase.show()
    _settle(app)
    yield (
        "backup-passphrase",
        passphrase.windowTitle(),
        _over_window(window, passphrase),
        passphrase,
    )
    passphrase.close()
    passphrase.deleteLater()
    first = LoginDialog(
        services,
        TaskRunner(window.errors.report, synchronous=True),
        location_label=LOCATION_LABEL,
        first_start=True,
    )
    first.show()
    _settle(app)
    yield "login-first-start", first.windowTitle(), _on_canvas(first), first
    first.close()
    first.deleteLater()


def _conflict_box(parent: QWidget) -> QDialog:
    error: LawfulreqError = ConflictError(
        "someone else changed this record in the meantime; reload and try again",
        code="stale_record",
    )
    message = describe(error)
    assert message is not None
    return message_box(message, parent)


def _progress_dialog(parent: QWidget) -> QDialog:
    dialog = QProgressDialog(
        QApplication.translate("Screenshots", "Importing customers: 1,200 of 3,000 rows"),
        QApplication.translate("TaskRunner", "Cancel"),
        0,
        3000,
        parent,
    )
    dialog.setObjectName("jobProgressDialog")
    dialog.setWindowTitle(QApplication.translate("Screenshots", "Import"))
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setValue(1200)
    return dialog


def save_shots(shots: Iterator[Shot], out_dir: Path, language: str) -> list[tuple[Shot, Path]]:
    out_dir.mkdir(parents=True, exist_ok=True)
    saved: list[tuple[Shot, Path]] = []
    texts: dict[str, list[str]] = {}
    for item in shots:
        path = out_dir / f"{item.number:02d}-{item.name}.png"
        if not item.image.save(str(path)):
            raise OSError(f"cannot write {path}")
        saved.append((item, path))
        # What the user reads on it, while its widgets are alive (contract: texts.json).
        texts[path.stem] = visible_texts(item.widget)
    write_index(out_dir, language, [(s.number, s.name, s.title, p.name) for s, p in saved])
    (out_dir / "texts.json").write_text(
        json.dumps(texts, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return saved


def write_index(out_dir: Path, language: str, rows: list[tuple[int, str, str, str]]) -> Path:
    """A static gallery for QA: each image with its screen name, language and app version."""
    esc = html.escape
    figures = "\n".join(
        f'<figure><img src="{esc(file)}" alt="{esc(title)}" width="640">'
        f"<figcaption>{number:02d} · <b>{esc(title)}</b> ({esc(name)}) · {esc(language)} · "
        f"LawfulReq {esc(__version__)}</figcaption></figure>"
        for number, name, title, file in rows
    )
    lang, version = esc(language), esc(__version__)
    style = (
        "body{font-family:sans-serif;background:#eee}figure{display:inline-block;"
        "margin:8px;background:#fff;padding:8px}img{border:1px solid #ccc}"
    )
    page = (
        f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>LawfulReq {version} screenshots ({lang})</title><style>{style}</style></head>\n"
        f"<body><h1>LawfulReq {version}: screenshots, language {lang}</h1>\n{figures}\n"
        "</body></html>\n"
    )
    path = out_dir / "index.html"
    path.write_text(page, encoding="utf-8")
    return path


@contextmanager
def demo_session(
    directory: Path, *, subscribers: int = DEMO_SUBSCRIBERS, cases: int = DEMO_CASES
) -> Iterator[tuple[AppServices, Actor]]:
    """A fresh deterministic demo database (fixed seed and clock), signed in as the FG."""
    password = generate_password()
    services, _summary = create_demo_database(
        str(directory / "demo.db"),
        password=password,
        subscribers=subscribers,
        cases=cases,
        seed=DEMO_SEED,
        now=DEMO_NOW,
        usage_per_customer=1,
    )
    try:
        yield services, services.users.login("fg", password)
    finally:
        services.close()


def main(
    out_dir: Path, languages: list[str], *, subscribers: int, cases: int, theme: str = LIGHT
) -> list[Path]:
    """The `lawfulreq screenshots` command: DIR/<lang>/ per language, in one theme."""
    written: list[Path] = []
    # A fresh demo database per language: rendering writes audit events (sign-in, lookups,
    # the chain check), so a shared one would make the second language's audit log differ.
    for language in languages:
        with (
            tempfile.TemporaryDirectory(prefix="lawfulreq-shots-") as tmp,
            demo_session(Path(tmp), subscribers=subscribers, cases=cases) as (services, actor),
        ):
            target = out_dir / language
            shots = iterate_shots(
                services, actor, language=language, settings_dir=Path(tmp), theme=theme
            )
            written += [path for _shot, path in save_shots(shots, target, language)]
    if languages:
        rows = "".join(f'<li><a href="{lang}/index.html">{lang}</a></li>' for lang in languages)
        (out_dir / "index.html").write_text(
            f'<!doctype html><html><head><meta charset="utf-8"><title>LawfulReq {__version__}'
            f"</title></head><body><h1>LawfulReq {__version__}</h1><ul>{rows}</ul></body></html>\n",
            encoding="utf-8",
        )
    return written
