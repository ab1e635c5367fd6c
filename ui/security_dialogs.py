"""Small dialogs of the security screens: a new account, a backup passphrase, a confirmation."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lawfulreq.domain.enums import Role
from lawfulreq.errors import ValidationError
from lawfulreq.security.passwords import check_strength
from lawfulreq.services.backup import MIN_PASSPHRASE
from ui.fitting import FittedDialog
from ui.labels import role_label
from ui.security_texts import password_rule


@dataclass(frozen=True)
class AccountInput:
    username: str
    display_name: str
    password: str
    role: Role


class AccountForm(QWidget):
    """User name, name, password twice with the strength rule; optionally the role."""

    def __init__(self, *, with_role: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountForm")
        self.username = QLineEdit()
        self.username.setObjectName("accountUsername")
        self.username.setMaxLength(64)
        self.display_name = QLineEdit()
        self.display_name.setObjectName("accountDisplayName")
        self.password = QLineEdit()
        self.password.setObjectName("accountPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("accountRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.rule = QLabel(password_rule())
        self.rule.setObjectName("hint")
        self.rule.setWordWrap(True)
        self.strength = QLabel()
        self.strength.setObjectName("passwordStrength")
        self.role: QComboBox | None = None
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Full name:"), self.display_name)
        if with_role:
            self.role = QComboBox()
            self.role.setObjectName("accountRole")
            for role in (Role.OFFICER, Role.AUDITOR, Role.FG):
                self.role.addItem(role_label(role), role.value)
            form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Repeat password:"), self.repeat)
        form.addRow("", self.rule)
        form.addRow("", self.strength)
        for field in (self.username, self.password, self.repeat):
            field.textChanged.connect(self._on_field_text_changed)
        self._on_field_text_changed()

    def _on_field_text_changed(self) -> None:
        password = self.password.text()
        if not password:
            self.strength.setText("")
            self.strength.setProperty("state", "")
        else:
            try:
                check_strength(password, username=self.username.text().strip())
            except ValidationError:
                self.strength.setText(self.tr("Does not meet the rule yet."))
                self.strength.setProperty("state", "weak")
            else:
                self.strength.setText(self.tr("Meets the rule."))
                self.strength.setProperty("state", "ok")
        self.strength.style().unpolish(self.strength)
        self.strength.style().polish(self.strength)

    def problem(self) -> str | None:
        """What to correct before the service is asked (the service checks strength again)."""
        if not self.username.text().strip():
            return self.tr("Enter a user name.")
        if not self.password.text():
            return self.tr("Enter a password.")
        if self.password.text() != self.repeat.text():
            return self.tr("The two passwords differ.")
        return None

    def value(self) -> AccountInput:
        role = Role(self.role.currentData()) if self.role is not None else Role.FG
        return AccountInput(
            self.username.text().strip().lower(),
            self.display_name.text().strip(),
            self.password.text(),
            role,
        )

    def clear_passwords(self) -> None:
        self.password.clear()
        self.repeat.clear()


class PassphraseDialog(FittedDialog):
    """The backup passphrase: twice when making a backup, once when restoring."""

    def __init__(self, *, confirm: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self._confirm = confirm
        self.setWindowTitle(
            self.tr("Backup passphrase") if confirm else self.tr("Passphrase of the backup")
        )
        heading = QLabel(
            self.tr("Choose a passphrase for this backup")
            if confirm
            else self.tr("Enter the passphrase of the backup")
        )
        heading.setObjectName("dialogHeading")
        heading.setWordWrap(True)
        explanation = QLabel(
            self.tr(
                "The backup is encrypted with this passphrase; without it the backup cannot "
                "be restored."
            )
            if confirm
            else self.tr("The passphrase that was chosen when the backup was made.")
        )
        explanation.setWordWrap(True)
        advice = QLabel(
            self.tr(
                "Use at least {count} characters. Keep it apart from the backup, for example "
                "in the safe."
            ).format(count=MIN_PASSPHRASE)
        )
        advice.setObjectName("hint")
        advice.setWordWrap(True)
        advice.setVisible(confirm)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("passphraseRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("inlineError")
        self.message.setWordWrap(True)
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        if confirm:
            form.addRow(self.tr("Repeat it:"), self.repeat)
        else:
            self.repeat.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addWidget(advice)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(500)

    def problem(self) -> str | None:
        text = self.passphrase.text()
        if self._confirm and len(text) < MIN_PASSPHRASE:
            return self.tr("Use at least {count} characters.").format(count=MIN_PASSPHRASE)
        if not text:
            return self.tr("Enter the passphrase.")
        if self._confirm and text != self.repeat.text():
            return self.tr("The two passphrases differ.")
        return None

    def _on_buttons_accepted(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.message.setText(problem)
            self.message.show()
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, *, confirm: bool) -> str | None:
        """The passphrase, or None when the user cancelled (tests replace this)."""
        dialog = cls(confirm=confirm, parent=parent)
        try:
            if dialog.exec() != FittedDialog.DialogCode.Accepted:
                return None
            return dialog.passphrase.text()
        finally:
            dialog.passphrase.clear()
            dialog.repeat.clear()
            dialog.deleteLater()


def confirm(parent: QWidget | None, title: str, text: str, accept_text: str) -> bool:
    """Ask before something that cannot be undone; the safe choice is the default."""
    box = QMessageBox(parent)
    box.setObjectName("confirmBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    go = QPushButton(accept_text)
    go.setObjectName("confirmAccept")
    box.addButton(go, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is go
