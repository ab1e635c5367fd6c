"""Disclosure operations: add a lookup's matches, decide items, approve, sign, deliver.

Every event is keyed by the case's reference: the disclosure is part of the case file.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawfulreq.services.disclosures import Decision, DisclosureView
from lawfulreq.services.lookup import LookupResult, SubscriberMatch
from lawfulreq.services.reports import SignedReport
from ui.operations.base import ChangeEvent, Kind, OperationContext, Then, run
from ui.tasks import Job


def _disclosure(ref: str) -> ChangeEvent:
    return ChangeEvent(Kind.DISCLOSURE, ref)


def add_lookup_result(
    context: OperationContext,
    result: LookupResult,
    chosen: Sequence[SubscriberMatch],
    then: Then[list[int]],
) -> Job[list[int]]:
    """The chosen matches of a lookup become items of the case's disclosure."""
    services, actor, ref = context.services, context.actor, result.case_ref
    return run(
        context,
        lambda _c: services.disclosures.add_from_lookup(actor, ref, result, list(chosen)),
        lambda _items: _disclosure(ref),
        then,
        "add lookup to case",
    )


def decide(
    context: OperationContext,
    ref: str,
    items: list[int] | str,
    decision: Decision,
    *,
    reason: str,
    then: Then[DisclosureView],
) -> Job[DisclosureView]:
    """`items` the item numbers, or "all"."""
    services, actor = context.services, context.actor
    return run(
        context,
        lambda _c: services.disclosures.decide(actor, ref, items, decision, reason=reason),
        lambda _view: _disclosure(ref),
        then,
        f"decide items of {ref}",
    )


def approve(context: OperationContext, ref: str, then: Then[DisclosureView]) -> Job[DisclosureView]:
    services, actor = context.services, context.actor
    return run(
        context,
        lambda _c: services.disclosures.approve(actor, ref),
        lambda _view: _disclosure(ref),
        then,
        f"approve the disclosure of {ref}",
    )


def sign_report(
    context: OperationContext, ref: str, kind: str, lang: str, then: Then[SignedReport]
) -> Job[SignedReport]:
    services, actor = context.services, context.actor
    return run(
        context,
        lambda _c: services.reports.create(actor, ref, kind, lang),
        lambda _report: _disclosure(ref),
        then,
        f"sign the report of {ref}",
    )


def deliver(
    context: OperationContext, ref: str, *, channel: str, to: str, then: Then[DisclosureView]
) -> Job[DisclosureView]:
    services, actor = context.services, context.actor
    return run(
        context,
        lambda _c: services.disclosures.deliver(actor, ref, channel=channel, to=to),
        lambda _view: _disclosure(ref),
        then,
        f"record the delivery of {ref}",
    )
