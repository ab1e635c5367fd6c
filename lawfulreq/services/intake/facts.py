"""A demand's BSN-masked facts and the findings the rules give them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from lawfulreq.domain.identifiers import mask_bsn, normalise
from lawfulreq.errors import ValidationError
from lawfulreq.rules.engine import (
    BasisRule,
    DemandFacts,
    Finding,
    RuleSettings,
    TargetFacts,
    check_demand,
)
from lawfulreq.services.intake.inputs import BSN_TARGET_PROBLEM, TEXT_FIELDS, CaseInput


@dataclass(frozen=True)
class MaskedInput:
    """The input with every BSN masked, the targets typed, and what was masked where."""

    data: CaseInput
    targets: tuple[TargetFacts, ...]
    masked_count: int
    masked_fields: tuple[str, ...]


def type_target(raw: str) -> TargetFacts:
    """Detect and normalise one target; an invalid one is kept, BSN-masked, with its problem."""
    text = raw.strip()
    masked, found = mask_bsn(text)
    if found:
        # A 9-digit value passing the 11-test is taken as a BSN even where it could be read
        # as a phone number without its trunk 0 (0111 222333): storing a BSN is the worse error.
        return TargetFacts(masked, "identifier", "", False, BSN_TARGET_PROBLEM)
    try:
        ident = normalise(text)
    except ValidationError as exc:
        masked, _ = mask_bsn(text)
        kind = str(exc.params.get("kind", "identifier"))
        return TargetFacts(masked, kind, "", False, str(exc.params.get("reason", exc.message)))
    if ident.port is not None:
        return TargetFacts(text, ident.kind.value, ident.display, True)
    return TargetFacts(text, ident.kind.value, ident.normalised, True)


def mask_input(data: CaseInput) -> MaskedInput:
    changes: dict[str, Any] = {}
    count = 0
    fields: list[str] = []
    for name in TEXT_FIELDS:
        masked, n = mask_bsn(getattr(data, name))
        if n:
            changes[name] = masked
            count += n
            fields.append(name)
    targets = tuple(type_target(t) for t in data.targets if t.strip())
    target_masks = sum(
        1
        for t, raw in zip(targets, [t for t in data.targets if t.strip()], strict=True)
        if t.raw != raw.strip()
    )
    if target_masks:
        count += target_masks
        fields.append("targets")
    verifications = []
    for v in data.verifications:
        masked, n = mask_bsn(v.details)
        count += n
        if n and "verification" not in fields:
            fields.append("verification")
        verifications.append(replace(v, details=masked))
    changes["verifications"] = tuple(verifications)
    changes["targets"] = tuple(t.raw for t in targets)
    return MaskedInput(replace(data, **changes), targets, count, tuple(fields))


def demand_facts(masked: MaskedInput, *, verified: bool) -> DemandFacts:
    d = masked.data
    return DemandFacts(
        issuer_role=d.issuer_role,
        channel=d.channel,
        received_at=d.received_at,
        data_categories=tuple(d.data_categories),
        targets=masked.targets,
        period_from=d.period_from,
        period_to=d.period_to,
        rc_authorisation_date=d.rc_authorisation_date,
        written_confirmation_at=d.written_confirmation_at,
        requester=d.requester_name,
        requester_verified=verified,
        bsn_masked_count=masked.masked_count,
        bsn_masked_fields=masked.masked_fields,
        delivery=d.delivery,
        wiv_minister_date=d.wiv_minister_date,
        wiv_tib_date=d.wiv_tib_date,
    )


def evaluate(
    data: CaseInput,
    basis: BasisRule,
    settings: RuleSettings,
    now: datetime,
    other_open_targets: Mapping[tuple[str, str], Sequence[str]] | None = None,
) -> list[Finding]:
    """The findings a demand would get, without storing anything (the live panel uses this)."""
    masked = mask_input(data)
    return check_demand(
        demand_facts(masked, verified=bool(data.verifications)),
        basis,
        settings,
        now,
        other_open_targets,
    )


# --------------------------------------------------------------------------- case file (JSON)
