"""The base of the small forms that run one operation: a confirm button, a refusal inline."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QWidget

from ui.fitting import FittedDialog
from ui.operations import Operation, OperationContext, Then

T = TypeVar("T")


class ActionDialog(FittedDialog):
    """Confirm runs an operation: the button is off while it runs; on success `done(result)`
    (which stores the outcome and accepts), a refusal `refusal_text` knows shows in `message`,
    anything else goes to the application's reporter (a bug: the crash dialog)."""

    def __init__(self, context: OperationContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.message = QLabel()
        self.message.setObjectName("inlineError")
        self.message.setWordWrap(True)
        self.message.hide()
        self.confirm_button = QPushButton()

    def confirm_buttons(self, text: str, object_name: str) -> QDialogButtonBox:
        """Cancel, and the confirm button named `object_name` (the default)."""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button.setText(text)
        self.confirm_button.setObjectName(object_name)
        self.confirm_button.setDefault(True)
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._on_confirmed)
        buttons.rejected.connect(self.reject)
        return buttons

    def _on_confirmed(self) -> None:
        """Check the form (`show_message` and return when it is not ready), then `run`."""
        raise NotImplementedError

    def run(self, operation: Operation[T], done: Callable[[T], None]) -> None:
        self.confirm_button.setEnabled(False)
        operation.run(Then(done, self._on_failed, self))

    def refusal_text(self, error: BaseException) -> str | None:
        """The words for a refusal the user can act on; None for anything else."""
        return None

    def _on_failed(self, error: BaseException) -> None:
        self.confirm_button.setEnabled(True)
        text = self.refusal_text(error)
        if text is None:
            self.context.tasks.report(error, self)
            return
        self.show_message(text)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
