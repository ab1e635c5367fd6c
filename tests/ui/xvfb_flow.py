"""One flow by keyboard, in a child process under a real X server (test_xvfb_flow.py).

Sign in (a click on "Aanmelden" with a wrong password first, then Enter), open a case from the
list, look up its target for that case and add the holder to the case's disclosure draft:
with the section keys, Ctrl+F, Tab, the arrow keys, Enter and Space. Keys go to the window X
gave the focus (QGuiApplication.focusWindow), as a keyboard's would. Prints "FLOW OK …" and
exits 0, or prints what it waited for in vain and exits 1.

Usage: python tests/ui/xvfb_flow.py WORK_DIR   (with DISPLAY set and QT_QPA_PLATFORM=xcb)
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from collections.abc import Callable, Generator
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from lawfulreq.demo import create_demo_database, generate_password  # noqa: E402
from lawfulreq.services.registry import AppServices  # noqa: E402
from ui.app import application, session_loop  # noqa: E402
from ui.errors import ErrorReporter  # noqa: E402
from ui.i18n import install_language  # noqa: E402
from ui.login import LoginDialog  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.preferences import Preferences  # noqa: E402
from ui.screens.cases import CasesScreen  # noqa: E402
from ui.screens.lookup import LookupScreen  # noqa: E402

STEP_SECONDS = 15.0
Condition = Callable[[], bool]
Steps = Generator[tuple[str, Condition], None, None]


def _fail(message: str) -> None:
    print(f"FLOW FAILED: {message}", flush=True)
    os._exit(1)


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    if widget is None or QGuiApplication.focusWindow() is None:
        _fail("no window has the keyboard focus (X did not activate the window)")
    assert widget is not None
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key, to the window X gave the focus: through Qt's own key handling and shortcuts."""
    window = QGuiApplication.focusWindow()
    if window is None:
        _fail(f"no focus window for {key}")
    assert window is not None
    QTest.keyClick(window, key, modifier)


def shortcut(sequence: str) -> None:
    window = QGuiApplication.focusWindow()
    if window is None:
        _fail(f"no focus window for {sequence}")
    combination = QKeySequence(sequence)[0]
    QTest.keyClick(window, combination.key(), combination.keyboardModifiers())


def type_text(text: str) -> None:
    window = QGuiApplication.focusWindow()
    if window is None:
        _fail(f"no focus window to type {text!r}")
    QTest.keyClicks(_focus(), text)


def tab_to(widget: QWidget, limit: int = 25) -> None:
    """Tab until `widget` has the focus, as a keyboard user would."""
    for _ in range(limit):
        if _focus() is widget:
            return
        press(Qt.Key.Key_Tab)
    _fail(f"Tab never reached {widget.objectName()} (focus stayed on {_focus().objectName()})")


class Flow:
    def __init__(self, services: AppServices, password: str, case_ref: str, target: str) -> None:
        self.services, self.password = services, password
        self.case_ref, self.target = case_ref, target
        self.added = 0

    def steps(self) -> Steps:
        yield "the sign-in window active", lambda: _active(LoginDialog) is not None
        login = _active(LoginDialog)
        assert isinstance(login, LoginDialog)
        if login.sign_in.text() != "Aanmelden":
            _fail(f"the sign-in button reads {login.sign_in.text()!r}, not 'Aanmelden'")
        yield "focus in the user name", lambda: QApplication.focusWidget() is login.username
        type_text("officer")
        press(Qt.Key.Key_Tab)
        type_text("wrong-" + self.password)
        QTest.mouseClick(login.sign_in, Qt.MouseButton.LeftButton)
        yield "the wrong password refused", login.message.isVisible
        yield "focus back in the password", lambda: QApplication.focusWidget() is login.password
        type_text(self.password)
        press(Qt.Key.Key_Return)  # defect 10: Enter signs in after a clicked attempt
        yield "the main window active", lambda: _active(MainWindow) is not None
        window = _active(MainWindow)
        assert isinstance(window, MainWindow)

        shortcut("Ctrl+2")
        yield "the case list", lambda: isinstance(window.current_screen(), CasesScreen)
        cases = window.current_screen()
        assert isinstance(cases, CasesScreen)
        shortcut("Ctrl+F")
        yield "focus in the case search", lambda: _focus() is cases.list_page.search
        type_text(self.case_ref)
        table = cases.list_page.table
        yield "the case found", lambda: table.model().rowCount() == 1
        tab_to(table)
        press(Qt.Key.Key_Down)
        press(Qt.Key.Key_Return)
        yield "the case page", lambda: cases.showing_detail
        detail = cases.detail
        assert detail is not None
        yield "its targets", lambda: detail.targets_table.rowCount() > 0
        shown = [
            detail.targets_table.item(row, 1).text()
            for row in range(detail.targets_table.rowCount())
        ]
        if self.target not in shown:
            _fail(f"the case page shows targets {shown}, not {self.target}")

        shortcut("Ctrl+L")
        yield "the lookup", lambda: isinstance(window.current_screen(), LookupScreen)
        lookup = window.current_screen()
        assert isinstance(lookup, LookupScreen)
        yield "its cases loaded", lambda: lookup.case.findData(self.case_ref) >= 0
        shortcut("Ctrl+F")
        yield "focus in the query", lambda: _focus() is lookup.query
        type_text(self.target)
        tab_to(lookup.case)
        for _ in range(lookup.case.count()):
            if lookup.case.currentData() == self.case_ref:
                break
            press(Qt.Key.Key_Down)
        if lookup.case.currentData() != self.case_ref:
            _fail(f"the arrow keys never chose {self.case_ref} in the case box")
        shortcut("Ctrl+F")
        press(Qt.Key.Key_Return)
        yield "the holder found", lambda: lookup.model.rowCount() > 0
        yield "Add to case enabled", lookup.add_button.isEnabled
        tab_to(lookup.add_button)
        press(Qt.Key.Key_Space)
        yield "the holder added", lambda: "toegevoegd" in window.statusBar().currentMessage()
        draft = self.services.disclosures.show(window.context.actor, self.case_ref)
        self.added = len(draft.items)
        if not self.added:
            _fail(f"the status bar said added, but {self.case_ref}'s draft has no items")
        shortcut("Ctrl+Q")


def _active(kind: type[QWidget]) -> QWidget | None:
    """A visible window of `kind` that has the keyboard focus from X."""
    window = QApplication.activeWindow()
    focus = QGuiApplication.focusWindow()
    if isinstance(window, kind) and window.isVisible() and focus is window.windowHandle():
        return window
    return None


def _name(widget: QWidget | None) -> str:
    return "none" if widget is None else f"{type(widget).__name__} {widget.objectName()}"


class Driver:
    """Runs the flow's steps from a timer: each yields what to wait for before it goes on."""

    def __init__(self, steps: Steps) -> None:
        self._steps = steps
        self._waiting: tuple[str, Condition] | None = None
        self._since = time.monotonic()
        self.done = False
        self._timer = QTimer()
        self._timer.setInterval(25)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        try:
            while True:
                if self._waiting is not None:
                    what, condition = self._waiting
                    if not condition():
                        if time.monotonic() - self._since > STEP_SECONDS:
                            _fail(
                                f"waited {STEP_SECONDS:.0f} s for {what} (active window "
                                f"{_name(QApplication.activeWindow())}, focus window "
                                f"{QGuiApplication.focusWindow()}, focus widget "
                                f"{_name(QApplication.focusWidget())})"
                            )
                        return
                self._waiting = next(self._steps)
                self._since = time.monotonic()
        except StopIteration:
            self.done = True
            self._timer.stop()
        except Exception:  # any error in the flow fails it, with its traceback
            _fail(traceback.format_exc())


def main(work: Path) -> int:
    app = application()
    if QGuiApplication.platformName() != "xcb":
        _fail(f"platform {QGuiApplication.platformName()!r}, not xcb")
    install_language("nl")
    password = generate_password()
    services, _summary = create_demo_database(
        str(work / "demo.db"), password=password, subscribers=300, cases=40, usage_per_customer=1
    )
    officer = services.users.login("officer", password)
    case_ref, target = "", ""
    for case in services.lookup.cases(officer):
        phones = [
            t.raw
            for t in services.cases.get(officer, case.ref, audit_view=False).targets
            if t.valid and t.kind == "phone_number"
        ]
        if phones:
            case_ref, target = case.ref, phones[0]
            break
    if not case_ref:
        _fail("the demo has no open case with a phone number to look up")
    preferences = Preferences(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    preferences.set_language("nl")
    errors = ErrorReporter(work / "flow.log", interactive=False)
    flow = Flow(services, password, case_ref, target)
    driver = Driver(flow.steps())
    code = session_loop(
        services,
        reopen=lambda: services,
        preferences=preferences,
        errors=errors,
        run_window=lambda _window: app.exec(),
    )
    if errors.reported:
        _fail(f"the app reported {errors.reported!r}")
    if not driver.done or code != 0:
        _fail(f"the app ended (code {code}) before the flow did")
    print(f"FLOW OK {case_ref} {target}: {flow.added} item(s) in the draft", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
