"""The base of every section's screen and what each screen gets from the main window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from lawfulreq.security.permissions import Permission, allowed
from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from ui.errors import ErrorReporter
from ui.navigation import NavigationRequest
from ui.operations.base import Changes
from ui.preferences import Preferences
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from ui.idle_lock import SessionGuard


@dataclass
class ScreenContext:
    """Everything a screen may use; screens never reach the main window directly."""

    services: AppServices
    actor: Actor
    tasks: TaskRunner
    errors: ErrorReporter
    preferences: Preferences
    navigate: Callable[[NavigationRequest], None]
    show_status: Callable[[str], None]
    change_language: Callable[[str], None]
    # How the database is named on screen (screenshots use a stable name).
    location_label: str = ""
    # The idle lock and signing out; set by `ui.app.build_main_window`.
    session: SessionGuard | None = None
    # The one change signal: operations (ui/operations/) announce, screens listen.
    changes: Changes = field(default_factory=Changes)

    def can(self, permission: Permission) -> bool:
        """For hiding what the role cannot do; the services enforce it regardless."""
        return allowed(self.actor.role, permission)


class Screen(QWidget):
    """One section's page. Load data with `context.tasks`, never on the GUI thread."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def refresh(self) -> None:
        """Reload what the screen shows (F5, and each time the section is opened)."""

    def apply_request(self, payload: object) -> None:
        """Take a navigation payload (e.g. a CaseFilter); screens ignore what they do not know."""

    def focus_search(self) -> bool:
        """Ctrl+F: put the cursor in the screen's search field; False when there is none."""
        return False
