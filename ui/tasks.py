"""The one way to run service calls off the GUI thread: a QThreadPool, results back as signals."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
log = logging.getLogger(__name__)


class JobCancelledError(Exception):
    """Raised inside a job when the user cancelled it; never shown as an error."""


class JobControl:
    """Handed to the job's function: report progress, notice cancellation. Thread-safe."""

    def __init__(self, job: Job[Any]) -> None:
        self._job = job
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise JobCancelledError

    def progress(self, done: int, total: int, text: str = "") -> None:
        """Signals cross to the GUI thread queued; the job's function never touches a widget."""
        self.check_cancelled()
        self._job.progressed.emit(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()


class Job(QObject, Generic[T]):
    """One submitted call. Lives in the GUI thread, so its slots run there."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, description: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.description = description
        self.control = JobControl(self)
        self.done = False
        self.result: T | None = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self.control.cancel()


class _Outcome(QObject):
    """Carries a worker's outcome to the GUI thread (the object lives there; emits are queued)."""

    ready = Signal(object, object, object)


class _Runnable(QRunnable):
    def __init__(self, func: Callable[[JobControl], Any], job: Job[Any], outcome: _Outcome) -> None:
        super().__init__()
        self._func = func
        self._job = job
        self._outcome = outcome

    def run(self) -> None:
        try:
            value = self._func(self._job.control)
        except BaseException as exc:  # every failure must reach the GUI thread
            self._outcome.ready.emit(self._job, None, exc)
        else:
            self._outcome.ready.emit(self._job, value, None)


ErrorHandler = Callable[[BaseException, QWidget | None], None]


class TaskRunner(QObject):
    """Submit `func(control) -> T`; `on_success(T)` and errors are handled on the GUI thread.

    With `synchronous=True` (tests, screenshots) the function runs at once in the caller's thread
    and the callbacks fire before `submit` returns, so results are deterministic.
    """

    def __init__(
        self,
        error_handler: ErrorHandler,
        *,
        synchronous: bool = False,
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._error_handler = error_handler
        self.synchronous = synchronous
        self._pool = pool or QThreadPool.globalInstance()
        self._outcome = _Outcome(self)
        self._outcome.ready.connect(self._on_outcome_ready)
        self._active: set[Job[Any]] = set()

    def report(self, error: BaseException, parent: QWidget | None = None) -> None:
        """Hand an error to the application's reporter (the mapper or the crash dialog)."""
        self._error_handler(error, parent)

    @property
    def active_jobs(self) -> int:
        return len(self._active)

    def submit(
        self,
        func: Callable[[JobControl], T],
        on_success: Callable[[T], None] | None = None,
        *,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        description: str = "",
        parent_widget: QWidget | None = None,
        progress_title: str | None = None,
    ) -> Job[T]:
        """Run `func`; with `progress_title` a cancellable progress dialog follows the job."""
        job: Job[T] = Job(description, self)
        if on_success is not None:
            job.succeeded.connect(on_success)
        if on_progress is not None:
            job.progressed.connect(on_progress)
        if on_error is not None:
            job.failed.connect(on_error)
        else:
            job.failed.connect(lambda exc: self._error_handler(exc, parent_widget))
        if progress_title is not None:
            _attach_progress_dialog(job, progress_title, parent_widget)
        self._active.add(job)
        if self.synchronous:
            try:
                value = func(job.control)
            except BaseException as exc:  # the same path as a worker failure
                self._finish(job, None, exc)
            else:
                self._finish(job, value, None)
        else:
            self._pool.start(_Runnable(func, job, self._outcome))
        return job

    def wait_for_all(self, timeout_ms: int = 30_000) -> bool:
        return self._pool.waitForDone(timeout_ms)

    @Slot(object, object, object)
    def _on_outcome_ready(self, job: Job[Any], value: object, error: object) -> None:
        self._finish(job, value, error if isinstance(error, BaseException) else None)

    def _finish(self, job: Job[Any], value: object, error: BaseException | None) -> None:
        self._active.discard(job)
        job.done = True
        if isinstance(error, JobCancelledError):
            log.info("job cancelled: %s", job.description)
            job.cancelled.emit()
        elif error is not None:
            job.error = error
            job.failed.emit(error)
        else:
            job.result = value
            job.succeeded.emit(value)
        job.finished.emit()
        # Python owns it from here: gone once the caller drops its reference.
        job.setParent(None)


def _attach_progress_dialog(job: Job[Any], title: str, parent: QWidget | None) -> None:
    dialog = QProgressDialog(
        title, QCoreApplication.translate("TaskRunner", "Cancel"), 0, 0, parent
    )
    dialog.setObjectName("jobProgressDialog")
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def on_progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)
        if text:
            dialog.setLabelText(text)

    job.progressed.connect(on_progress)
    dialog.canceled.connect(job.cancel)
    job.finished.connect(dialog.close)
    job.finished.connect(dialog.deleteLater)
    # A job that ends within the minimum duration never flashes a dialog.
    QTimer.singleShot(0, lambda: None if job.done else dialog.setValue(0))
