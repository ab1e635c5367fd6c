"""Data-subject request operations: register, extend, wait for the person, resume, answer."""

from __future__ import annotations

from lawfulreq.services.dsar import AccessAnswer, DsarInput, DsarView
from ui.operations.base import ChangeEvent, Kind, Operation, OperationContext, operation


def _request(view: DsarView) -> ChangeEvent:
    return ChangeEvent(Kind.ACCESS_REQUEST, view.ref)


def register(context: OperationContext, data: DsarInput) -> Operation[DsarView]:
    """A request as received; the deadline runs from its receipt."""
    return operation(
        context, lambda s, a: s.dsar.create(a, data), _request, "register a data-subject request"
    )


def extend(context: OperationContext, request: DsarView, reason: str) -> Operation[DsarView]:
    """Two more months, once, with a reason the person is told."""
    key = request.id
    return operation(context, lambda s, a: s.dsar.extend(a, key, reason), _request, "extend")


def pause(context: OperationContext, request: DsarView, reason: str) -> Operation[DsarView]:
    """Wait for the person: the deadline stands still."""
    key = request.id
    return operation(context, lambda s, a: s.dsar.pause(a, key, reason), _request, "pause")


def resume(context: OperationContext, request: DsarView) -> Operation[DsarView]:
    key = request.id
    return operation(context, lambda s, a: s.dsar.resume(a, key), _request, "resume")


def answer(context: OperationContext, request: DsarView, lang: str) -> Operation[AccessAnswer]:
    """Make the answer and record that it was given (the request is then done)."""
    key, ref = request.id, request.ref
    return operation(
        context,
        lambda s, a: s.dsar.answer(a, key, lang=lang),  # type: ignore[arg-type]
        lambda _answer: ChangeEvent(Kind.ACCESS_REQUEST, ref),
        "answer an access request",
    )
