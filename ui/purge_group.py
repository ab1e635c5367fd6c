"""The FG's "Purge" group on the Settings page: preview what retention no longer allows (a dry
run, counts only) and purge it after a confirmation naming the counts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lawfulreq.services.purge import PurgeResult
from ui.operations import Then
from ui.operations import admin as admin_operations
from ui.screen import ScreenContext
from ui.security_dialogs import confirm


class PurgeGroup(QGroupBox):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setTitle(self.tr("Retention and purge"))
        self.setObjectName("purgeGroup")
        hint = QLabel(
            self.tr(
                "Deletes usage records older than the retention period for traffic data, "
                "unless a demand still being handled or a running preservation order covers "
                "them, and closed case files older than their retention period, with their "
                "documents. The anonymous statistics and the audit log stay. Preview first: "
                "it only counts."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setObjectName("purgePreviewButton")
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.purge_button = QPushButton(self.tr("Purge now…"))
        self.purge_button.setObjectName("purgeNowButton")
        self.purge_button.clicked.connect(self._on_purge_button_clicked)
        self.result_label = QLabel()
        self.result_label.setObjectName("purgeResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.purge_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)

    def counts_text(self, result: PurgeResult) -> str:
        return self.tr(
            "usage records: {usage}; closed case files: {cases}; documents: {documents}; "
            "usage records kept because a demand or preservation order covers them: {frozen}"
        ).format(
            usage=result.usage_records,
            cases=result.cases,
            documents=result.documents,
            frozen=result.kept_frozen,
        )

    def _show(self, text: str) -> None:
        self.result_label.setText(text)
        self.result_label.show()

    def _run(self, dry_run: bool, on_success: Callable[[PurgeResult], None], title: str) -> None:
        admin_operations.purge(self.context, dry_run=dry_run).run(
            Then(on_success, parent=self, progress_title=title)
        )

    def _on_preview_button_clicked(self) -> None:
        self._run(True, self._on_previewed, self.tr("Counting what may be deleted…"))

    def _on_previewed(self, result: PurgeResult) -> None:
        self._show(self.tr("Would be deleted: {counts}.").format(counts=self.counts_text(result)))

    def _on_purge_button_clicked(self) -> None:
        # Count first, so the question names what will actually go.
        self._run(True, self._confirm, self.tr("Counting what may be deleted…"))

    def _confirm(self, preview: PurgeResult) -> None:
        question = self.tr(
            "Delete for good {usage} usage records, {cases} closed case files and {documents} "
            "documents? {frozen} usage records stay because a demand or preservation order "
            "covers them. This cannot be undone."
        ).format(
            usage=preview.usage_records,
            cases=preview.cases,
            documents=preview.documents,
            frozen=preview.kept_frozen,
        )
        if not confirm(self, self.tr("Purge"), question, self.tr("Delete")):
            return
        self._run(False, self._on_purged, self.tr("Deleting…"))

    def _on_purged(self, result: PurgeResult) -> None:
        self._show(self.tr("Deleted: {counts}.").format(counts=self.counts_text(result)))
        self.context.show_status(self.tr("Purge done"))
