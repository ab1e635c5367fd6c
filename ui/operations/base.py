"""What every operation shares: the change event, the one hub that announces it, the runner.

An operation (anki's `aqt.operations`) is one user action that changes data: a small function
that takes the context (services, actor, the injected `TaskRunner`, the change hub) and its
inputs and returns an `Operation`; `run(then)` calls the service in the background and, once
it succeeded, announces ONE `ChangeEvent` on `changes.changed`, then calls the caller's
`then.success`. Screens listen to that signal and reload what they show; no screen tells
another one what to refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from lawfulreq.services.base import Actor
from lawfulreq.services.registry import AppServices
from ui.tasks import Job, JobControl, TaskRunner

T = TypeVar("T")


class Kind(StrEnum):
    """What kind of object an operation changed."""

    CASE = "case"
    DISCLOSURE = "disclosure"  # keyed by the case's reference
    FLAG = "flag"  # keyed by the case's reference
    ACCESS_REQUEST = "access_request"
    USER = "user"
    SETTING = "setting"
    LEGAL_BASIS = "legal_basis"
    # Many objects at once (a purge, an import): the key is empty.
    STORED_DATA = "stored_data"


# What a case page shows: a change of any of these kinds to its case means a reload.
CASE_KINDS = frozenset({Kind.CASE, Kind.DISCLOSURE, Kind.FLAG})


@dataclass(frozen=True)
class ChangeEvent:
    """One changed object: its kind and key (a case reference, a user name, a setting key)."""

    kind: Kind
    key: str = ""

    def touches(self, kinds: frozenset[Kind], key: str | None = None) -> bool:
        """Of one of `kinds` and, when `key` is given, about that object (or about many)."""
        return self.kind in kinds and (key is None or self.key in ("", key))


class Changes(QObject):
    """The application's one change signal; every screen of a window shares this object."""

    changed = Signal(object)  # a ChangeEvent

    def announce(self, event: ChangeEvent) -> None:
        self.changed.emit(event)


class OperationContext(Protocol):
    """What an operation needs; `ui.screen.ScreenContext` is one."""

    @property
    def services(self) -> AppServices: ...

    @property
    def actor(self) -> Actor: ...

    @property
    def tasks(self) -> TaskRunner: ...

    @property
    def changes(self) -> Changes: ...


@dataclass(frozen=True)
class Then(Generic[T]):
    """What the caller does with the outcome, on the GUI thread. Without `failure` an error
    goes to the application's reporter (inline texts for refusals, else the crash dialog)."""

    success: Callable[[T], None] | None = None
    failure: Callable[[BaseException], None] | None = None
    parent: QWidget | None = None
    progress_title: str | None = None


# A service call: the services and the signed-in actor in, the service's answer out.
Call = Callable[[AppServices, Actor], T]
Event = Callable[[T], ChangeEvent | None]


class Operation(Generic[T]):
    """One user action, ready to run: `run(then)` calls the service on a worker; on success
    the change is announced on `context.changes` (screens reload), then `then.success(result)`.
    `event` gives None for an outcome that changed nothing (a dry run)."""

    def __init__(
        self,
        context: OperationContext,
        work: Callable[[JobControl], T],
        event: Event[T],
        description: str,
    ) -> None:
        """`work(control)` may report progress and notice a cancellation (an import)."""
        self._context, self._work, self._event = context, work, event
        self.description = description

    def run(self, then: Then[T] | None = None) -> Job[T]:
        then = then or Then()
        changes, event = self._context.changes, self._event

        def succeeded(result: T) -> None:
            # The screens first, then the caller: its follow-up (select the new row, close
            # the dialog) then works on what the screens show now.
            changed = event(result)
            if changed is not None:
                changes.announce(changed)
            if then.success is not None:
                then.success(result)

        return self._context.tasks.submit(
            self._work,
            succeeded,
            on_error=then.failure,
            description=self.description,
            parent_widget=then.parent,
            progress_title=then.progress_title,
        )


def operation(
    context: OperationContext, call: Call[T], event: Event[T], description: str
) -> Operation[T]:
    """The usual operation: one service call, as the signed-in actor."""
    services, actor = context.services, context.actor
    return Operation(context, lambda _control: call(services, actor), event, description)
