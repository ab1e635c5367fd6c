"""Disclosure operations: add a lookup's matches, decide items, approve, sign, deliver.

Every event is keyed by the case's reference: the disclosure is part of the case file.
"""

from __future__ import annotations

from collections.abc import Sequence

from lawfulreq.services.disclosures import Decision, DisclosureView
from lawfulreq.services.lookup import LookupResult, SubscriberMatch
from lawfulreq.services.reports import SignedReport
from ui.operations.base import ChangeEvent, Kind, Operation, OperationContext, operation


def _of(ref: str) -> ChangeEvent:
    return ChangeEvent(Kind.DISCLOSURE, ref)


def _view(view: DisclosureView) -> ChangeEvent:
    return _of(view.ref)


def add_lookup_result(
    context: OperationContext, result: LookupResult, chosen: Sequence[SubscriberMatch]
) -> Operation[list[int]]:
    """The chosen matches of a lookup become items of the case's disclosure (their numbers)."""
    ref, matches = result.case_ref, list(chosen)
    return operation(
        context,
        lambda s, a: s.disclosures.add_from_lookup(a, ref, result, matches),
        lambda _items: _of(ref),
        "add lookup to case",
    )


def decide(
    context: OperationContext, ref: str, items: list[int] | str, decision: Decision, reason: str
) -> Operation[DisclosureView]:
    """`items` the item numbers, or "all"; withholding needs a reason."""
    return operation(
        context,
        lambda s, a: s.disclosures.decide(a, ref, items, decision, reason=reason),
        _view,
        f"decide items of {ref}",
    )


def approve(context: OperationContext, ref: str) -> Operation[DisclosureView]:
    """The second pair of eyes (the service refuses the one who prepared it)."""
    return operation(
        context, lambda s, a: s.disclosures.approve(a, ref), _view, f"approve the items of {ref}"
    )


def sign_report(
    context: OperationContext, ref: str, kind: str, lang: str
) -> Operation[SignedReport]:
    """The report (or refusal, or no-data answer) signed and stored in the case file."""
    return operation(
        context,
        lambda s, a: s.reports.create(a, ref, kind, lang),
        lambda _report: _of(ref),
        f"sign the report of {ref}",
    )


def deliver(
    context: OperationContext, ref: str, *, channel: str, to: str
) -> Operation[DisclosureView]:
    return operation(
        context,
        lambda s, a: s.disclosures.deliver(a, ref, channel=channel, to=to),
        _view,
        f"record the delivery of {ref}",
    )
