"""Data-subject request operations: register, extend, wait for the person, resume, answer."""

from __future__ import annotations

from lawfulreq.services.dsar import AccessAnswer, DsarInput, DsarView
from ui.operations.base import ChangeEvent, Kind, OperationContext, Then, run
from ui.tasks import Job


def _request(view: DsarView) -> ChangeEvent:
    return ChangeEvent(Kind.ACCESS_REQUEST, view.ref)


def register(context: OperationContext, data: DsarInput, then: Then[DsarView]) -> Job[DsarView]:
    dsar, actor = context.services.dsar, context.actor
    return run(
        context,
        lambda _c: dsar.create(actor, data),
        _request,
        then,
        "register a data-subject request",
    )


def extend(
    context: OperationContext, request: DsarView, reason: str, then: Then[DsarView]
) -> Job[DsarView]:
    dsar, actor = context.services.dsar, context.actor
    return run(context, lambda _c: dsar.extend(actor, request.id, reason), _request, then, "extend")


def pause(
    context: OperationContext, request: DsarView, reason: str, then: Then[DsarView]
) -> Job[DsarView]:
    dsar, actor = context.services.dsar, context.actor
    return run(context, lambda _c: dsar.pause(actor, request.id, reason), _request, then, "pause")


def resume(context: OperationContext, request: DsarView, then: Then[DsarView]) -> Job[DsarView]:
    dsar, actor = context.services.dsar, context.actor
    return run(context, lambda _c: dsar.resume(actor, request.id), _request, then, "resume")


def answer(
    context: OperationContext, request: DsarView, lang: str, then: Then[AccessAnswer]
) -> Job[AccessAnswer]:
    """Make the answer and record that it was given (the request is then done)."""
    dsar, actor = context.services.dsar, context.actor
    return run(
        context,
        lambda _c: dsar.answer(actor, request.id, lang=lang),  # type: ignore[arg-type]
        lambda _answer: ChangeEvent(Kind.ACCESS_REQUEST, request.ref),
        then,
        "answer an access request",
    )
