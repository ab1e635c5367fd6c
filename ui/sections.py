"""The navigation's sections: one registry entry per screen, in the order the list shows them.

Adding a screen
---------------
1. Write ``ui/screens/<name>.py`` with a ``Screen`` subclass (``ui.screen.Screen``). Its
   constructor takes a ``ScreenContext`` (services, the signed-in actor, the task runner,
   ``navigate``, ``show_status``). Load data through ``context.tasks.submit(...)`` so the GUI
   never blocks; implement ``refresh()`` (F5 and on every visit), ``apply_request(payload)``
   (filters sent by other screens, e.g. the dashboard sends a ``CaseFilter`` to Cases) and
   ``focus_search()`` (Ctrl+F).
2. In ``SECTIONS`` below, replace the section's ``factory=None`` with
   ``factory=lazy("ui.screens.<name>", "<ClassName>")``. That one line is the whole change
   here; a section whose factory is None shows the "not available in this version" page.
3. Put its strings in ``resources/translations/<area>_nl.ts`` (pyside6-lupdate on your files,
   then translate every entry); the app loads every ``*_nl.qm``.
4. Add the screen to the screenshot list in ``ui/screenshots.py`` if it has dialogs worth
   reviewing, and refresh the baselines with ``UPDATE_SCREENSHOTS=1``.

``permission`` hides a section from roles without it; the services check again regardless.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from lawfulreq.security.permissions import Permission, allowed
from lawfulreq.services.base import Actor
from ui import navigation as nav
from ui.screen import Screen, ScreenContext

ScreenFactory = Callable[[ScreenContext], Screen]

translate = QCoreApplication.translate


@dataclass(frozen=True)
class LazyScreen:
    """A screen whose module is imported only when the section is first opened (fast start-up);
    `module` lets the shell import it ahead, in the background."""

    module: str
    attribute: str

    def __call__(self, context: ScreenContext) -> Screen:
        cls = getattr(importlib.import_module(self.module), self.attribute)
        screen = cls(context)
        assert isinstance(screen, Screen)
        return screen


lazy = LazyScreen


@dataclass(frozen=True)
class Section:
    key: str
    title: Callable[[], str]
    icon: str
    factory: ScreenFactory | None
    permission: Permission | None = None
    # The issue that brings the screen; named on the placeholder page.
    issue: int | None = None


SECTIONS: tuple[Section, ...] = (
    Section(
        nav.DASHBOARD,
        lambda: translate("Sections", "Dashboard"),
        "dashboard",
        lazy("ui.screens.dashboard", "DashboardScreen"),
        Permission.READ_CASES,
    ),
    Section(
        nav.CASES,
        lambda: translate("Sections", "Cases"),
        "cases",
        lazy("ui.screens.cases", "CasesScreen"),
        Permission.READ_CASES,
        5,
    ),
    Section(
        nav.LOOKUP,
        lambda: translate("Sections", "Lookup"),
        "lookup",
        lazy("ui.screens.lookup", "LookupScreen"),
        Permission.LOOKUP_SUBSCRIBERS,
        6,
    ),
    Section(
        nav.DISCLOSURES,
        lambda: translate("Sections", "Disclosures"),
        "disclosures",
        lazy("ui.screens.disclosures", "DisclosuresScreen"),
        Permission.READ_CASES,
        11,
    ),
    Section(
        nav.FLAGS,
        lambda: translate("Sections", "Secrecy flags"),
        "flags",
        lazy("ui.screens.flags", "FlagsScreen"),
        Permission.MANAGE_FLAGS,
        12,
    ),
    Section(
        nav.ACCESS_REQUESTS,
        lambda: translate("Sections", "Access requests"),
        "access_requests",
        lazy("ui.screens.access_requests", "AccessRequestsScreen"),
        Permission.HANDLE_DSAR,
        12,
    ),
    Section(
        nav.STATISTICS,
        lambda: translate("Sections", "Statistics"),
        "statistics",
        lazy("ui.screens.statistics", "StatisticsScreen"),
        Permission.READ_STATISTICS,
        16,
    ),
    Section(
        nav.AUDIT_LOG,
        lambda: translate("Sections", "Audit log"),
        "audit_log",
        lazy("ui.screens.audit_log", "AuditLogScreen"),
        Permission.READ_AUDIT,
        4,
    ),
    Section(
        nav.IMPORT_DATA,
        lambda: translate("Sections", "Import data"),
        "import",
        lazy("ui.screens.import_data", "ImportScreen"),
        Permission.IMPORT_DATA,
        6,
    ),
    Section(
        nav.USERS,
        lambda: translate("Sections", "Users"),
        "users",
        lazy("ui.screens.users", "UsersScreen"),
        Permission.MANAGE_USERS,
        4,
    ),
    Section(
        nav.SETTINGS,
        lambda: translate("Sections", "Settings"),
        "settings",
        lazy("ui.screens.settings", "SettingsScreen"),
    ),
)


def section(key: str) -> Section:
    for entry in SECTIONS:
        if entry.key == key:
            return entry
    raise KeyError(key)


def visible_sections(actor: Actor) -> list[Section]:
    return [s for s in SECTIONS if s.permission is None or allowed(actor.role, s.permission)]
