"""The signed-in session: the idle lock that asks for the password again, and signing out.

After the idle time every visible window (the main window and any open dialog) gets an
opaque cover, and an application-modal prompt asks the same user's password. Nothing is
closed or rebuilt, so half-typed forms and open dialogs are exactly as they were after
unlocking. The password goes through `UserService.reauthenticate`, a login with the same
lockout and audit. Someone else can only sign out, which discards unsaved work after asking.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lawfulreq.services.base import Actor
from lawfulreq.services.users import UserService
from ui.fitting import FittedDialog
from ui.labels import role_label
from ui.resources import app_icon
from ui.security_dialogs import confirm
from ui.security_texts import security_message
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

MINUTE_MS = 60_000

# What counts as someone at the keyboard (and what is swallowed while locked).
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)
_BLOCKED_WHILE_LOCKED = _ACTIVITY | {
    QEvent.Type.KeyRelease,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.ContextMenu,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
}


class LockCover(QWidget):
    """An opaque sheet over one window while the session is locked; follows its size."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        picture = QLabel()
        picture.setPixmap(app_icon().pixmap(QSize(64, 64)))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(self.tr("LawfulReq is locked"))
        text.setObjectName("lockCoverText")
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(picture)
        layout.addWidget(text)
        # Above the centred password prompt, not behind it.
        layout.addStretch(5)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if watched is parent and parent is not None and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
            self.raise_()
        return False


class UnlockDialog(FittedDialog):
    """The password prompt; it cannot be closed, only answered or used to sign out."""

    unlock_requested = Signal(str)
    sign_out_requested = Signal()

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("LawfulReq is locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self._closing = False
        heading = QLabel(self.tr("Locked after a period without use"))
        heading.setObjectName("dialogHeading")
        heading.setWordWrap(True)
        who = QLabel(
            self.tr("Signed in: {name} ({user}), {role}.").format(
                name=actor.display_name or actor.username,
                user=actor.username,
                role=role_label(actor.role),
            )
        )
        who.setObjectName("unlockUser")
        who.setWordWrap(True)
        explanation = QLabel(
            self.tr(
                "Enter your password to continue where you left off; nothing was closed. "
                "Someone else can sign out, which discards work that was not saved."
            )
        )
        explanation.setObjectName("hint")
        explanation.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.message = QLabel()
        self.message.setObjectName("loginError")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.sign_out_button = QPushButton(self.tr("Sign out…"))
        self.sign_out_button.setObjectName("signOutButton")
        self.sign_out_button.setAutoDefault(False)
        buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.sign_out_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(who)
        layout.addWidget(explanation)
        layout.addWidget(self.password)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _on_unlock_button_clicked(self) -> None:
        if not self.password.text():
            self.show_message(self.tr("Enter your password."))
            return
        self.unlock_button.setEnabled(False)
        self.unlock_requested.emit(self.password.text())

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.unlock_button.setEnabled(True)
        self.password.clear()
        self.password.setFocus()

    def reject(self) -> None:
        """Escape does not dismiss the lock."""

    def close_for_good(self) -> None:
        self._closing = True
        self.password.clear()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing:
            super().closeEvent(event)
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_unlock_button_clicked()
            return
        super().keyPressEvent(event)


class SessionGuard(QObject):
    """Watches user input application-wide; locks after `minutes` idle; ends the session.

    `timer` may be injected (tests drive it); `ended` carries why the session ended:
    "signed_out" or "restored" (the database was replaced: sign in again).
    """

    locked = Signal()
    unlocked = Signal()
    ended = Signal(str)

    SIGNED_OUT: ClassVar[str] = "signed_out"
    RESTORED: ClassVar[str] = "restored"
    # The FG changed this user's role while the screen was locked: the open session still
    # carries the old permissions, so it ends and the user signs in afresh.
    ROLE_CHANGED: ClassVar[str] = "role_changed"

    def __init__(
        self,
        window: QWidget,
        users: UserService,
        actor: Actor,
        tasks: TaskRunner,
        *,
        minutes: int,
        timer: QTimer | None = None,
        ask: Callable[[QWidget | None, str, str, str], bool] | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._users = users
        self._actor = actor
        self._tasks = tasks
        self._ask = ask
        self.timer = timer if timer is not None else QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(minutes * MINUTE_MS)
        self.timer.timeout.connect(self.lock)
        self.prompt: UnlockDialog | None = None
        self._covers: list[LockCover] = []
        self._focus: QWidget | None = None
        self.end_reason = ""
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.timer.start()

    @property
    def is_locked(self) -> bool:
        return self.prompt is not None

    @property
    def actor(self) -> Actor:
        return self._actor

    def set_minutes(self, minutes: int) -> None:
        """A new idle time (the FG changed it); counts from now."""
        self.timer.setInterval(minutes * MINUTE_MS)
        if not self.is_locked:
            self.timer.start()

    # ------------------------------------------------------------------ input

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window and kind == QEvent.Type.Close:
            self._dismiss()
            return False
        if kind not in _BLOCKED_WHILE_LOCKED:
            return False
        if self.prompt is None:
            if kind in _ACTIVITY and self._window.isVisible():
                self.timer.start()
            return False
        # Locked: only the prompt (and what it opens) takes input; window handles pass through
        # and hand the event on to a widget, which lands here again.
        return isinstance(watched, QWidget) and not self._serves_prompt(watched)

    def _serves_prompt(self, widget: QWidget) -> bool:
        node: QWidget | None = widget
        while node is not None:
            if node is self.prompt:
                return True
            node = node.parentWidget()
        return False

    # ------------------------------------------------------------------ locking

    def lock(self) -> None:
        if self.prompt is not None or not self._window.isVisible():
            return
        log.info("session locked after %d ms idle", self.timer.interval())
        self.timer.stop()
        self._focus = QApplication.focusWidget()
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        for top in QApplication.topLevelWidgets():
            if top.isVisible() and top.isWindow() and not isinstance(top, LockCover):
                self._covers.append(LockCover(top))
        prompt = UnlockDialog(self._actor, self._window)
        prompt.unlock_requested.connect(self._on_prompt_unlock_requested)
        prompt.sign_out_requested.connect(self._on_prompt_sign_out_requested)
        self.prompt = prompt
        prompt.show()
        prompt.activateWindow()
        prompt.password.setFocus()
        self.locked.emit()

    def _on_prompt_unlock_requested(self, password: str) -> None:
        users, actor = self._users, self._actor
        self._tasks.submit(
            lambda _control: users.reauthenticate(actor, password),
            self._on_reauthenticated,
            on_error=self._on_reauthenticate_failed,
            description="unlock",
        )

    def _on_reauthenticated(self, again: Actor) -> None:
        if again.role != self._actor.role:
            log.info("role changed while locked (%s -> %s)", self._actor.role, again.role)
            self.end(self.ROLE_CHANGED)
            return
        self.release()

    def _on_reauthenticate_failed(self, error: BaseException) -> None:
        text = security_message(error)
        if text is None:
            self._tasks.report(error, self.prompt)
            text = ""
        if self.prompt is not None:
            self.prompt.show_message(text)

    def release(self) -> None:
        """Take the covers away, after the password was checked (or for a screenshot)."""
        prompt, self.prompt = self.prompt, None
        self._remove_covers()
        if prompt is not None:
            prompt.close_for_good()
            prompt.deleteLater()
        focus, self._focus = self._focus, None
        if focus is not None and focus.isVisible():
            focus.activateWindow()
            focus.setFocus()
        log.info("session unlocked")
        self.timer.start()
        self.unlocked.emit()

    def _dismiss(self) -> None:
        """The window is going away: no timer, no prompt, no covers."""
        self.timer.stop()
        prompt, self.prompt = self.prompt, None
        self._remove_covers()
        if prompt is not None:
            prompt.close_for_good()
            prompt.deleteLater()

    def _remove_covers(self) -> None:
        for cover in self._covers:
            cover.hide()
            parent = cover.parentWidget()
            if parent is not None:
                parent.removeEventFilter(cover)
            cover.setParent(None)
            cover.deleteLater()
        self._covers.clear()

    def _on_prompt_sign_out_requested(self) -> None:
        self.sign_out()

    # ------------------------------------------------------------------ ending

    def sign_out(self, *, ask: bool = True) -> bool:
        """End the session after confirming that unsaved work is discarded."""
        parent = self.prompt or self._window
        ask_user = self._ask or confirm
        if ask and not ask_user(
            parent,
            self.tr("Sign out"),
            self.tr(
                "Sign out of LawfulReq? Open forms and dialogs are closed and anything not "
                "saved is lost."
            ),
            self.tr("Sign out and discard"),
        ):
            return False
        self.end(self.SIGNED_OUT)
        return True

    def end(self, reason: str) -> None:
        """Close every window of this session; whoever started it decides what comes next."""
        log.info("session ended: %s", reason)
        self.end_reason = reason
        self._dismiss()
        for top in QApplication.topLevelWidgets():
            if isinstance(top, QDialog) and top.isVisible():
                top.reject()
        self._window.close()
        self.ended.emit(reason)
