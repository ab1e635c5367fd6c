"""The main window: section navigation on the left, the current screen, menus and a status bar."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lawfulreq.security.permissions import Permission
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from ui import navigation as nav
from ui.about import AboutDialog
from ui.errors import ErrorReporter
from ui.i18n import install_language, resolve_language
from ui.labels import role_label
from ui.navigation import NavigationRequest
from ui.preferences import Preferences
from ui.resources import icon
from ui.screen import Screen, ScreenContext
from ui.screens.placeholder import PlaceholderScreen
from ui.sections import SECTIONS, LazyScreen, Section, visible_sections
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

# After the first screen showed and painted; soon enough to be done before a quick first click
# (bench_gui_responsiveness --settle 0: with 400 ms the first Cases open still stalled 100+ ms).
WARM_UP_DELAY_MS = 100
DEFAULT_SIZE = QSize(1280, 800)
KEY_ROLE = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    navigated = Signal(object)  # the NavigationRequest that was carried out
    language_changed = Signal(str)

    def __init__(
        self,
        services: AppServices,
        actor: Actor,
        *,
        preferences: Preferences,
        tasks: TaskRunner,
        errors: ErrorReporter,
        location_label: str = "",
        pseudo_translate: bool = False,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.services = services
        self.actor = actor
        self.preferences = preferences
        self.tasks = tasks
        self.errors = errors
        self._pseudo = pseudo_translate
        self.context = ScreenContext(
            services=services,
            actor=actor,
            tasks=tasks,
            errors=errors,
            preferences=preferences,
            navigate=self.navigate,
            show_status=self.show_status,
            change_language=self.change_language,
            location_label=location_label,
        )
        self.sections: list[Section] = visible_sections(actor)
        self.screens: dict[str, Screen] = {}
        self.current_key = ""
        self.menu_actions: dict[str, QAction] = {}

        self.nav_list = QListWidget()
        self.nav_list.setObjectName("navigation")
        self.nav_list.setAccessibleName(self.tr("Sections"))
        self.nav_list.setIconSize(QSize(20, 20))
        self.nav_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav_list.currentRowChanged.connect(self._on_nav_list_current_row_changed)
        self.page_title = QLabel()
        self.page_title.setObjectName("pageTitle")
        self.stack = QStackedWidget()
        self.stack.setObjectName("screenStack")

        page = QWidget()
        page.setObjectName("page")
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        page_layout.addWidget(self.page_title)
        page_layout.addWidget(self.stack, 1)
        central = QWidget()
        central.setObjectName("central")
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav_list)
        row.addWidget(page, 1)
        self.setCentralWidget(central)

        self.session_label = QLabel()
        self.session_label.setObjectName("sessionLabel")
        self.statusBar().addPermanentWidget(self.session_label)
        self.setMinimumSize(QSize(960, 600))
        self._warm_up_started = False
        self._populate()
        geometry = preferences.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(DEFAULT_SIZE)
        self.navigate(NavigationRequest(self._start_section()))

    # ------------------------------------------------------------------ building

    def _populate(self) -> None:
        """Texts, menus and navigation in the current language (again after a switch)."""
        self.setWindowTitle(self.tr("LawfulReq"))
        self.session_label.setText(
            self.tr("{user} · {role} · {database}").format(
                user=self.actor.display_name or self.actor.username,
                role=role_label(self.actor.role),
                database=self.context.location_label or self.services.location,
            )
        )
        self.nav_list.blockSignals(True)
        self.nav_list.clear()
        for entry in self.sections:
            item = QListWidgetItem(icon(entry.icon), entry.title())
            item.setData(KEY_ROLE, entry.key)
            item.setToolTip(entry.title())
            self.nav_list.addItem(item)
        self.nav_list.blockSignals(False)
        self._fit_navigation()
        self._build_menus()

    def _fit_navigation(self) -> None:
        metrics = self.nav_list.fontMetrics()
        widest = max((metrics.horizontalAdvance(s.title()) for s in self.sections), default=120)
        # Icon, its gap, and the item padding of the style sheet on both sides.
        self.nav_list.setFixedWidth(max(200, widest + 20 + 12 + 2 * 16 + 16))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        self.menu_actions.clear()

        file_menu = bar.addMenu(self.tr("&File"))
        new_case = self._action(
            "new_case", self.tr("&New case…"), QKeySequence("Ctrl+N"), self._on_new_case
        )
        new_case.setEnabled(self.context.can(Permission.EDIT_CASES))
        file_menu.addAction(new_case)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action("quit", self.tr("&Quit"), QKeySequence("Ctrl+Q"), self.close)
        )

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(
            self._action("find", self.tr("&Find…"), QKeySequence("Ctrl+F"), self._on_find)
        )

        go_menu = bar.addMenu(self.tr("&Go"))
        for entry in self.sections:
            shortcuts = [section_shortcut(entry.key)]
            if entry.key == nav.LOOKUP:
                shortcuts.insert(0, QKeySequence("Ctrl+L"))
            action = self._action(
                f"go_{entry.key}",
                entry.title(),
                None,
                lambda _checked=False, key=entry.key: self.navigate(NavigationRequest(key)),
            )
            action.setShortcuts(shortcuts)
            action.setIcon(icon(entry.icon))
            go_menu.addAction(action)

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(
            self._action("refresh", self.tr("&Refresh"), QKeySequence("F5"), self.refresh_current)
        )

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(
                "open_log_folder", self.tr("Open the &log folder"), None, self._on_open_log_folder
            )
        )
        help_menu.addAction(
            self._action("about", self.tr("&About LawfulReq"), None, self._on_about)
        )

    def _action(
        self, name: str, text: str, shortcut: QKeySequence | None, slot: Callable[..., object]
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"action_{name}")
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.menu_actions[name] = action
        return action

    def _start_section(self) -> str:
        keys = [s.key for s in self.sections]
        last = self.preferences.last_section()
        return last if last in keys else keys[0]

    # ------------------------------------------------------------------ navigation

    def navigate(self, request: NavigationRequest) -> None:
        """Show a section; a section the role may not see is refused with a status message."""
        keys = [s.key for s in self.sections]
        if request.section not in keys:
            self.show_status(self.tr("That part of LawfulReq is not available for your role."))
            return
        screen = self._screen(request.section)
        self.current_key = request.section
        self.stack.setCurrentWidget(screen)
        row = keys.index(request.section)
        if self.nav_list.currentRow() != row:
            self.nav_list.blockSignals(True)
            self.nav_list.setCurrentRow(row)
            self.nav_list.blockSignals(False)
        entry = self.sections[row]
        self.page_title.setText(entry.title())
        self.preferences.set_last_section(request.section)
        if request.payload is not None:
            screen.apply_request(request.payload)
        screen.refresh()
        self.navigated.emit(request)

    def navigate_to(self, key: str, payload: object | None = None) -> None:
        self.navigate(NavigationRequest(key, payload))

    def _screen(self, key: str) -> Screen:
        if key not in self.screens:
            entry = next(s for s in self.sections if s.key == key)
            if entry.factory is None:
                screen: Screen = PlaceholderScreen(
                    self.context, entry.key, entry.title(), entry.icon
                )
            else:
                screen = entry.factory(self.context)
            self.screens[key] = screen
            self.stack.addWidget(screen)
        return self.screens[key]

    def current_screen(self) -> Screen | None:
        return self.screens.get(self.current_key)

    def _on_nav_list_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            self.navigate(NavigationRequest(self.sections[row].key))

    def refresh_current(self) -> None:
        screen = self.current_screen()
        if screen is not None:
            screen.refresh()
            self.show_status(self.tr("Refreshed"))

    def _on_new_case(self) -> None:
        self.navigate(NavigationRequest(nav.CASES, nav.NewCaseRequest()))

    def _on_find(self) -> None:
        screen = self.current_screen()
        if screen is None or not screen.focus_search():
            self.show_status(self.tr("There is nothing to search on this page."))

    def _on_about(self) -> None:
        AboutDialog(self.errors.log_path, self).exec()

    def _on_open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.errors.log_path.parent)))

    def show_status(self, text: str, timeout_ms: int = 5000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    # ------------------------------------------------------------------ language and closing

    def change_language(self, language: str) -> None:
        """Switch at once: install the translators, then rebuild every text and screen."""
        self.preferences.set_language(language)
        effective = resolve_language(language)
        install_language(effective, pseudo_translate=self._pseudo)
        log.info("language switched to %s", effective)
        current = self.current_key
        for screen in self.screens.values():
            self.stack.removeWidget(screen)
            screen.deleteLater()
        self.screens.clear()
        self._populate()
        self.navigate(NavigationRequest(current or self._start_section()))
        self.language_changed.emit(effective)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._warm_up_started:
            self._warm_up_started = True
            QTimer.singleShot(WARM_UP_DELAY_MS, self, self._warm_up)

    def _warm_up(self) -> None:
        """Import the other sections' code and run their first queries in a worker thread.

        Both are first-time costs (module import, SQL compilation) that would otherwise land on
        the GUI thread, or fight it for the interpreter lock, when a section is first opened.
        With a synchronous runner (tests, screenshots) there is nothing to gain.
        """
        tasks = self.context.tasks
        if tasks.synchronous:
            return
        modules = [s.factory.module for s in self.sections if isinstance(s.factory, LazyScreen)]
        services, actor = self.services, self.actor

        def work(_control: object) -> None:
            for module in modules:
                importlib.import_module(module)
            services.warm_up(actor)

        tasks.submit(
            work,
            on_error=lambda exc: log.warning("warm-up skipped: %s", exc),
            description="warm up",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.preferences.set_geometry(self.saveGeometry())
        if self.current_key:
            self.preferences.set_last_section(self.current_key)
        self.preferences.sync()
        super().closeEvent(event)


def section_shortcut(key: str) -> QKeySequence:
    """Ctrl+1 … Ctrl+9, Ctrl+0 by the section's place among ALL sections, Ctrl+, for Settings:
    the same keys for every role (a hidden section keeps its number unused)."""
    if key == nav.SETTINGS:
        return QKeySequence("Ctrl+,")
    keys = [entry.key for entry in SECTIONS if entry.key != nav.SETTINGS]
    number = keys.index(key) + 1
    return QKeySequence(f"Ctrl+{number % 10}") if number <= 10 else QKeySequence()
